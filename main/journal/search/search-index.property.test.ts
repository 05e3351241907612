import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FullSearchHit as SearchHit } from './search-index.ts';
import type { Entry } from '../../../shared/domain.ts';
import { foldForSearch } from './fold.ts';
import { searchableFields } from './match-ranges.ts';
import { searchTerms } from './query.ts';
import { compareRecency, FIELD_WEIGHT, termInText, termScore } from './ranking.ts';
import { createSearchIndex } from './search-index.ts';

// Pieces chosen to collide under folding: case, accents written both ways, ß and ss, the three
// sigmas, dotted and dotless i, ligatures, CJK, an emoji, and punctuation inside words.
const PIECES = [
  'a',
  'B',
  'á',
  'a\u0301',
  'É',
  'e',
  'ß',
  'ss',
  'Σ',
  'σ',
  'ς',
  'İ',
  'i',
  'ı',
  'ﬁ',
  '中',
  '文',
  '😀',
  'ж',
  'Ж',
  '-',
  '’',
  "'",
];
const SEPARATORS = [' ', '  ', '\n', ', ', '. ', '\u00a0'];

const word = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 4 })
  .map((pieces) => pieces.join(''));
const text = fc
  .array(fc.tuple(word, fc.constantFrom(...SEPARATORS)), { maxLength: 12 })
  .map((parts) => parts.map(([piece, separator]) => piece + separator).join(''));
const day = fc.constantFrom('2026-03-01', '2026-03-02', '2026-03-03');
const createdAt = fc.constantFrom('2026-03-01T08:00:00.000Z', '2026-03-01T20:00:00.000Z');
const entryFields = fc.record({
  day,
  createdAt,
  body: text,
  promptText: fc.option(
    text.filter((value) => value.length > 0),
    { nil: null },
  ),
  tags: fc.array(word, { maxLength: 3 }),
});
const entries = fc.array(entryFields, { maxLength: 12 }).map((list) =>
  list.map(
    ({ promptText, ...fields }, index): Entry => ({
      id: `e${index}`,
      updatedAt: fields.createdAt,
      mood: null,
      emotions: [],
      section: null,
      prompt: promptText === null ? null : { packId: 'p', promptId: 'q', text: promptText },
      ...fields,
    }),
  ),
);
const query = fc
  .array(fc.tuple(word, fc.constantFrom(' ', '  ', '\t')), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.map(([piece, separator]) => piece + separator).join(''));

/** The search the index must agree with: fold every field and look for every term, no index. */
function searchByScanning(list: readonly Entry[], queryText: string): { id: string; score: number }[] {
  const terms = searchTerms(queryText);
  if (terms.length === 0) return [];
  const found: { entry: Entry; score: number }[] = [];
  for (const entry of list) {
    const fields = searchableFields(entry).map((field) => ({ ...field, folded: foldForSearch(field.text) }));
    let score = 0;
    let all = true;
    for (const term of terms) {
      let best = 0;
      let count = 0;
      for (const field of fields) {
        const inField = termInText(field.folded, term);
        count += inField.count;
        if (inField.count > 0) best = Math.max(best, FIELD_WEIGHT[field.field] * inField.bestPlacement);
      }
      if (count === 0) all = false;
      else score += termScore(best, count);
    }
    if (all) found.push({ entry, score: Math.round(score * 1000) / 1000 });
  }
  found.sort((a, b) => b.score - a.score || compareRecency(a.entry, b.entry));
  return found.map(({ entry, score }) => ({ id: entry.id, score }));
}

function fieldText(hit: SearchHit, field: SearchHit['matches'][number]): string | undefined {
  if (field.field === 'body') return hit.entry.body;
  if (field.field === 'prompt') return hit.entry.prompt?.text;
  return field.index === undefined ? undefined : hit.entry.tags[field.index];
}

