/**
 * The core and another device sharing one journal file through a synced folder: a version that
 * arrives while the journal is unlocked is merged without a restart, and the conflict copies a
 * sync client left beside it are merged at unlock and moved into backups/.
 */
import { copyFile, mkdir, readdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiArgs, type ApiArg, type ApiMethod, type ApiResults } from '../../shared/api.ts';
import { JournalService } from '../journal/journal-service.ts';
import { bodiesOnDisk } from '../sync/test-journal.ts';
import { makeTempDir, PASSPHRASE, testVault } from '../vault/test-helpers.ts';
import { TEST_SCRYPT_PARAMS } from '../vault/test-kdf.ts';
import { type Core, createCore } from './create-core.ts';
import { dispatch } from './dispatch.ts';
import { callCore } from './testing/call-core.ts';

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

const call = <K extends ApiMethod>(method: K, arg?: ApiArg<K>) => callCore(core, method, arg);

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
    expect(await bodiesOnDisk(journalPath)).toEqual([
      'and later here',
      'written here',
      'written on the laptop',
    ]);
  });
});

/**
 * Another device's version, made in a folder of its own and then renamed in beside the journal
 * under `name`, as a sync client drops a conflict copy (all at once, so the watcher sees it whole).
 */
async function dropCopyBeside(name: string, change: (journal: JournalService) => Promise<unknown>) {
  const laptop = path.join(dir, 'laptop');
  await mkdir(laptop, { recursive: true });
  const made = path.join(laptop, 'journal.interlude');
  await copyFile(journalPath, made);
  await changeOnAnotherDevice(made, change);
  const copy = path.join(dir, name);
  await rename(made, copy);
  return copy;
}

const SYNCTHING_COPY = 'journal.sync-conflict-20261201-101500-ABCDEF7.interlude';
const DROPBOX_COPY = "journal (Laptop's conflicted copy 2026-12-01).interlude";
const LAPTOP_PASSPHRASE = 'the laptop has a new passphrase';

