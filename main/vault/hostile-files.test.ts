/**
 * What someone else may leave at the paths Interlude reads (a synced folder is writable by every
 * device and every program there): FIFOs, devices, links out of the folder, folders, huge files.
 * Nothing may hang, nothing outside the folder may be read or deleted, and each problem is a
 * plain message or safely ignored.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmod,
  chown,
  mkdir,
  readdir,
  readFile,
  stat,
  symlink,
  rm,
  truncate,
  utimes,
  writeFile,
} from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeCopiesBesideJournal } from '../sync/copies-beside-journal.ts';
import { findConflictCandidates } from '../sync/conflict-scan.ts';
import { localDayStamp } from './backups.ts';
import { RevisionStore } from './revision-store.ts';
import { asNobody, errorCodeOf, makeTempDir, PASSPHRASE, RUNS_AS_ROOT, testVault } from './test-helpers.ts';
import { acquireWriterLock } from './writer-lock.ts';

let dir: string;
let outside: string;
let cleanup: () => Promise<void>;
let cleanupOutside: () => Promise<void>;
let file: string;
let backupDir: string;
const clock = new Date(2026, 2, 2, 9, 30);

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
  ({ dir: outside, cleanup: cleanupOutside } = await makeTempDir());
  file = path.join(dir, 'journal.interlude');
  backupDir = path.join(dir, 'backups');
});
afterEach(async () => {
  await cleanup();
  await cleanupOutside();
});

const vaultNow = () => testVault(file, { now: () => clock });
const fifo = (at: string) => execFileSync('mkfifo', [at]);
/** Beyond any journal that could open (1.5 GiB). */
const HUGE = 2 * 1024 * 1024 * 1024;
/** A sparse file: huge by its size, nothing on disk. */
async function hugeFile(at: string): Promise<void> {
  await writeFile(at, '');
  await truncate(at, HUGE);
}
const dailyId = (day: number) => `journal.daily.2026-01-${String(day).padStart(2, '0')}.interlude`;

