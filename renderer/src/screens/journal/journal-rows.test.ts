import { expect, it } from 'vitest';
import type { EntrySummary } from '../../../../shared/api.ts';
import { journalRows } from './journal-rows.ts';

function summary(id: string, day: string): { summary: EntrySummary } {
  return {
    summary: {
      id,
      day,
      createdAt: `${day}T08:00:00.000Z`,
      mood: null,
      emotions: [],
      tags: [],
      section: null,
      prompt: null,
      excerpt: id,
      excerptOffset: 0,
      bodyLength: id.length,
      wordCount: 1,
    },
  };
}

it('puts a header wherever the day changes, keeping the order the core sent', () => {
  const rows = journalRows([
    summary('b', '2026-03-02'),
    summary('c', '2026-03-01'),
    summary('a', '2026-03-01'),
  ]);
  expect(
    rows.map((row) =>
      row.kind === 'day' ? `${row.day} (${row.count})` : `${row.position} ${row.item.summary.id}`,
    ),
  ).toEqual(['2026-03-02 (1)', '1 b', '2026-03-01 (2)', '2 c', '3 a']);
});

it('gives a day that comes back in ranked results a header of its own, with a key of its own', () => {
  const rows = journalRows([
    summary('a', '2026-03-01'),
    summary('b', '2026-03-02'),
    summary('c', '2026-03-01'),
  ]);
  const keys = rows.flatMap((row) => (row.kind === 'day' ? [row.key] : []));
  expect(keys).toHaveLength(3);
  expect(new Set(keys).size).toBe(3);
});

it('has no rows for an empty journal', () => {
  expect(journalRows([])).toEqual([]);
});
