import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightPieces, normaliseRanges, snippetAround } from './highlight-pieces.ts';

describe('highlightPieces', () => {
  it('marks exactly the matched words of an entry', () => {
    expect(highlightPieces('I miss the beach walks', [{ start: 11, end: 16 }])).toEqual([
      { text: 'I miss the ', highlighted: false },
      { text: 'beach', highlighted: true },
      { text: ' walks', highlighted: false },
    ]);
  });

  it('joins overlapping and touching matches into one highlight', () => {
    const pieces = highlightPieces('abcdefgh', [
      { start: 4, end: 6 },
      { start: 1, end: 3 },
      { start: 2, end: 4 },
    ]);
    expect(pieces.filter((piece) => piece.highlighted).map((piece) => piece.text)).toEqual(['bcdef']);
  });

  it('ignores ranges that fall outside the text (an entry edited since the search)', () => {
    expect(
      highlightPieces('short', [
        { start: 3, end: 40 },
        { start: 50, end: 60 },
      ]),
    ).toEqual([
      { text: 'sho', highlighted: false },
      { text: 'rt', highlighted: true },
    ]);
  });

  it('gives back the whole text, and highlights exactly the matched characters', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.array(
          fc.record({ start: fc.integer({ min: -5, max: 70 }), end: fc.integer({ min: -5, max: 70 }) }),
        ),
        (text, ranges) => {
          const pieces = highlightPieces(text, ranges);
          expect(pieces.map((piece) => piece.text).join('')).toBe(text);
          let offset = 0;
          for (const piece of pieces) {
            for (let i = 0; i < piece.text.length; i++) {
              const position = offset + i;
              const inside = ranges.some((range) => position >= range.start && position < range.end);
              expect(piece.highlighted).toBe(inside);
            }
            offset += piece.text.length;
          }
        },
      ),
    );
  });
});

describe('normaliseRanges', () => {
  it('drops empty and reversed ranges', () => {
    expect(
      normaliseRanges(
        [
          { start: 3, end: 3 },
          { start: 5, end: 2 },
        ],
        10,
      ),
    ).toEqual([]);
  });
});

describe('snippetAround', () => {
  const long = `${'Morning coffee alone again. '.repeat(10)}Then I found the letter she wrote. ${'The day went on. '.repeat(10)}`;

  it('keeps short texts whole', () => {
    expect(snippetAround('A calm day', [{ start: 2, end: 6 }], 100)).toEqual({
      text: 'A calm day',
      ranges: [{ start: 2, end: 6 }],
      cutBefore: false,
      cutAfter: false,
    });
  });

  it('shows the first match of a long entry, with the match still highlighted', () => {
    const start = long.indexOf('letter');
    const snippet = snippetAround(long, [{ start, end: start + 'letter'.length }], 80);
    expect(snippet.text.length).toBeLessThanOrEqual(80);
    expect(snippet.cutBefore).toBe(true);
    expect(snippet.cutAfter).toBe(true);
    const [range] = snippet.ranges;
    expect(range && snippet.text.slice(range.start, range.end)).toBe('letter');
  });

  it('starts at the beginning when nothing matched', () => {
    const snippet = snippetAround(long, [], 40);
    expect(long.startsWith(snippet.text)).toBe(true);
    expect(snippet.cutBefore).toBe(false);
  });
});
