import { describe, expect, it } from 'vitest';
import type { FullSearchHit as SearchHit } from './search-index.ts';
import type { Entry } from '../../../shared/domain.ts';
import { InterludeError } from '../../../shared/errors.ts';
import { MAX_MATCHES_PER_HIT } from './match-ranges.ts';
import { createSearchIndex } from './search-index.ts';

let nextId = 0;
function entry(fields: Partial<Entry> & { promptText?: string } = {}): Entry {
  const { promptText, ...rest } = fields;
  nextId += 1;
  return {
    id: `entry-${nextId}`,
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    day: '2026-03-01',
    body: '',
    mood: null,
    emotions: [],
    tags: [],
    section: null,
    prompt: promptText ? { packId: 'built-in', promptId: 'p1', text: promptText } : null,
    ...rest,
  };
}

/** The highlighted text of each match, as the UI would cut it out. */
function highlighted(hit: SearchHit): string[] {
  return hit.matches.map((match) => {
    const text =
      match.field === 'body'
        ? hit.entry.body
        : match.field === 'prompt'
          ? hit.entry.prompt!.text
          : hit.entry.tags[match.index!]!;
    return text.slice(match.start, match.end);
  });
}

function ids(hits: SearchHit[]): string[] {
  return hits.map((hit) => hit.entry.id);
}

describe('createSearchIndex: finding entries', () => {
  it('ignores case and accents, and highlights the text as written', () => {
    const cafe = entry({ body: 'Coffee at the Café again.' });
    const index = createSearchIndex([cafe, entry({ body: 'Tea at home.' })]);
    const hits = index.search('cafe');
    expect(ids(hits)).toEqual([cafe.id]);
    expect(hits[0]!.matches).toEqual([{ field: 'body', start: 14, end: 18 }]);
    expect(highlighted(hits[0]!)).toEqual(['Café']);
    expect(ids(index.search('CAFÉ'))).toEqual([cafe.id]);
  });

  it('finds text in other scripts', () => {
    const greek = entry({ body: 'Νιώθω αγάπη για τον εαυτό μου.' });
    const russian = entry({ body: 'Сегодня я видел ёлку.' });
    const chinese = entry({ body: '我爱北京天安门' });
    const index = createSearchIndex([greek, russian, chinese]);
    expect(highlighted(index.search('ΑΓΑΠΗ')[0]!)).toEqual(['αγάπη']);
    expect(highlighted(index.search('ЕЛКУ')[0]!)).toEqual(['ёлку']);
    const hits = index.search('北京');
    expect(ids(hits)).toEqual([chinese.id]);
    expect(hits[0]!.matches).toEqual([{ field: 'body', start: 2, end: 4 }]);
  });

  it('highlights whole characters when the original is decomposed or folds to more letters', () => {
    const decomposed = entry({ body: 'Une cafe\u0301 noire. Große Straße.' });
    const index = createSearchIndex([decomposed]);
    expect(highlighted(index.search('café')[0]!)).toEqual(['cafe\u0301']);
    expect(highlighted(index.search('strasse')[0]!)).toEqual(['Straße']);
  });

  it('finds words across a soft hyphen and through curly apostrophes', () => {
    const hyphenated = entry({ body: 'It was a wonder\u00adful day' });
    const curly = entry({ body: 'I don’t know.' });
    const index = createSearchIndex([hyphenated, curly]);
    expect(highlighted(index.search('wonderful')[0]!)).toEqual(['wonder\u00adful']);
    expect(highlighted(index.search("don't")[0]!)).toEqual(['don’t']);
  });

  it('searches the prompt and the tags, and says which tag matched', () => {
    const tagged = entry({
      body: 'Nothing much.',
      tags: ['family', 'Sunday walks'],
      promptText: 'What made you smile?',
    });
    const index = createSearchIndex([tagged]);
    expect(index.search('walk')[0]!.matches).toEqual([{ field: 'tags', index: 1, start: 7, end: 11 }]);
    expect(index.search('smile')[0]!.matches).toEqual([{ field: 'prompt', start: 14, end: 19 }]);
  });

  it('needs every word of the query, each in any field', () => {
    const both = entry({ body: 'A walk in the park.' });
    const split = entry({ body: 'A long walk.', tags: ['park'] });
    const walkOnly = entry({ body: 'A walk by the river.' });
    const index = createSearchIndex([both, split, walkOnly]);
    expect(ids(index.search('park walk')).sort()).toEqual([both.id, split.id].sort());
    expect(ids(index.search('walk river'))).toEqual([walkOnly.id]);
    expect(index.search('walk moon')).toEqual([]);
  });

  it('matches inside words too, so a typed prefix already finds the entry', () => {
    const hopeful = entry({ body: 'Feeling hopeful.' });
    const index = createSearchIndex([hopeful]);
    expect(ids(index.search('hop'))).toEqual([hopeful.id]);
    expect(ids(index.search('opefu'))).toEqual([hopeful.id]);
  });

  it('merges overlapping matches of different words into one highlight', () => {
    const index = createSearchIndex([entry({ body: 'so hopeful' })]);
    expect(index.search('hope hopeful')[0]!.matches).toEqual([{ field: 'body', start: 3, end: 10 }]);
  });

  it('returns nothing for a blank query', () => {
    const index = createSearchIndex([entry({ body: 'anything' })]);
    expect(index.search('')).toEqual([]);
    expect(index.search('   \n\t')).toEqual([]);
  });

  it('returns at most `limit` hits, and refuses a limit that is not a positive whole number', () => {
    const index = createSearchIndex([
      entry({ body: 'rain' }),
      entry({ body: 'rain' }),
      entry({ body: 'rain' }),
    ]);
    expect(index.search('rain', 2)).toHaveLength(2);
    expect(index.search('rain')).toHaveLength(3);
    expect(() => index.search('rain', 0)).toThrow(InterludeError);
    expect(() => index.search('rain', 1.5)).toThrow(InterludeError);
  });

  it(`reports at most ${MAX_MATCHES_PER_HIT} ranges for one entry, but still finds it`, () => {
    const index = createSearchIndex([entry({ body: 'la '.repeat(MAX_MATCHES_PER_HIT + 50) })]);
    const hits = index.search('la');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.matches).toHaveLength(MAX_MATCHES_PER_HIT);
  });
});

