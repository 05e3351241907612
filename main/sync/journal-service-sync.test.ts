import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_SCRYPT_PARAMS } from '../vault/test-kdf.ts';
import { Vault } from '../vault/vault.ts';
import { watchJournal } from './journal-watcher.ts';
import { decodeVersion } from './record-version.ts';
import { bodiesOnDisk, entryInput as input, PASSPHRASE, serviceAt } from './test-journal.ts';

let dir: string;
let vaultPath: string;

const openService = () => serviceAt(vaultPath);

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'interlude-sync-'));
  vaultPath = path.join(dir, 'journal.interlude');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the journal service stamps what it changes', () => {
  it('versions an entry on create, edit and trashing, and leaves a tombstone without its text once removed for good', async () => {
    const journal = openService();
    await journal.create(PASSPHRASE);
    const entry = await journal.createEntry(input('a private sentence'));
    const versionOf = () => decodeVersion(journal.snapshot().sync!.entries.versions[entry.id]!);
    const created = versionOf();
    expect(Object.values(created.seen)).toEqual([1]);
    await journal.updateEntry(entry.id, { body: 'a private sentence, edited' });
    expect(versionOf().seen[created.by]).toBe(2);
    // The trash is an edit (the entry can still come back on any device), not a deletion.
    await journal.deleteEntry(entry.id);
    expect(versionOf().seen[created.by]).toBe(3);
    expect(journal.snapshot().sync?.entries.deleted[entry.id]).toBeUndefined();
    await journal.purgeTrash(entry.id);
    const after = journal.snapshot();
    expect(after.sync?.entries.versions[entry.id]).toBeUndefined();
    expect(decodeVersion(after.sync!.entries.deleted[entry.id]!.version).seen[created.by]).toBe(4);
    expect(JSON.stringify(after)).not.toContain('private sentence');
    await journal.lock();
  });

  it('stamps the settings fields that changed, and the contact log', async () => {
    const journal = openService();
    await journal.create(PASSPHRASE);
    await journal.updateSettings({ theme: 'dark' });
    await journal.logContact({ day: '2026-11-30', note: '' });
    const sync = journal.snapshot().sync!;
    expect(Object.keys(sync.settings)).toEqual(['theme']);
    expect(Object.keys(sync.contacts.versions)).toEqual(['2026-11-30']);
    await journal.lock();
  });
});

describe('merging what another device left in the journal file', () => {
  it('takes in entries another writer saved to the file while this journal was open', async () => {
    const laptop = openService();
    await laptop.create(PASSPHRASE);
    await laptop.createEntry(input('written on the laptop'));

    const desktop = openService();
    await desktop.unlock(PASSPHRASE);
    await desktop.createEntry(input('written on the desktop'));
    await desktop.lock();

    const report = await laptop.syncFromDisk();
    expect(report?.entries.added).toBe(1);
    await laptop.createEntry(input('written on the laptop, later'));
    await laptop.lock();

    expect(await bodiesOnDisk(vaultPath)).toEqual([
      'written on the desktop',
      'written on the laptop',
      'written on the laptop, later',
    ]);
  });

  it('finds newly merged entries by search', async () => {
    const laptop = openService();
    await laptop.create(PASSPHRASE);
    expect(laptop.searchAll('lighthouse', 10)).toEqual([]);
    const desktop = openService();
    await desktop.unlock(PASSPHRASE);
    await desktop.createEntry(input('we walked to the lighthouse'));
    await desktop.lock();
    const theirs = await new Vault({ path: vaultPath, kdfParams: TEST_SCRYPT_PARAMS }).unlock(PASSPHRASE);
    await laptop.mergeFromDisk(theirs.document);
    expect(laptop.searchAll('lighthouse', 10)).toHaveLength(1);
    await laptop.lock();
  });

  it('an unlocked journal merges a file another device synced in, within a second or two, without a restart', async () => {
    const laptop = openService();
    await laptop.create(PASSPHRASE);
    await laptop.createEntry(input('written on the laptop'));
    const merged = new Promise<void>((resolve) => {
      const watcher = watchJournal({
        journalPath: vaultPath,
        debounceMs: 100,
        onChanged: () => {
          void laptop.syncFromDisk().then((report) => {
            if (report?.entries.added) {
              watcher.close();
              resolve();
            }
          });
        },
      });
    });
    const desktop = openService();
    await desktop.unlock(PASSPHRASE);
    await desktop.createEntry(input('written on the desktop'));
    await desktop.lock();
    await merged;
    expect(
      laptop
        .snapshot()
        .entries.map((entry) => entry.body)
        .sort(),
    ).toEqual(['written on the desktop', 'written on the laptop']);
    await laptop.lock();
  });
});

describe('the trash and hard dates across devices', () => {
  it('keeps a hard date added on another device, and a trashed entry stays trashed there', async () => {
    const laptop = openService();
    await laptop.create(PASSPHRASE);
    const entry = await laptop.createEntry(input('a day to forget'));
    await laptop.addHardDate({ day: '2026-12-24', label: 'Christmas Eve', yearly: true });

    const desktop = openService();
    await desktop.unlock(PASSPHRASE);
    await desktop.addHardDate({ day: '2027-02-14', label: 'Valentine’s Day', yearly: true });
    await desktop.deleteEntry(entry.id);
    await desktop.lock();

    await laptop.syncFromDisk();
    expect(
      laptop
        .listHardDates()
        .map((hardDate) => hardDate.label)
        .sort(),
    ).toEqual(['Christmas Eve', 'Valentine’s Day']);
    expect(laptop.listTrash().map((trashed) => trashed.entry.id)).toEqual([entry.id]);
    expect(laptop.listEntries({ filter: {}, cursor: null, limit: 50 }).items).toEqual([]);
    await laptop.lock();
  });

  it('an emptied trash reaches the other device as a deletion', async () => {
    const laptop = openService();
    await laptop.create(PASSPHRASE);
    const entry = await laptop.createEntry(input('gone for good'));
    await laptop.deleteEntry(entry.id);
    await laptop.lock();

    const desktop = openService();
    await desktop.unlock(PASSPHRASE);
    expect(desktop.listTrash()).toHaveLength(1);
    await desktop.purgeTrash();
    await desktop.lock();

    await laptop.unlock(PASSPHRASE);
    expect(laptop.listTrash()).toEqual([]);
    expect(laptop.snapshot().sync?.entries.deleted[entry.id]).toBeDefined();
    await laptop.lock();
  });
});
