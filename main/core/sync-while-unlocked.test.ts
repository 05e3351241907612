/**
 * The core and another device sharing one journal file through a synced folder: a version that
 * arrives while the journal is unlocked is merged without a restart, and the conflict copies a
 * sync client left beside it are merged at unlock and moved into backups/.
 */
import { copyFile, readdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiArgs, type ApiArg, type ApiMethod, type ApiResults } from '../../shared/api.ts';
import { JournalService } from '../journal/journal-service.ts';
import { makeTempDir, PASSPHRASE, testVault } from '../vault/test-helpers.ts';
import { TEST_SCRYPT_PARAMS } from '../vault/test-kdf.ts';
import { type Core, createCore } from './create-core.ts';
import { dispatch } from './dispatch.ts';

let dir: string;
let cleanup: () => Promise<void>;
let journalPath: string;
let core: Core;
let changes: number;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
  journalPath = path.join(dir, 'journal.interlude');
  changes = 0;
  core = createCore({
    vaultPath: journalPath,
    appVersion: 'test',
    kdfParams: TEST_SCRYPT_PARAMS,
    deviceDataDir: path.join(dir, 'device'),
    syncWatch: { debounceMs: 50, pollMs: 100 },
    platform: {
      chooseExportPath: async () => null,
      printPdf: async (html) => Buffer.from(html),
      notifyLocked: () => {},
      notifyJournalChanged: () => {
        changes++;
      },
    },
  });
});

afterEach(async () => {
  await core.lock('user');
  await cleanup();
});

async function call<K extends ApiMethod>(method: K, arg?: ApiArg<K>): Promise<ApiResults[K]> {
  const result = await dispatch(core.handlers, method, arg);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

const entry = (body: string) => apiArgs.createEntry.parse({ day: '2026-12-01', body, mood: 3 });

async function bodies(): Promise<string[]> {
  const page = await call('listEntries');
  return page.items.map((item) => item.excerpt).sort();
}

/** Another device: its own copy of the file, changed there, as a sync client would bring it. */
async function changeOnAnotherDevice(file: string, change: (journal: JournalService) => Promise<unknown>) {
  const other = new JournalService({ vault: testVault(file) });
  await other.unlock(PASSPHRASE);
  await change(other);
  await other.lock();
}

describe('another device’s version arriving while the journal is unlocked', () => {
  it('is merged within a moment, and the screens are told to read again', { timeout: 20_000 }, async () => {
    await call('createVault', { passphrase: PASSPHRASE });
    await call('createEntry', entry('written here'));
    const download = path.join(dir, '.syncthing.journal.interlude.tmp');
    await copyFile(journalPath, download);
    await changeOnAnotherDevice(download, (other) => other.createEntry(entry('written on the laptop')));
    const before = changes;
    // Sync clients write the new version beside the file and rename it over.
    await rename(download, journalPath);

    await vi.waitFor(async () => expect(await bodies()).toContain('written on the laptop'), {
      timeout: 10_000,
      interval: 50,
    });
    expect(await bodies()).toEqual(['written here', 'written on the laptop']);
    expect(changes).toBeGreaterThan(before);
    expect((await call('vaultStatus')).syncNotice).toBe('Merged changes from another device: 1 entry.');

    // The next save keeps both, in the file itself.
    await call('createEntry', entry('and later here'));
    await core.lock('user');
    const reopened = new JournalService({ vault: testVault(journalPath) });
    await reopened.unlock(PASSPHRASE);
    expect(
      reopened
        .allEntries({})
        .map((e) => e.body)
        .sort(),
    ).toEqual(['and later here', 'written here', 'written on the laptop']);
    await reopened.lock();
  });
});

describe('conflict copies beside the journal at unlock', () => {
  it('merges them, moves them into backups/ and says what came in', { timeout: 20_000 }, async () => {
    await call('createVault', { passphrase: PASSPHRASE });
    await call('createEntry', entry('written here'));
    await core.lock('user');
    const syncthing = path.join(dir, 'journal.sync-conflict-20261201-101500-ABCDEF7.interlude');
    await copyFile(journalPath, syncthing);
    await changeOnAnotherDevice(syncthing, async (other) => {
      await other.createEntry(entry('from the desktop'));
      await other.createEntry(entry('also from the desktop'));
    });

    const { syncNotice } = await call('unlock', { passphrase: PASSPHRASE });
    expect(syncNotice).toBe('Merged changes from another device: 2 entries.');
    expect((await call('vaultStatus')).syncNotice).toBe(syncNotice);
    expect(await bodies()).toEqual(['also from the desktop', 'from the desktop', 'written here']);
    expect(await readdir(dir)).not.toContain(path.basename(syncthing));
    expect((await call('listBackups')).filter((backup) => backup.kind === 'conflict')).toHaveLength(1);
  });

  it('leaves a copy locked with another passphrase where it is, and says why', {
    timeout: 20_000,
  }, async () => {
    await call('createVault', { passphrase: PASSPHRASE });
    await core.lock('user');
    const dropbox = path.join(dir, "journal (Laptop's conflicted copy 2026-12-01).interlude");
    await copyFile(journalPath, dropbox);
    const other = new JournalService({ vault: testVault(dropbox) });
    await other.unlock(PASSPHRASE);
    await other.createEntry(entry('written on the laptop after its change'));
    await other.lock();
    await testVault(dropbox).changePassphrase(PASSPHRASE, 'the laptop has a new passphrase');

    const { syncNotice } = await call('unlock', { passphrase: PASSPHRASE });
    expect(syncNotice).toContain("journal (Laptop's conflicted copy 2026-12-01).interlude");
    expect(syncNotice).toMatch(/different passphrase/);
    expect((await call('vaultStatus')).copiesWaiting).toBe(true);
    expect(await readdir(dir)).toContain(path.basename(dropbox));

    // Asked once for the laptop's passphrase: a wrong one changes nothing, the right one merges.
    const wrong = await call('mergeWaitingCopies', { passphrase: 'not the laptop passphrase' });
    expect(wrong.syncNotice).toMatch(/does not open/);
    expect(await readdir(dir)).toContain(path.basename(dropbox));
    const right = await call('mergeWaitingCopies', { passphrase: 'the laptop has a new passphrase' });
    expect(right.syncNotice).toBe('Merged changes from another device: 1 entry.');
    expect(await bodies()).toEqual(['written on the laptop after its change']);
    expect(await readdir(dir)).not.toContain(path.basename(dropbox));
    expect((await call('vaultStatus')).copiesWaiting).toBe(false);
    // Our own passphrase still opens the journal.
    await core.lock('user');
    await call('unlock', { passphrase: PASSPHRASE });
    expect(await bodies()).toEqual(['written on the laptop after its change']);
  });
});
