import { describe, expect, it } from 'vitest';
import { countWords, wordCountLabel } from './word-count.ts';

describe('the word count', () => {
  it('counts words, not spaces or punctuation', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  A quiet   walk — by the river.\n\nIt helped. ')).toBe(8);
    expect(countWords("I don't know")).toBe(3);
  });

  it('counts words in scripts without spaces', () => {
    expect(countWords('今日は散歩した')).toBeGreaterThan(1);
  });

  it('says "1 word" and "2 words"', () => {
    expect(wordCountLabel('hello')).toBe('1 word');
    expect(wordCountLabel('hello there')).toBe('2 words');
  });
});
