import { expect, it } from 'vitest';
import { sampleEntry } from '../../components/testing/sample-entries.ts';
import { journalRows } from './journal-rows.ts';

it('puts each day under one header, newest day and latest entry first', () => {
  const rows = journalRows(
    [
      sampleEntry({ id: 'a', day: '2026-03-01', createdAt: '2026-03-01T08:00:00.000Z' }),
      sampleEntry({ id: 'b', day: '2026-03-02', createdAt: '2026-03-02T08:00:00.000Z' }),
      sampleEntry({ id: 'c', day: '2026-03-01', createdAt: '2026-03-01T21:00:00.000Z' }),
    ].map((entry) => ({ entry })),
  );
  expect(
    rows.map((row) =>
      row.kind === 'day' ? `${row.day} (${row.count})` : `${row.position} ${row.item.entry.id}`,
    ),
  ).toEqual(['2026-03-02 (1)', '1 b', '2026-03-01 (2)', '2 c', '3 a']);
});

it('has no rows for an empty journal', () => {
  expect(journalRows([])).toEqual([]);
});
