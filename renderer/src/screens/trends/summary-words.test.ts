import { expect, it } from 'vitest';
import { meanWords, streakWords, trendWords } from './summary-words.ts';

it('says a mean with its mood word', () => {
  expect(meanWords(3.44)).toBe('3.4 (okay)');
  expect(meanWords(4.6)).toBe('4.6 (great)');
});

it('says which way the mood is heading', () => {
  expect(trendWords(0.31)).toBe('Rising, +0.31 a week');
  expect(trendWords(-0.2)).toBe('Falling, −0.20 a week');
  expect(trendWords(0.01)).toBe('Steady (+0.01 a week)');
  expect(trendWords(null)).toBe('Not enough days yet');
});

it('counts a streak in days', () => {
  expect(streakWords(0)).toBe('No entry today or yesterday');
  expect(streakWords(1)).toBe('1 day');
  expect(streakWords(6)).toBe('6 days in a row');
});
