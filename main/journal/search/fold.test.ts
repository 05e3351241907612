import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForSearch, foldWithOffsets, isWordCodePoint, toOriginalRange } from './fold.ts';

describe('foldForSearch', () => {
  it.each([
    ['Café', 'cafe'],
    ['Cafe\u0301', 'cafe'],
    ['ΑΓΆΠΗΣ', 'αγαπησ'],
    ['αγάπης', 'αγαπησ'],
    ['ЁЛКА', 'елка'],
    ['Straße', 'strasse'],
    ['STRAẞE', 'strasse'],
    ['İstanbul', 'istanbul'],
    ['ıstanbul', 'istanbul'],
    ['Łódź', 'lodz'],
    ['Søren', 'soren'],
    ['Œuvre', 'oeuvre'],
    ['ﬁnally', 'finally'],
    ['ＡＢＣ１２３', 'abc123'],
    ['don’t', "don't"],
    ['“quoted”', '"quoted"'],
    ['hel\u00adlo', 'hello'],
    ['❤️', '❤'],
    ['Tiếng Việt', 'tieng viet'],
    ['שָׁלוֹם', 'שלום'],
    ['مَرْحَبًا', 'مرحبا'],
  ])('folds %s to %s', (original, folded) => {
    expect(foldForSearch(original)).toBe(folded);
  });

  it('leaves scripts without case or accents alone', () => {
    expect(foldForSearch('我爱北京')).toBe('我爱北京');
    expect(foldForSearch('😀 ok')).toBe('😀 ok');
  });

  it('keeps the vowel signs of Devanagari and the voicing marks of Japanese, which change the word', () => {
    expect(foldForSearch('किताब')).toBe('किताब');
    expect(foldForSearch('が')).toBe('が');
    expect(foldForSearch('か\u3099')).toBe('が');
    expect(foldForSearch('が')).not.toBe(foldForSearch('か'));
  });

  it('folds decomposed Korean to the same syllables as precomposed Korean', () => {
    expect(foldForSearch('한국'.normalize('NFD'))).toBe('한국');
  });

  it('gives the same result when folded twice', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const folded = foldForSearch(text);
        expect(foldForSearch(folded)).toBe(folded);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('foldWithOffsets', () => {
  it('maps a match back onto whole characters of the original', () => {
    const original = 'Ma Cafe\u0301 préférée';
    const folded = foldWithOffsets(original);
    expect(folded.text).toBe('ma cafe preferee');
    const cafe = folded.text.indexOf('cafe');
    const range = toOriginalRange(folded, cafe, cafe + 4);
    // The accent after the e belongs to the match.
    expect(original.slice(range.start, range.end)).toBe('Cafe\u0301');
    const fer = folded.text.indexOf('fer');
    const ferRange = toOriginalRange(folded, fer, fer + 3);
    expect(original.slice(ferRange.start, ferRange.end)).toBe('fér');
  });

  it('maps a match inside a letter that folded to two onto the whole letter', () => {
    const original = 'Straße';
    const folded = foldWithOffsets(original);
    const range = toOriginalRange(folded, 5, 6);
    expect(original.slice(range.start, range.end)).toBe('ß');
  });

  it('never splits a surrogate pair', () => {
    const original = 'a😀b';
    const folded = foldWithOffsets(original);
    expect(toOriginalRange(folded, 1, 3)).toEqual({ start: 1, end: 3 });
    expect(toOriginalRange(folded, 3, 4)).toEqual({ start: 3, end: 4 });
  });

  it('folds exactly as foldForSearch does, and maps every folded unit inside the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const folded = foldWithOffsets(text);
        expect(folded.text).toBe(foldForSearch(text));
        let previousStart = 0;
        for (let unit = 0; unit < folded.text.length; unit++) {
          const { start, end } = toOriginalRange(folded, unit, unit + 1);
          expect(start).toBeGreaterThanOrEqual(previousStart);
          expect(start).toBeLessThan(end);
          expect(end).toBeLessThanOrEqual(text.length);
          expect(foldForSearch(text.slice(start, end))).toContain(folded.text[unit]);
          previousStart = start;
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('foldForSearch and foldWithOffsets', () => {
  // Random code points seldom put a mark after a letter or a capital sigma at a word's end; these
  // are the characters where folding by runs and folding by clusters could part ways.
  const tricky = [
    'a',
    'E',
    ' ',
    '.',
    'é',
    'e\u0301',
    '\u0301',
    '\u0308',
    'Σ',
    'σ',
    'ς',
    'İ',
    'ı',
    'ß',
    'ẞ',
    'Ж',
    'ж',
    'й',
    'Ω',
    'ή',
    'ﬁ',
    'Ａ',
    'K',
    '\u00ad',
    '\u200b',
    '\ufe0f',
    '😀',
    '\ud83d',
    '\ude00',
    '\u{1d165}',
    'ᄒ',
    '\u1161',
    '\u11ab',
    '한',
    'क',
    '\u093f',
    'か',
    '\u3099',
    'ł',
    'Æ',
    '’',
    '\u0345',
    'ǅ',
    '我',
  ];
  it('give the same folded text for text made of the characters where they could differ', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...tricky), { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(foldForSearch(text)).toBe(foldWithOffsets(text).text);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('isWordCodePoint', () => {
  it('counts letters, digits and marks of any script as word characters', () => {
    for (const character of ['a', 'Z', '7', 'é', 'ж', 'λ', '中', 'ก', '\u0301', '𝒜']) {
      expect(isWordCodePoint(character.codePointAt(0)!)).toBe(true);
    }
    for (const character of [' ', '-', "'", '.', '—', '😀', '\u00a0']) {
      expect(isWordCodePoint(character.codePointAt(0)!)).toBe(false);
    }
  });
});
