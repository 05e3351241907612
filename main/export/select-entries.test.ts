import { describe, expect, it } from 'vitest';
import { InterludeError } from '../../shared/errors.ts';
import { makeEntry } from './entry-fixture.ts';
import { resolveExportRange, selectEntriesForExport } from './select-entries.ts';

const entries = [
  makeEntry({ id: 'before', day: '2025-02-28', section: 'reflect' }),
  makeEntry({
    id: 'first-day-late',
    day: '2025-03-01',
    section: 'space',
    createdAt: '2025-03-01T20:00:00.000Z',
  }),
  makeEntry({
    id: 'first-day-early',
    day: '2025-03-01',
    section: 'reflect',
    createdAt: '2025-03-01T07:00:00.000Z',
  }),
  makeEntry({ id: 'no-section', day: '2025-03-15', section: null }),
  makeEntry({ id: 'last-day', day: '2025-03-31', section: 'growth' }),
  makeEntry({ id: 'after', day: '2025-04-01', section: 'reflect' }),
];
const march = { from: '2025-03-01', to: '2025-03-31' };

describe('selectEntriesForExport', () => {
  it('keeps every entry in the range, both ends included, and none outside it', () => {
    const ids = selectEntriesForExport(entries, { range: march }).map((entry) => entry.id);
    expect(ids.sort()).toEqual(['first-day-early', 'first-day-late', 'last-day', 'no-section']);
  });

  it('orders entries by day, then by when they were written', () => {
    const ids = selectEntriesForExport([...entries].reverse(), { range: march }).map((entry) => entry.id);
    expect(ids).toEqual(['first-day-early', 'first-day-late', 'no-section', 'last-day']);
  });

  it('keeps only the chosen sections, leaving out entries without a section', () => {
    const ids = selectEntriesForExport(entries, { range: march, sections: ['reflect', 'growth'] }).map(
      (entry) => entry.id,
    );
    expect(ids).toEqual(['first-day-early', 'last-day']);
  });

  it('keeps every section, and entries without one, when no section list is given', () => {
    expect(selectEntriesForExport(entries, { range: march })).toHaveLength(4);
  });

  it('exports nothing for an empty section list', () => {
    expect(selectEntriesForExport(entries, { range: march, sections: [] })).toEqual([]);
  });

  it('does not reorder the caller’s list', () => {
    const copy = [...entries];
    selectEntriesForExport(copy, { range: march });
    expect(copy.map((entry) => entry.id)).toEqual(entries.map((entry) => entry.id));
  });
});

describe('resolveExportRange', () => {
  const space = { start: '2025-03-01', end: '2025-03-30' };

  it('defaults to the space period', () => {
    expect(resolveExportRange({}, space)).toEqual({ from: '2025-03-01', to: '2025-03-30' });
  });

  it('takes the dates the user chose, filling in the other end from the space period', () => {
    expect(resolveExportRange({ from: '2025-01-01' }, space)).toEqual({
      from: '2025-01-01',
      to: '2025-03-30',
    });
    expect(resolveExportRange({ to: '2025-03-10' }, space)).toEqual({ from: '2025-03-01', to: '2025-03-10' });
  });

  it('refuses a range that ends before it starts', () => {
    expect(() => resolveExportRange({ from: '2025-04-01', to: '2025-03-01' }, space)).toThrow(InterludeError);
  });
});

describe('entries written without a prompt', () => {
  const withSection = makeEntry({ id: 'a', day: '2026-03-02', section: 'reflect' });
  const without = makeEntry({ id: 'b', day: '2026-03-02', section: null });
  const range = { from: '2026-03-01', to: '2026-03-31' };

  it('come along with a section list only when asked for', () => {
    expect(
      selectEntriesForExport([withSection, without], { range, sections: ['reflect'] }).map((e) => e.id),
    ).toEqual(['a']);
    expect(
      selectEntriesForExport([withSection, without], {
        range,
        sections: ['reflect'],
        includeUnsectioned: true,
      }).map((e) => e.id),
    ).toEqual(['a', 'b']);
    expect(
      selectEntriesForExport([withSection, without], { range, sections: [], includeUnsectioned: true }).map(
        (e) => e.id,
      ),
    ).toEqual(['b']);
  });
});
