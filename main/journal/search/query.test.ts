import { describe, expect, it } from 'vitest';
import { searchTerms } from './query.ts';

describe('searchTerms', () => {
  it('folds the words, drops repeats and puts the longest first', () => {
    expect(searchTerms('Café  PARK café')).toEqual(['cafe', 'park']);
    expect(searchTerms('a hopeful day')).toEqual(['hopeful', 'day', 'a']);
  });

  it('splits on any kind of space', () => {
    expect(searchTerms('one\u00a0two\tthree\u3000four\nfive')).toEqual([
      'three',
      'four',
      'five',
      'one',
      'two',
    ]);
  });

  it('drops punctuation around a word, but keeps it inside', () => {
    expect(searchTerms('"hope," (self-care) don’t?')).toEqual(['self-care', "don't", 'hope']);
  });

  it('ignores a word made only of punctuation, unless the whole query is punctuation', () => {
    expect(searchTerms('hope , -')).toEqual(['hope']);
    expect(searchTerms('?!')).toEqual(['?!']);
  });

  it('keeps symbols such as emoji, which are what the user is looking for', () => {
    expect(searchTerms('😀 sun')).toEqual(['sun', '😀']);
    expect(searchTerms('(😀)')).toEqual(['😀']);
  });

  it('is empty for a blank query', () => {
    expect(searchTerms('')).toEqual([]);
    expect(searchTerms(' \t\n ')).toEqual([]);
    expect(searchTerms('\u0000')).toEqual([]);
  });
});
