/**
 * Another device changed the passphrase: its file is sealed under a data key this session does
 * not hold. What this device does with it when it arrives over the journal while the journal is
 * open here (docs/sync.md, "Passphrase changes"): it never merges it or writes over it, saves
 * beside it instead, and once unlocked with the new passphrase brings in what it saved beside.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JournalService } from '../journal/journal-service.ts';
import { errorCodeOf } from '../vault/test-helpers.ts';
import { TEST_SCRYPT_PARAMS } from '../vault/test-kdf.ts';
import { Vault } from '../vault/vault.ts';
import { mergeCopiesBesideJournal } from './copies-beside-journal.ts';
import { bodiesOnDisk, entryInput, PASSPHRASE } from './test-journal.ts';

const NEW_PASSPHRASE = 'the passphrase changed on the laptop';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'interlude-passwd-sync-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function deviceAt(folder: string) {
  const vault = new Vault({ path: path.join(folder, 'journal.interlude'), kdfParams: TEST_SCRYPT_PARAMS });
  return { vault, journal: new JournalService({ vault }) };
}

/**
 * The desktop has the journal open under the first passphrase; the laptop changes the passphrase
 * and writes, and the sync client renames the laptop's file over the desktop's.
 */
async function laptopChangesThePassphrase() {
  const laptopFolder = path.join(dir, 'laptop');
  const desktopFolder = path.join(dir, 'desktop');
  await mkdir(laptopFolder);
  await mkdir(desktopFolder);
  const laptop = deviceAt(laptopFolder);
  await laptop.journal.create(PASSPHRASE);
  await laptop.journal.createEntry(entryInput('written before the change'));
  await copyFile(laptop.vault.path, path.join(desktopFolder, 'journal.interlude'));
  const desktop = deviceAt(desktopFolder);
  await desktop.journal.unlock(PASSPHRASE);

  await laptop.vault.changePassphrase(PASSPHRASE, NEW_PASSPHRASE);
  await laptop.journal.createEntry(entryInput('written on the laptop after the change'));
  await laptop.journal.lock();
  const download = path.join(desktopFolder, '.journal.interlude.syncing');
  await copyFile(laptop.vault.path, download);
  await rename(download, desktop.vault.path);
  return { desktop, arrived: await readFile(desktop.vault.path) };
}

describe('a journal sealed under a new passphrase arriving while the journal is open here', () => {
  it('is neither merged nor written over; this device saves beside it', async () => {
    const { desktop, arrived } = await laptopChangesThePassphrase();
    // The watcher's "changed": nothing to merge with our keys, and the user is told why.
    expect(await errorCodeOf(desktop.journal.syncFromDisk())).toBe('KEY_CHANGED_ELSEWHERE');
    // The next save goes beside it: the laptop's file (its entries and its passphrase) stays.
    expect(await errorCodeOf(desktop.journal.createEntry(entryInput('written on the desktop')))).toBe(
      'KEY_CHANGED_ELSEWHERE',
    );
    expect(await readFile(desktop.vault.path)).toEqual(arrived);
    await desktop.journal.lock();
  });

  it('keeps this session’s copy beside it when the watcher reports that copy, so nothing saved is lost', async () => {
    const { desktop } = await laptopChangesThePassphrase();
    await desktop.journal.createEntry(entryInput('written on the desktop')).catch(() => {});
    const folder = path.dirname(desktop.vault.path);
    const [ours] = (await readdir(folder)).filter((name) => name.startsWith('journal.conflict-'));
    expect(ours).toBeDefined();

    // The watcher sees the copy appear and merges the copies beside the journal: this one holds
    // what the journal file lacks, so it must stay where it is.
    const merged = await mergeCopiesBesideJournal(desktop.vault, desktop.journal);
    expect(merged.setAside).toEqual([]);
    expect(await readdir(folder)).toContain(ours);

    // Unlocked with the new passphrase, the copy asks for the old one and comes in.
    await desktop.journal.lock();
    expect(await errorCodeOf(desktop.journal.unlock(PASSPHRASE))).toBe('WRONG_PASSPHRASE');
    await desktop.journal.unlock(NEW_PASSPHRASE);
    const atUnlock = await mergeCopiesBesideJournal(desktop.vault, desktop.journal);
    expect(atUnlock.waitingCount).toBe(1);
    const withOld = await mergeCopiesBesideJournal(desktop.vault, desktop.journal, PASSPHRASE);
    expect(withOld.setAside).toEqual([ours]);
    await desktop.journal.lock();
    // The journal keeps the laptop's new passphrase, and holds every entry.
    expect(await bodiesOnDisk(desktop.vault.path, NEW_PASSPHRASE)).toEqual([
      'written before the change',
      'written on the desktop',
      'written on the laptop after the change',
    ]);
  });

  it('when the sync client keeps a version saved under the old passphrase, that passphrase stays, and nothing is lost', async () => {
    // The laptop changes the passphrase while the desktop, not yet told, saves under the old one.
    const laptopFolder = path.join(dir, 'laptop');
    const desktopFolder = path.join(dir, 'desktop');
    await mkdir(laptopFolder);
    await mkdir(desktopFolder);
    const laptop = deviceAt(laptopFolder);
    await laptop.journal.create(PASSPHRASE);
    await copyFile(laptop.vault.path, path.join(desktopFolder, 'journal.interlude'));
    await laptop.vault.changePassphrase(PASSPHRASE, NEW_PASSPHRASE);
    await laptop.journal.createEntry(entryInput('written on the laptop after the change'));
    const desktop = deviceAt(desktopFolder);
    await desktop.journal.unlock(PASSPHRASE);
    await desktop.journal.createEntry(entryInput('written on the desktop, under the old passphrase'));
    await desktop.journal.lock();
    // The two versions conflict. The sync client keeps the desktop's (modified last) under the
    // journal's name on the laptop, and renames the laptop's own version aside, as Syncthing does.
    const aside = path.join(laptopFolder, 'journal.sync-conflict-20261201-101500-ABCDEF7.interlude');
    await rename(laptop.vault.path, aside);
    await copyFile(desktop.vault.path, laptop.vault.path);

    // The laptop cannot merge the file; it asks to be unlocked with the passphrase it now has,
    // the old one, and then for its own passphrase to merge its version.
    expect(await errorCodeOf(laptop.journal.syncFromDisk())).toBe('KEY_CHANGED_ELSEWHERE');
    await laptop.journal.lock();
    await laptop.journal.unlock(PASSPHRASE);
    expect((await mergeCopiesBesideJournal(laptop.vault, laptop.journal)).waitingCount).toBe(1);
    await mergeCopiesBesideJournal(laptop.vault, laptop.journal, NEW_PASSPHRASE);
    await laptop.journal.lock();
    expect(await readdir(laptopFolder)).not.toContain(path.basename(aside));
    // Everything is there, under the old passphrase: the change must be made again (docs/sync.md).
    expect(await bodiesOnDisk(laptop.vault.path, PASSPHRASE)).toEqual([
      'written on the desktop, under the old passphrase',
      'written on the laptop after the change',
    ]);
  });
});