describe('a conflict copy appearing beside the journal while it is unlocked', () => {
  it.each([
    ['Syncthing', SYNCTHING_COPY],
    ['Dropbox', DROPBOX_COPY],
  ])(
    '%s: is merged within a moment, moved into backups/, and the screens are told',
    {
      timeout: 20_000,
    },
    async (_client, name) => {
      await call('createVault', { passphrase: PASSPHRASE });
      await call('createEntry', entry('written here'));
      const before = changes;
      await dropCopyBeside(name, (other) => other.createEntry(entry('written on the laptop')));

      await vi.waitFor(async () => expect(await bodies()).toContain('written on the laptop'), {
        timeout: 10_000,
        interval: 50,
      });
      expect(await bodies()).toEqual(['written here', 'written on the laptop']);
      await vi.waitFor(async () => expect(await readdir(dir)).not.toContain(name), {
        timeout: 5_000,
        interval: 50,
      });
      expect((await call('listBackups')).filter((backup) => backup.kind === 'conflict')).toHaveLength(1);
      const status = await call('vaultStatus');
      expect(status.syncNotice).toBe('Merged changes from another device: 1 entry.');
      expect(status.copiesWaiting).toBe(false);
      expect(changes).toBeGreaterThan(before);

      // It is in the journal file itself, not only on screen.
      await core.lock('user');
      expect(await bodiesOnDisk(journalPath)).toEqual(['written here', 'written on the laptop']);
    },
  );

  it('leaves a copy locked with another passphrase where it is, and says why', {
    timeout: 20_000,
  }, async () => {
    await call('createVault', { passphrase: PASSPHRASE });
    const before = changes;
    await dropCopyBeside(DROPBOX_COPY, async (other) => {
      await other.createEntry(entry('written on the laptop after its change'));
      await other.lock();
      await testVault(path.join(dir, 'laptop', 'journal.interlude')).changePassphrase(
        PASSPHRASE,
        LAPTOP_PASSPHRASE,
      );
    });

    await vi.waitFor(async () => expect((await call('vaultStatus')).copiesWaiting).toBe(true), {
      timeout: 10_000,
      interval: 50,
    });
    const { syncNotice } = await call('vaultStatus');
    expect(syncNotice).toContain(DROPBOX_COPY);
    expect(syncNotice).toMatch(/different passphrase/);
    expect(changes).toBeGreaterThan(before);
    expect(await readdir(dir)).toContain(DROPBOX_COPY);
    expect(await bodies()).toEqual([]);

    // The notice asks for the laptop's passphrase once; then the copy comes in.
    const right = await call('mergeWaitingCopies', { passphrase: LAPTOP_PASSPHRASE });
    expect(right.syncNotice).toBe('Merged changes from another device: 1 entry.');
    expect(await bodies()).toEqual(['written on the laptop after its change']);
    expect(await readdir(dir)).not.toContain(DROPBOX_COPY);
  });

  it('keeps the copy this session saves beside a journal locked with a new passphrase, until it is merged', {
    timeout: 20_000,
  }, async () => {
    await call('createVault', { passphrase: PASSPHRASE });
    await call('createEntry', entry('written before the laptop changed the passphrase'));
    // The laptop changes the passphrase; its file replaces ours while the journal is open here.
    const laptop = path.join(dir, 'laptop');
    await mkdir(laptop);
    const laptopFile = path.join(laptop, 'journal.interlude');
    await copyFile(journalPath, laptopFile);
    await testVault(laptopFile).changePassphrase(PASSPHRASE, LAPTOP_PASSPHRASE);
    await rename(laptopFile, journalPath);
    await vi.waitFor(
      async () => expect((await call('vaultStatus')).syncNotice).toMatch(/different passphrase/),
      {
        timeout: 10_000,
        interval: 50,
      },
    );

    // Saved beside it (the laptop's file is not overwritten); the watcher sees that copy appear.
    const saved = await dispatch(core.handlers, 'createEntry', entry('written here after the change'));
    expect(saved.ok || saved.error.code).toBe('KEY_CHANGED_ELSEWHERE');
    const ours = (await readdir(dir)).find((name) => name.startsWith('journal.conflict-'));
    expect(ours).toBeDefined();
    await vi.waitFor(async () => expect((await call('vaultStatus')).syncNotice).toContain(ours), {
      timeout: 10_000,
      interval: 50,
    });
    expect(await readdir(dir)).toContain(ours);

    // Unlocked with the laptop's passphrase, this device's copy asks for the old one, and comes in.
    await core.lock('user');
    await call('unlock', { passphrase: LAPTOP_PASSPHRASE });
    expect((await call('vaultStatus')).copiesWaiting).toBe(true);
    await call('mergeWaitingCopies', { passphrase: PASSPHRASE });
    expect(await bodies()).toEqual([
      'written before the laptop changed the passphrase',
      'written here after the change',
    ]);
    expect(await readdir(dir)).not.toContain(ours);
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

describe('a sync conflict that puts a version with fewer saves under the journal’s name', () => {
  it('is no rollback: the newer version beside it is merged, without the "older than" warning, now or later', {
    timeout: 20_000,
  }, async () => {
    await call('createVault', { passphrase: PASSPHRASE });
    await call('createEntry', entry('written before the laptop left'));
    // The laptop takes a copy and writes once, offline.
    const laptop = path.join(dir, 'laptop.interlude');
    await copyFile(journalPath, laptop);
    await changeOnAnotherDevice(laptop, (other) => other.createEntry(entry('one entry on the laptop')));
    // Here, many saves meanwhile: this device has seen a much higher revision than the laptop's.
    for (const words of ['here one', 'here two', 'here three', 'here four'])
      await call('createEntry', entry(words));
    await core.lock('user');
    // Syncthing keeps the laptop's version under the name and this one beside it.
    await rename(journalPath, path.join(dir, 'journal.sync-conflict-20261201-101500-ABCDEF7.interlude'));
    await rename(laptop, journalPath);

    const { syncNotice } = await call('unlock', { passphrase: PASSPHRASE });
    expect(syncNotice).toMatch(/Merged changes from another device/);
    expect(await bodies()).toEqual([
      'here four',
      'here one',
      'here three',
      'here two',
      'one entry on the laptop',
      'written before the laptop left',
    ]);
    await core.lock('user');
    // Opened again, it is the newest this device has seen: no warning.
    await call('unlock', { passphrase: PASSPHRASE });
    expect(await bodies()).toHaveLength(6);
  });

  it('still warns when nothing beside the file is as new as what this device saw', {
    timeout: 20_000,
  }, async () => {
    await call('createVault', { passphrase: PASSPHRASE });
    const older = path.join(dir, 'older.interlude');
    await copyFile(journalPath, older);
    await call('createEntry', entry('written after the copy'));
    await core.lock('user');
    // An old version comes back under the name, and an old copy lies beside it: a rollback.
    await copyFile(older, path.join(dir, 'journal (conflicted copy 2026-12-01 101500).interlude'));
    await rename(older, journalPath);
    const result = await dispatch(core.handlers, 'unlock', { passphrase: PASSPHRASE });
    expect(result.ok ? 'opened' : result.error.code).toBe('OLDER_THAN_SEEN');
  });
});