describe('createSearchIndex: ranking', () => {
  it('ranks a tag above the prompt above the body', () => {
    const inBody = entry({ body: 'work was long' });
    const inPrompt = entry({ promptText: 'How was work?' });
    const inTag = entry({ tags: ['work'] });
    const index = createSearchIndex([inBody, inPrompt, inTag]);
    expect(ids(index.search('work'))).toEqual([inTag.id, inPrompt.id, inBody.id]);
  });

  it('ranks a whole word above the start of a word above the middle of one', () => {
    const inside = entry({ body: 'so unhopeful' });
    const prefix = entry({ body: 'so hopeful' });
    const whole = entry({ body: 'some hope' });
    const index = createSearchIndex([inside, prefix, whole]);
    const hits = index.search('hope');
    expect(ids(hits)).toEqual([whole.id, prefix.id, inside.id]);
    expect(hits.map((hit) => hit.score)).toEqual([3, 2, 1]);
  });

  it('ranks more mentions higher', () => {
    const once = entry({ body: 'I miss them.' });
    const often = entry({ body: 'I miss them. I miss the mornings. I miss the calls. I miss it all.' });
    const index = createSearchIndex([once, often]);
    const hits = index.search('miss');
    expect(ids(hits)).toEqual([often.id, once.id]);
    // Four whole-word mentions: 3 + 0.5 × log2(4).
    expect(hits[0]!.score).toBe(4);
  });

  it('adds up the words of the query', () => {
    const index = createSearchIndex([entry({ body: 'park walk', tags: ['walk'] })]);
    // park: a whole word in the body (3); walk: a whole tag (9), seen twice (+ 0.5).
    expect(index.search('walk park')[0]!.score).toBe(12.5);
  });

  it('puts the more recent entry first when scores are equal', () => {
    const older = entry({ body: 'rain', day: '2026-02-01' });
    const newer = entry({ body: 'rain', day: '2026-03-01' });
    const sameDayLater = entry({ body: 'rain', day: '2026-03-01', createdAt: '2026-03-01T21:00:00.000Z' });
    const index = createSearchIndex([older, newer, sameDayLater]);
    expect(ids(index.search('rain'))).toEqual([sameDayLater.id, newer.id, older.id]);
  });
});

