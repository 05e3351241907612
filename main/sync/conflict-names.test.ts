import { describe, expect, it } from 'vitest';
import { recogniseConflictName } from './conflict-names.ts';

const JOURNAL = 'journal.interlude';

describe('recognising the conflict copies sync clients leave beside the journal', () => {
  it.each([
    ['journal.sync-conflict-20261201-101500-ABCDEF7.interlude', { client: 'syncthing', device: 'ABCDEF7' }],
    ["journal (Laptop's conflicted copy 2026-12-01).interlude", { client: 'dropbox', device: 'Laptop' }],
    [
      "journal (Ana María's conflicted copy 2026-12-01) (1).interlude",
      { client: 'dropbox', device: 'Ana María' },
    ],
    ['journal (Laptop\u2019s conflicted copy 2026-12-01).interlude', { client: 'dropbox', device: 'Laptop' }],
    ['journal (conflicted copy 2026-12-01 101500).interlude', { client: 'nextcloud' }],
    ['journal (conflicted copy ana 2026-12-01 101500).interlude', { client: 'nextcloud', device: 'ana' }],
    ['journal_conflict-20261201-101500.interlude', { client: 'nextcloud' }],
    ['journal-LAPTOP.interlude', { client: 'onedrive', device: 'LAPTOP' }],
    ['journal-DESKTOP-7QK2M1A-2.interlude', { client: 'onedrive', device: 'DESKTOP-7QK2M1A' }],
    ['journal 2.interlude', { client: 'icloud' }],
    ['journal 13.interlude', { client: 'icloud' }],
    ['journal.conflict-2026-12-01T10-15-00-000Z.interlude', { client: 'interlude' }],
    ['journal.conflict-2026-12-01T10-15-00-000Z-2.interlude', { client: 'interlude' }],
  ])('%s', (name, expected) => {
    expect(recogniseConflictName(JOURNAL, name)).toEqual(expected);
  });

  it.each([
    'journal.interlude',
    'journal.interlude.saving-0123456789abcdef',
    'journal.interlude.123',
    'journal 1.interlude',
    'journal.sync-conflict-20261201-101500-ABCDEF7.txt',
    'other.sync-conflict-20261201-101500-ABCDEF7.interlude',
    "journal (Laptop's copy 2026-12-01).interlude",
    'journal-a-name-far-too-long-for-a-computer.interlude',
    'notes.interlude',
    'backups',
  ])('does not take %s for a conflict copy', (name) => {
    expect(recogniseConflictName(JOURNAL, name)).toBeNull();
  });

  it('follows the journal file name the user chose, special characters included', () => {
    expect(recogniseConflictName('my (private) diary.interlude', 'my (private) diary 2.interlude')).toEqual({
      client: 'icloud',
    });
    expect(recogniseConflictName('my (private) diary.interlude', 'my (private) diary.interlude')).toBeNull();
    expect(recogniseConflictName('my (private) diary.interlude', 'my private diary 2.interlude')).toBeNull();
  });
});
