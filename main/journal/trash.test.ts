import { describe, expect, it } from 'vitest';
import { makeEntry } from '../export/entry-fixture.ts';
import { hasExpired, liveEntries, moveToTrash, purgeTrash, restoreFromTrash, trashListing } from './trash.ts';

const deletedOn = new Date('2026-03-10T12:00:00.000Z');
const entries = [makeEntry({ id: 'a', body: 'kept' }), makeEntry({ id: 'b', body: 'slip of the hand' })];

describe('the trash', () => {
  it('moves a deleted entry out of sight but keeps every word of it', () => {
    const after = moveToTrash(entries, 'b', deletedOn);
    expect(liveEntries(after).map((entry) => entry.id)).toEqual(['a']);
    expect(after.find((entry) => entry.id === 'b')).toMatchObject({
      body: 'slip of the hand',
      deletedAt: deletedOn.toISOString(),
    });
  });

  it('restores an entry exactly as it was before the delete', () => {
    const { entries: after, entry } = restoreFromTrash(moveToTrash(entries, 'b', deletedOn), 'b');
    expect(entry).toEqual(entries[1]);
    expect(after).toEqual(entries);
  });

  it('refuses to trash an entry twice or to restore one that is not in the trash', () => {
    const after = moveToTrash(entries, 'b', deletedOn);
    expect(() => moveToTrash(after, 'b', deletedOn)).toThrow(/deleted already/);
    expect(() => restoreFromTrash(after, 'a')).toThrow(/not in the trash/);
  });

  it('keeps an entry 30 full days, measured in elapsed time', () => {
    const [trashed] = moveToTrash(entries, 'a', deletedOn);
    const day = 24 * 60 * 60 * 1000;
    expect(hasExpired(trashed!, new Date(deletedOn.getTime() + 30 * day - 1))).toBe(false);
    expect(hasExpired(trashed!, new Date(deletedOn.getTime() + 30 * day))).toBe(true);
    // A clock set back never removes anything early.
    expect(hasExpired(trashed!, new Date('2020-01-01T00:00:00Z'))).toBe(false);
    expect(hasExpired(entries[1]!, new Date('2099-01-01T00:00:00Z'))).toBe(false);
  });

  it('empties only trashed entries, never a live one', () => {
    const after = moveToTrash(entries, 'b', deletedOn);
    expect(purgeTrash(after)).toEqual({ entries: [entries[0]], removedIds: ['b'] });
    expect(() => purgeTrash(after, ['a'])).toThrow(/not in the trash/);
  });

  it('lists the most recently deleted first, with the day each leaves the trash', () => {
    const later = new Date('2026-03-11T08:00:00.000Z');
    const after = moveToTrash(moveToTrash(entries, 'a', deletedOn), 'b', later);
    expect(trashListing(after).map((item) => [item.entry.id, item.removedOn])).toEqual([
      ['b', expect.stringMatching(/^2026-04-1[01]$/)],
      ['a', expect.stringMatching(/^2026-04-(09|10)$/)],
    ]);
  });
});