describe('createSearchIndex: keeping up with changes', () => {
  it('replaces an entry on upsert, so its old words are no longer found', () => {
    const original = entry({ body: 'angry today' });
    const index = createSearchIndex([original]);
    index.upsert({ ...original, body: 'calm today' });
    expect(index.search('angry')).toEqual([]);
    expect(index.search('calm')[0]!.entry.body).toBe('calm today');
    expect(index.size).toBe(1);
  });

  it('adds new entries on upsert and forgets removed ones', () => {
    const first = entry({ body: 'rain' });
    const index = createSearchIndex([first]);
    const second = entry({ body: 'rain again' });
    index.upsert(second);
    expect(ids(index.search('rain')).sort()).toEqual([first.id, second.id].sort());
    index.remove(first.id);
    expect(ids(index.search('rain'))).toEqual([second.id]);
    index.remove('no-such-entry');
    expect(index.size).toBe(1);
  });

  it('stays correct through many edits', () => {
    const entries = Array.from({ length: 20 }, (_, number) => entry({ body: `note ${number}` }));
    const index = createSearchIndex(entries);
    for (let round = 0; round < 150; round++) {
      for (const [number, original] of entries.entries()) {
        index.upsert({ ...original, body: `note ${number} round ${round}` });
      }
    }
    expect(index.size).toBe(20);
    expect(index.search('round 149')).toHaveLength(20);
    expect(index.search('round 148')).toEqual([]);
    expect(ids(index.search('note 17 round'))).toEqual([entries[17]!.id]);
  });

  it('keeps the last of two entries with the same id given at creation', () => {
    const first = entry({ body: 'first version' });
    const index = createSearchIndex([first, { ...first, body: 'second version' }]);
    expect(index.size).toBe(1);
    expect(index.search('first')).toEqual([]);
  });
});

describe('createSearchIndex: folded ahead of the first search', () => {
  it('finds exactly what an index folded at once finds, whatever changed before it was ready', () => {
    const entries = Array.from({ length: 300 }, (_, number) =>
      entry({ body: `Café ${number} walk ${number % 7 === 0 ? 'park' : 'street'}` }),
    );
    const deferred = createSearchIndex(entries, { deferred: true });
    const immediate = createSearchIndex(entries);
    // A slice with no time left still folds some entries, and says when it is not done.
    expect(deferred.prepare(0)).toBe(false);
    expect(deferred.size).toBe(300);
    // Changes to entries not folded yet, and to some already folded.
    for (const index of [deferred, immediate]) {
      index.upsert({ ...entries[250]!, body: 'edited while folding: park' });
      index.upsert({ ...entries[3]!, body: 'edited early: park' });
      index.remove(entries[280]!.id);
      index.upsert(entry({ id: 'written-while-folding', body: 'a new park entry' }));
    }
    expect(deferred.size).toBe(immediate.size);
    for (const query of ['park', 'cafe 25', 'edited', 'street', 'walk 280']) {
      expect(deferred.search(query, 500)).toEqual(immediate.search(query, 500));
    }
    expect(ids(deferred.search('edited while'))).toEqual([entries[250]!.id]);
    expect(deferred.prepare(0)).toBe(true);
  });
});
