import { copyFile, mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InterludeError } from '../../shared/errors.ts';
import { TEST_SCRYPT_PARAMS } from '../vault/test-kdf.ts';
import { Vault } from '../vault/vault.ts';
import { describeMerge, mergeConflictCopies } from './merge-conflict-copies.ts';
import type { MergeReport } from './merge-journal.ts';
import { bodiesOnDisk, entryInput, PASSPHRASE, serviceAt } from './test-journal.ts';

let dir: string;
let journalPath: string;

const input = entryInput;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'interlude-copies-'));
  journalPath = path.join(dir, 'journal.interlude');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Leaves, beside the journal, the other device's version under a sync client's conflict name. */
async function leaveConflictCopy(name: string, body: string): Promise<string> {
  const copy = path.join(dir, name);
  await copyFile(journalPath, copy);
  const other = serviceAt(copy);
  await other.unlock(PASSPHRASE);
  await other.createEntry(input(body));
  await other.lock();
  await rm(path.join(dir, 'backups'), { recursive: true, force: true });
  return copy;
}

describe('merging the conflict copies left beside the journal, at unlock', () => {
  it('merges each copy into the journal, then moves it into the backups', async () => {
    const setup = serviceAt(journalPath);
    await setup.create(PASSPHRASE);
    await setup.createEntry(input('written before the devices parted'));
    await setup.lock();
    await leaveConflictCopy('journal.sync-conflict-20261201-101500-ABCDEF7.interlude', 'from Syncthing');
    await leaveConflictCopy("journal (Laptop's conflicted copy 2026-12-01).interlude", 'from Dropbox');

    const journal = serviceAt(journalPath);
    await journal.unlock(PASSPHRASE);
    await journal.createEntry(input('written here'));
    const backups = path.join(dir, 'backups');
    await mkdir(backups, { recursive: true });
    const result = await mergeConflictCopies(journalPath, journal, {
      belongsToJournal: async () => true,
      openCopy: async (candidate) => {
        const copy = new Vault({ path: candidate.path, kdfParams: TEST_SCRYPT_PARAMS });
        return (await copy.unlock(PASSPHRASE, { readOnly: true })).document;
      },
      setAside: (candidate) => rename(candidate.path, path.join(backups, candidate.name)),
    });
    expect(result.waiting).toEqual([]);
    expect(result.merged.map((m) => m.candidate.client).sort()).toEqual(['dropbox', 'syncthing']);
    expect(describeMerge(result.merged.map((m) => m.report))).toBe(
      'Merged changes from another device: 2 entries.',
    );
    await journal.lock();

    expect(await bodiesOnDisk(journalPath)).toEqual([
      'from Dropbox',
      'from Syncthing',
      'written before the devices parted',
      'written here',
    ]);
    expect((await readdir(dir)).filter((name) => name.endsWith('.interlude'))).toEqual(['journal.interlude']);
    expect((await readdir(backups)).sort()).toContain(
      "journal (Laptop's conflicted copy 2026-12-01).interlude",
    );
  });

  it('leaves a copy it cannot open where it is, and says why', async () => {
    const setup = serviceAt(journalPath);
    await setup.create(PASSPHRASE);
    await setup.lock();
    const copy = await leaveConflictCopy('journal 2.interlude', 'sealed under the other passphrase');
    const journal = serviceAt(journalPath);
    await journal.unlock(PASSPHRASE);
    const sealedElsewhere = new InterludeError('WRONG_PASSPHRASE', 'It was saved with another passphrase.');
    const result = await mergeConflictCopies(journalPath, journal, {
      belongsToJournal: async () => true,
      openCopy: async () => {
        throw sealedElsewhere;
      },
      setAside: async () => {
        throw new Error('must not move a copy it did not merge');
      },
    });
    expect(result.merged).toEqual([]);
    expect(result.waiting).toEqual([
      { candidate: expect.objectContaining({ path: copy }), reason: sealedElsewhere },
    ]);
    expect(journal.snapshot().entries).toEqual([]);
    await journal.lock();
  });
});

describe('telling the user what a merge brought', () => {
  const report = (changes: Partial<MergeReport>): MergeReport => ({
    entries: { added: 0, updated: 0, deleted: 0, conflicts: 0 },
    contacts: { added: 0, updated: 0, deleted: 0, conflicts: 0 },
    packs: { added: 0, updated: 0, deleted: 0, conflicts: 0 },
    hardDates: { added: 0, updated: 0, deleted: 0, conflicts: 0 },
    settings: [],
    differsFromTheirs: false,
    changedOurs: true,
    ...changes,
  });

  it('counts entries, contact days and settings, and names entries edited on both devices', () => {
    expect(describeMerge([report({})])).toBeNull();
    expect(
      describeMerge([
        report({ entries: { added: 1, updated: 0, deleted: 0, conflicts: 1 } }),
        report({ contacts: { added: 1, updated: 0, deleted: 0, conflicts: 0 }, settings: ['theme'] }),
      ]),
    ).toBe(
      'Merged changes from another device: 1 entry, 1 contact day, settings. 1 entry was edited on both devices: both versions are kept.',
    );
  });
});
