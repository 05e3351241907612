import { expect, it } from 'vitest';
import { dayAndMonthLabel, longDayLabel, shortMonthLabel } from './day-labels.ts';

it('names the calendar date the user wrote on, whatever the time zone', () => {
  expect(longDayLabel('2026-03-03')).toMatch(/Tuesday/);
  expect(longDayLabel('2026-03-03')).toMatch(/\b3\b/);
  expect(dayAndMonthLabel('2026-01-01')).toMatch(/^(1 January|January 1)$/);
});

it('names months', () => {
  expect(shortMonthLabel(2)).toBe('Feb');
});

it('writes the day out in the locale asked for, as exports do', () => {
  expect(longDayLabel('2026-03-29', 'en-US')).toBe('Sunday, March 29, 2026');
  expect(longDayLabel('2024-02-29', 'de-DE')).toBe('Donnerstag, 29. Februar 2024');
});