describe('the journal path holds something other than a journal', () => {
  it('refuses a FIFO, /dev/zero and a huge file without reading them', async () => {
    fifo(file);
    expect(await errorCodeOf(vaultNow().unlock(PASSPHRASE))).toBe('IO_ERROR');
    await rm(file);
    await symlink('/dev/zero', file);
    await expect(vaultNow().unlock(PASSPHRASE)).rejects.toThrow(/device, pipe or socket/);
    await rm(file);
    await hugeFile(file);
    await expect(vaultNow().unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });
});

describe('restoring over something other than a journal', () => {
  it('a folder or a huge file at the journal path is kept, and the message says what to do', async () => {
    await vaultNow().create(PASSPHRASE, { n: 1 });
    await vaultNow().unlock(PASSPHRASE);
    const [backup] = await vaultNow().listBackups();
    await rm(file);
    await hugeFile(file);
    await expect(vaultNow().restoreBackup(backup!.id)).rejects.toThrow(
      /larger than a journal file can be .* Nothing was restored: move it elsewhere/,
    );
    expect((await stat(file)).size).toBe(HUGE);
    await rm(file);
    await mkdir(file);
    await expect(vaultNow().restoreBackup(backup!.id)).rejects.toThrow(/is a folder.*Nothing was restored/);
    expect((await stat(file)).isDirectory()).toBe(true);
  });
});

describe('the backups folder', () => {
  it('a file in its place is kept, and the user is told to move it', async () => {
    await vaultNow().create(PASSPHRASE, { n: 1 });
    await writeFile(backupDir, 'my notes, saved under an unlucky name');
    const vault = vaultNow();
    await vault.unlock(PASSPHRASE);
    expect(vault.backupProblem()).toMatch(/backups is a file, not the backups folder. Move it elsewhere/);
    await expect(vaultNow().listBackups()).rejects.toThrow(/is a file, not the backups folder/);
    expect(await readFile(backupDir, 'utf8')).toBe('my notes, saved under an unlucky name');
  });

  it('an unlock that prunes is not stopped by a FIFO, or a link to one, named as a backup', async () => {
    await vaultNow().create(PASSPHRASE, { n: 1 });
    await mkdir(backupDir, { recursive: true });
    const journal = await readFile(file);
    for (let day = 1; day <= 8; day++) await writeFile(path.join(backupDir, dailyId(day)), journal);
    fifo(path.join(backupDir, dailyId(20)));
    fifo(path.join(outside, 'pipe'));
    await symlink(path.join(outside, 'pipe'), path.join(backupDir, dailyId(21)));

    await vaultNow().unlock(PASSPHRASE);
    const daily = (await vaultNow().listBackups()).filter((backup) => backup.kind === 'daily');
    expect(daily).toHaveLength(7);
    expect(daily.some((backup) => backup.id.includes(localDayStamp(clock)))).toBe(true);
  });

  it('never lists, reads, restores or deletes through a link out of the folder', async () => {
    await vaultNow().create(PASSPHRASE, { n: 1 });
    await mkdir(backupDir, { recursive: true });
    // A journal of the user's own kept elsewhere, which a link in the backups folder points at.
    const elsewhere = path.join(outside, 'my-copy.interlude');
    await writeFile(elsewhere, await readFile(file));
    await symlink(elsewhere, path.join(backupDir, dailyId(1)));
    const journal = await readFile(file);
    for (let day = 2; day <= 9; day++) await writeFile(path.join(backupDir, dailyId(day)), journal);

    expect((await vaultNow().listBackups()).map((backup) => backup.id)).not.toContain(dailyId(1));
    expect(await errorCodeOf(vaultNow().restoreBackup(dailyId(1)))).toBe('NOT_FOUND');
    expect(await errorCodeOf(vaultNow().verifyBackup(dailyId(1), PASSPHRASE))).toBe('NOT_FOUND');
    await vaultNow().unlock(PASSPHRASE);
    await vaultNow().changePassphrase(PASSPHRASE, 'a new and different passphrase');
    expect((await readFile(elsewhere)).equals(journal)).toBe(true);
    expect(await readdir(backupDir)).toContain(dailyId(1));
  });

  it('refuses a huge backup by its size, and a rotation goes on past it', async () => {
    await vaultNow().create(PASSPHRASE, { n: 1 });
    await mkdir(backupDir, { recursive: true });
    await hugeFile(path.join(backupDir, dailyId(1)));

    await expect(vaultNow().verifyBackup(dailyId(1), PASSPHRASE)).rejects.toMatchObject({
      code: 'TOO_LARGE',
      message: expect.stringMatching(/2048 MB, larger than a backup can be \(at most 1536 MB\)/),
    });
    expect(await errorCodeOf(vaultNow().restoreBackup(dailyId(1)))).toBe('TOO_LARGE');
    const vault = vaultNow();
    await vault.unlock(PASSPHRASE);
    const result = await vault.changePassphrase(PASSPHRASE, 'a new and different passphrase');
    expect(result.backups).toEqual({ reencrypted: 3, left: 1 });
    expect(vault.backupProblem()).toMatch(/1 backup in .* could not be re-encrypted/);
  });
});

describe('copies beside the journal', () => {
  it('a link under a conflict name is not a candidate: nothing outside the folder is read or moved', async () => {
    await vaultNow().create(PASSPHRASE, { n: 1 });
    const elsewhere = path.join(outside, 'their-copy.interlude');
    await writeFile(elsewhere, await readFile(file));
    await symlink(elsewhere, path.join(dir, 'journal.sync-conflict-20261201-101500-ABCDEF7.interlude'));
    fifo(path.join(dir, 'journal.sync-conflict-20261201-101501-ABCDEF7.interlude'));
    await writeFile(path.join(dir, "journal (Laptop's conflicted copy 2026-12-01).interlude"), 'x');
    const names = (await findConflictCandidates(file)).map((candidate) => candidate.name);
    expect(names).toEqual(["journal (Laptop's conflicted copy 2026-12-01).interlude"]);
  });
});

describe('the revision record', () => {
  it('a FIFO or /dev/zero in its place remembers nothing and does not hang', async () => {
    const record = path.join(dir, 'vault-revisions.json');
    fifo(record);
    expect(await new RevisionStore(record).seen(Buffer.alloc(16))).toBeNull();
    const linked = path.join(dir, 'linked-revisions.json');
    await symlink('/dev/zero', linked);
    expect(await new RevisionStore(linked).seen(Buffer.alloc(16))).toBeNull();
  });
});

describe('the writer lock', () => {
  it('a file, or a link to a folder outside, in its place is reported and never removed', async () => {
    const lockPath = path.join(dir, 'locks', 'journal.lock');
    await mkdir(path.dirname(lockPath));
    const longAgo = new Date(Date.now() - 60_000);
    await writeFile(lockPath, 'not a lock');
    await utimes(lockPath, longAgo, longAgo);
    await expect(acquireWriterLock({ lockPath })).rejects.toThrow(/could not take the journal's writer lock/);
    expect(await readFile(lockPath, 'utf8')).toBe('not a lock');

    await rm(lockPath);
    const folderOutside = path.join(outside, 'keep-me');
    await mkdir(folderOutside);
    await utimes(folderOutside, longAgo, longAgo);
    await symlink(folderOutside, lockPath);
    await expect(acquireWriterLock({ lockPath })).rejects.toMatchObject({ code: 'IO_ERROR' });
    expect((await stat(folderOutside)).isDirectory()).toBe(true);
  });
});

describe('odd names and many files', () => {
  it('a journal whose name has spaces, quotes, brackets, a newline and emoji keeps, lists and restores its backups', async () => {
    file = path.join(dir, 'my "journal" (2) [x]\n\u2728.interlude');
    const vault = () => testVault(file, { now: () => clock });
    await vault().create(PASSPHRASE, { n: 1 });
    await vault().unlock(PASSPHRASE);
    const [backup] = await vault().listBackups();
    expect(backup?.id.startsWith(path.basename(file, '.interlude'))).toBe(true);
    await vault().restoreBackup(backup!.id);
    expect((await vault().unlock(PASSPHRASE)).document).toEqual({ n: 1 });
    expect(await errorCodeOf(vault().restoreBackup(`../${backup!.id}`))).toBe('NOT_FOUND');
  });

  it('thousands of junk files under backup and conflict names do not stop an unlock; only backups are pruned', async () => {
    await vaultNow().create(PASSPHRASE, { n: 1 });
    await mkdir(backupDir);
    for (let index = 0; index < 3000; index++) {
      const day = `${1000 + Math.floor(index / 365)}-01-${String((index % 28) + 1).padStart(2, '0')}-${index}`;
      await writeFile(path.join(backupDir, `journal.daily.${day}.interlude`), randomBytes(64));
      await writeFile(path.join(backupDir, `notes-${index}.txt`), 'mine');
    }
    for (let index = 0; index < 2000; index++) {
      const time = String(100000 + index);
      await writeFile(
        path.join(dir, `journal.sync-conflict-20261201-${time}-ABCDEF7.interlude`),
        randomBytes(64),
      );
    }
    const vault = vaultNow();
    await vault.unlock(PASSPHRASE);
    const names = await readdir(backupDir);
    expect(names.filter((name) => name.startsWith('notes-'))).toHaveLength(3000);
    expect(names.filter((name) => name.includes('.daily.'))).toHaveLength(7);
    expect((await readdir(dir)).filter((name) => name.includes('sync-conflict'))).toHaveLength(2000);
    const merged = await mergeCopiesBesideJournal(vault, {
      mergeCopy: () => Promise.reject(new Error('junk is never merged')),
    });
    expect(merged.waitingCount).toBe(2000);
    // One short notice, not two thousand sentences.
    expect(merged.notice!.length).toBeLessThan(1500);
    expect(merged.notice).toMatch(/1997 more files named like copies of this journal were not merged either/);
    expect((await readdir(dir)).filter((name) => name.includes('sync-conflict'))).toHaveLength(2000);
  });
});

describe('a backup this user may not read', () => {
  // Root reads every file whatever its mode: the unreadable case needs another user's ids.
  it.skipIf(!RUNS_AS_ROOT)(
    'is listed, refused with a plain message, and left by a passphrase change',
    async () => {
      await vaultNow().create(PASSPHRASE, { n: 1 });
      await vaultNow().unlock(PASSPHRASE);
      const id = (await vaultNow().listBackups()).find((backup) => backup.kind === 'daily')!.id;
      for (const folder of [dir, outside, backupDir]) await chmod(folder, 0o777);
      const before = await readFile(path.join(backupDir, id));
      await chmod(path.join(backupDir, id), 0o000);
      for (const name of await readdir(backupDir)) {
        if (name !== id) await chown(path.join(backupDir, name), 65534, 65534);
      }
      await chown(file, 65534, 65534);
      await asNobody(async () => {
        await expect(vaultNow().verifyBackup(id, PASSPHRASE)).rejects.toThrow(
          /not allowed to read the backup at .*Check the permissions/,
        );
        const vault = vaultNow();
        await vault.unlock(PASSPHRASE);
        expect(
          (await vault.changePassphrase(PASSPHRASE, 'a new and different passphrase')).backups.left,
        ).toBe(1);
      });
      expect((await readFile(path.join(backupDir, id))).equals(before)).toBe(true);
    },
  );
});

describe('empty, cut short, random or of another journal', () => {
  const copyName = 'journal.sync-conflict-20261201-101500-ABCDEF7.interlude';

  it('a conflict copy like that waits with a reason and is never moved or merged', async () => {
    const other = path.join(outside, 'journal.interlude');
    await testVault(other).create(PASSPHRASE, { theirs: true });
    await vaultNow().create(PASSPHRASE, { n: 1 });
    const ours = await readFile(file);
    const cases: [string, Buffer][] = [
      ['empty', Buffer.alloc(0)],
      ['cut short', ours.subarray(0, ours.length - 5)],
      ['random', randomBytes(4096)],
      ['another journal', await readFile(other)],
    ];
    for (const [what, bytes] of cases) {
      await writeFile(path.join(dir, copyName), bytes);
      const vault = vaultNow();
      await vault.unlock(PASSPHRASE);
      const merged = await mergeCopiesBesideJournal(vault, {
        mergeCopy: () => Promise.reject(new Error(`${what} must not be merged`)),
      });
      expect(merged.setAside, what).toEqual([]);
      if (what !== 'another journal')
        expect(merged.notice, what).toMatch(/could not be read, so it was not merged/);
      expect((await readFile(path.join(dir, copyName))).equals(bytes), what).toBe(true);
    }
  });

  it('a backup like that is refused by verify and restore, and the journal stays', async () => {
    await vaultNow().create(PASSPHRASE, { n: 1 });
    await mkdir(backupDir);
    const ours = await readFile(file);
    const cases: [string, Buffer][] = [
      ['empty', Buffer.alloc(0)],
      ['cut short', ours.subarray(0, 200)],
      ['random', randomBytes(4096)],
    ];
    for (const [what, bytes] of cases) {
      await writeFile(path.join(backupDir, dailyId(1)), bytes);
      expect(await errorCodeOf(vaultNow().verifyBackup(dailyId(1), PASSPHRASE)), what).toBe('VAULT_DAMAGED');
      expect(await errorCodeOf(vaultNow().restoreBackup(dailyId(1))), what).toBe('VAULT_DAMAGED');
      expect((await readFile(file)).equals(ours), what).toBe(true);
    }
  });

  it('a revision record like that remembers nothing, and the next unlock writes it again', async () => {
    const record = path.join(dir, 'vault-revisions.json');
    const vault = () => testVault(file, { revisionFile: record, now: () => clock });
    await vault().create(PASSPHRASE, { n: 1 });
    for (const bytes of [Buffer.alloc(0), Buffer.from('{"version":1,"vaults":{'), randomBytes(300)]) {
      await writeFile(record, bytes);
      expect((await vault().unlock(PASSPHRASE)).olderThanSeen).toBeNull();
      expect(JSON.parse(await readFile(record, 'utf8')).version).toBe(1);
    }
  });
});
