import { describe, expect, it } from 'vitest';
import type { Entry, HardDate, Settings } from '../../shared/domain.ts';
import { makeEntry } from '../export/entry-fixture.ts';
import { onThisDay, sameDateMonthsBefore, throwbackDays, writtenToday } from './on-this-day.ts';

const settings: Settings = {
  spaceStart: '2025-01-01',
  spaceLengthDays: 365,
  autoLockMinutes: 5,
  theme: 'system',
  pdfPageSize: 'A4',
};
const today = '2026-03-31';
const entries: Entry[] = [
  makeEntry({ id: 'week', day: '2026-03-24' }),
  makeEntry({ id: 'month', day: '2026-02-28' }),
  makeEntry({ id: 'year', day: '2025-03-31' }),
  makeEntry({ id: 'other', day: '2026-03-25' }),
];

function spans(input: Partial<Parameters<typeof onThisDay>[0]> = {}) {
  return onThisDay({ entries, settings, hardDates: [], today, ...input }).throwbacks.map((t) => [
    t.span,
    t.entries.map((e) => e.id),
  ]);
}

describe('on this day', () => {
  it('looks back a week, a month and a year, to the last day of a shorter month', () => {
    expect(throwbackDays(today)).toEqual({ week: '2026-03-24', month: '2026-02-28', year: '2025-03-31' });
    expect(sameDateMonthsBefore('2024-02-29', 12)).toBe('2023-02-28');
    expect(sameDateMonthsBefore('2026-01-15', 1)).toBe('2025-12-15');
  });

  it('shows the entries of each day it finds, and only days that have entries', () => {
    expect(spans()).toEqual([
      ['week', ['week']],
      ['month', ['month']],
      ['year', ['year']],
    ]);
    expect(spans({ entries: entries.filter((e) => e.id !== 'month') }).map(([span]) => span)).toEqual([
      'week',
      'year',
    ]);
  });

  it('leaves out days before the space period began unless the user turned them on', () => {
    const raw = { ...settings, spaceStart: '2026-03-01' };
    expect(spans({ settings: raw }).map(([span]) => span)).toEqual(['week']);
    expect(spans({ settings: { ...raw, throwbacksBeforeSpace: true } }).map(([span]) => span)).toEqual([
      'week',
      'month',
      'year',
    ]);
  });

  it('skips days the user marked as hard, even with throwbacks turned on', () => {
    const anniversary: HardDate = { id: 'h', day: '2024-03-31', label: 'Anniversary', yearly: true };
    expect(spans({ hardDates: [anniversary] }).map(([span]) => span)).toEqual(['week', 'month']);
  });
});

describe('you wrote today', () => {
  it("gives today's entries, the latest first, and the streak", () => {
    const morning = makeEntry({ id: 'm', day: today, createdAt: '2026-03-31T07:00:00.000Z' });
    const evening = makeEntry({ id: 'e', day: today, createdAt: '2026-03-31T19:00:00.000Z' });
    const yesterday = makeEntry({ id: 'y', day: '2026-03-30' });
    const result = writtenToday([morning, yesterday, evening, entries[0]!], today);
    expect(result.entries.map((e) => e.id)).toEqual(['e', 'm']);
    expect(result.streakDays).toBe(2);
  });
});