describe('search index properties', () => {
  it('finds and ranks exactly what a scan of every entry finds', () => {
    fc.assert(
      fc.property(entries, query, (list, queryText) => {
        const hits = createSearchIndex(list).search(queryText, 10_000);
        expect(hits.map((hit) => ({ id: hit.entry.id, score: hit.score }))).toEqual(
          searchByScanning(list, queryText),
        );
      }),
      { numRuns: 400 },
    );
  });

  it('finds an entry by any word it contains, however that word is cased or accented', () => {
    fc.assert(
      fc.property(
        entries.filter((list) => list.length > 0),
        fc.nat(),
        fc.nat(),
        (list, entryPick, wordPick) => {
          const target = list[entryPick % list.length]!;
          const words = target.body.split(/[\s,.]+/).filter((value) => searchTerms(value).length > 0);
          fc.pre(words.length > 0);
          const chosen = words[wordPick % words.length]!;
          const variant = chosen.normalize('NFD').toUpperCase();
          const hits = createSearchIndex(list).search(variant, 10_000);
          expect(hits.map((hit) => hit.entry.id)).toContain(target.id);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives match ranges inside their field, in order, not overlapping, each covering a query word', () => {
    fc.assert(
      fc.property(entries, query, (list, queryText) => {
        const terms = searchTerms(queryText);
        for (const hit of createSearchIndex(list).search(queryText, 10_000)) {
          let previous: { key: string; end: number } | undefined;
          for (const match of hit.matches) {
            const original = fieldText(hit, match);
            expect(original).toBeDefined();
            expect(match.start).toBeGreaterThanOrEqual(0);
            expect(match.start).toBeLessThan(match.end);
            expect(match.end).toBeLessThanOrEqual(original!.length);
            const key = `${match.field}:${match.index ?? ''}`;
            if (previous?.key === key) expect(match.start).toBeGreaterThanOrEqual(previous.end);
            previous = { key, end: match.end };
            const slice = foldForSearch(original!.slice(match.start, match.end));
            expect(terms.some((term) => slice.includes(term))).toBe(true);
          }
          // Every word of the query is highlighted somewhere in the entry.
          const highlightedText = hit.matches.map((match) =>
            foldForSearch(fieldText(hit, match)!.slice(match.start, match.end)),
          );
          for (const term of terms) expect(highlightedText.some((slice) => slice.includes(term))).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('after any upserts and removals, answers like an index built from scratch', () => {
    const operation = fc.oneof(
      fc.record({ kind: fc.constant('upsert' as const), slot: fc.nat(15), body: text }),
      fc.record({ kind: fc.constant('remove' as const), slot: fc.nat(15) }),
    );
    fc.assert(
      fc.property(entries, fc.array(operation, { maxLength: 30 }), query, (list, operations, queryText) => {
        const index = createSearchIndex(list);
        const current = new Map(list.map((entry) => [entry.id, entry]));
        const scanned = (hits: SearchHit[]) => hits.map((hit) => ({ id: hit.entry.id, score: hit.score }));
        for (const [step, change] of operations.entries()) {
          // Searching between changes seals what was folded so far; later changes make it stale.
          if (step % 4 === 3) {
            expect(scanned(index.search(queryText, 10_000))).toEqual(
              searchByScanning([...current.values()], queryText),
            );
          }
          const id = `e${change.slot}`;
          if (change.kind === 'remove') {
            index.remove(id);
            current.delete(id);
          } else {
            const updated: Entry = {
              ...(current.get(id) ??
                list[0] ?? {
                  day: '2026-03-01',
                  createdAt: '2026-03-01T08:00:00.000Z',
                  updatedAt: '2026-03-01T08:00:00.000Z',
                  mood: null,
                  emotions: [],
                  tags: [],
                  section: null,
                  prompt: null,
                  body: '',
                }),
              id,
              body: change.body,
            };
            index.upsert(updated);
            current.set(id, updated);
          }
        }
        const fresh = createSearchIndex([...current.values()]);
        expect(index.size).toBe(current.size);
        expect(index.search(queryText, 10_000)).toEqual(fresh.search(queryText, 10_000));
        expect(scanned(index.search(queryText, 10_000))).toEqual(
          searchByScanning([...current.values()], queryText),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same in a journal large enough to fill many chunks, folded ahead or not', () => {
    const words = ['Café', 'walk', 'ΣΟΦΙΑ', 'straße', 'naïve', 'park', 'ﬁne', 'Ж', 'hello'];
    const list: Entry[] = Array.from({ length: 120 }, (_, number) => ({
      id: `big${number}`,
      day: '2026-03-01',
      createdAt: `2026-03-01T${String(number % 24).padStart(2, '0')}:00:00.000Z`,
      updatedAt: '2026-03-01T08:00:00.000Z',
      mood: null,
      emotions: [],
      section: null,
      prompt: number % 3 === 0 ? { packId: 'p', promptId: 'q', text: `walk ${number}` } : null,
      tags: number % 5 === 0 ? ['park'] : [],
      body: Array.from({ length: 900 }, (_, at) => words[(at * 7 + number) % words.length]).join(' '),
    }));
    const deferred = createSearchIndex(list, { deferred: true });
    while (!deferred.prepare(0));
    for (const queryText of ['cafe walk', 'σοφια', 'strasse', 'park', 'fine hello', 'walk 42']) {
      const expected = searchByScanning(list, queryText);
      expect(expected.length).toBeGreaterThan(0);
      for (const index of [createSearchIndex(list), deferred]) {
        expect(
          index.search(queryText, 10_000).map((hit) => ({ id: hit.entry.id, score: hit.score })),
        ).toEqual(expected);
      }
    }
  });
});
