import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../shared/domain.ts';
import {
  compareRecency,
  INSIDE_WEIGHT,
  PREFIX_WEIGHT,
  termInText,
  termScore,
  WHOLE_WORD_WEIGHT,
} from './ranking.ts';

describe('termInText', () => {
  it('counts occurrences and grades the best-placed one', () => {
    expect(termInText('hope, hopeful, unhopeful', 'hope')).toEqual({
      count: 3,
      bestPlacement: WHOLE_WORD_WEIGHT,
    });
    expect(termInText('hopeful unhopeful', 'hope')).toEqual({ count: 2, bestPlacement: PREFIX_WEIGHT });
    expect(termInText('unhopeful', 'hope')).toEqual({ count: 1, bestPlacement: INSIDE_WEIGHT });
    expect(termInText('nothing here', 'hope')).toEqual({ count: 0, bestPlacement: 0 });
  });

  it('treats a term that starts or ends with punctuation as sitting on a word edge', () => {
    expect(termInText('self-care', '-care').bestPlacement).toBe(WHOLE_WORD_WEIGHT);
  });

  it('finds words in any script', () => {
    expect(termInText('я люблю тебя', 'люблю').bestPlacement).toBe(WHOLE_WORD_WEIGHT);
  });
});

describe('termScore', () => {
  it('adds a little for repeats, on a log scale', () => {
    expect(termScore(3, 1)).toBe(3);
    expect(termScore(3, 8)).toBe(4.5);
  });
});

describe('compareRecency', () => {
  const base = { body: '', mood: null, emotions: [], tags: [], section: null, prompt: null };
  const older: Entry = {
    ...base,
    id: 'b',
    day: '2026-03-01',
    createdAt: '2026-03-01T08:00:00.000Z',
    updatedAt: '2026-03-01T08:00:00.000Z',
  };
  const laterSameDay: Entry = { ...older, id: 'a', createdAt: '2026-03-01T20:00:00.000Z' };
  const newer: Entry = { ...older, id: 'c', day: '2026-03-02' };

  it('compares creation times as instants, whatever their precision', () => {
    const withoutMilliseconds: Entry = { ...older, id: 'z', createdAt: '2026-03-01T08:00:01Z' };
    expect([older, withoutMilliseconds].sort(compareRecency).map((entry) => entry.id)).toEqual(['z', 'b']);
    // As strings, "08:00:00Z" would sort after "08:00:00.500Z" ("Z" comes after "."): half a second earlier.
    const wholeSecond: Entry = { ...older, id: 'x', createdAt: '2026-03-01T08:00:00Z' };
    const halfSecondLater: Entry = { ...older, id: 'y', createdAt: '2026-03-01T08:00:00.500Z' };
    expect([wholeSecond, halfSecondLater].sort(compareRecency).map((entry) => entry.id)).toEqual(['y', 'x']);
  });

  it('puts the more recent entry first', () => {
    expect([older, newer, laterSameDay].sort(compareRecency).map((entry) => entry.id)).toEqual([
      'c',
      'a',
      'b',
    ]);
  });
});
