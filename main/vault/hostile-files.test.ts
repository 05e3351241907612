/**
 * What someone else may leave at the paths Interlude reads (a synced folder is writable by every
 * device and every program there): FIFOs, devices, links out of the folder, folders, huge files.
 * Nothing may hang, nothing outside the folder may be read or deleted, and each problem is a
 * plain message or safely ignored.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findConflictCandidates } from '../sync/conflict-scan.ts';
import { localDayStamp } from './backups.ts';
import { RevisionStore } from './revision-store.ts';
import { errorCodeOf, makeTempDir, PASSPHRASE, testVault } from './test-helpers.ts';

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
/** A sparse file: huge by its size, nothing on disk. */
async function hugeFile(at: string): Promise<void> {
  await writeFile(at, '');
  await truncate(at, 600 * 1024 * 1024);
}
const dailyId = (day: number) => `journal.daily.2026-01-${String(day).padStart(2, '0')}.interlude`;

describe('the journal path holds something other than a journal', () => {
  it('refuses a FIFO, /dev/zero and a huge file without reading them', async () => {
    fifo(file);
    expect(await errorCodeOf(vaultNow().unlock(PASSPHRASE))).toBe('IO_ERROR');
    await import('node:fs/promises').then((fs) => fs.rm(file));
    await symlink('/dev/zero', file);
    await expect(vaultNow().unlock(PASSPHRASE)).rejects.toThrow(/device, pipe or socket/);
    await import('node:fs/promises').then((fs) => fs.rm(file));
    await hugeFile(file);
    await expect(vaultNow().unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });
});

describe('the backups folder', () => {
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
      message: expect.stringMatching(/600 MB, larger than a backup can be/),
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
