import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupStore, isoWeekStamp, localDayStamp, monthStamp } from './backups.ts';
import { errorCodeOf, makeTempDir, PASSPHRASE, testVault } from './test-helpers.ts';

let dir: string;
let cleanup: () => Promise<void>;
let file: string;
let backupDir: string;
let clock: Date;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
  file = path.join(dir, 'journal.interlude');
  backupDir = path.join(dir, 'backups');
  clock = new Date(2026, 2, 2, 9, 30); // Monday 2 March 2026, local time
});
afterEach(() => cleanup());

const vaultNow = () => testVault(file, { now: () => clock });
const addDays = (date: Date, days: number) =>
  new Date(date.getFullYear(), date.getMonth(), date.getDate() + days, date.getHours(), date.getMinutes());

describe('daily backups', () => {
  it('copies the encrypted file on the first unlock of each day only', async () => {
    await vaultNow().create(PASSPHRASE, { n: 1 });
    expect(await vaultNow().listBackups()).toEqual([]);

    await vaultNow().unlock(PASSPHRASE);
    const first = await vaultNow().listBackups();
    expect(first.map((backup) => backup.kind).sort()).toEqual(['daily', 'monthly', 'weekly']);
    const onDisk = await readFile(file);
    for (const backup of first) {
      expect((await readFile(path.join(backupDir, backup.id))).equals(onDisk)).toBe(true);
      expect((await stat(path.join(backupDir, backup.id))).mode & 0o777).toBe(0o600);
      expect(backup.sizeBytes).toBe(onDisk.length);
    }

    const vault = vaultNow();
    await vault.unlock(PASSPHRASE);
    await vault.write({ n: 2 });
    await vaultNow().unlock(PASSPHRASE);
    expect(await vaultNow().listBackups()).toHaveLength(3);

    clock = addDays(clock, 1);
    await vaultNow().unlock(PASSPHRASE);
    const second = await vaultNow().listBackups();
    expect(second.filter((backup) => backup.kind === 'daily')).toHaveLength(2);
    expect(second).toHaveLength(4);
    const today = second.find((backup) => backup.id.includes(localDayStamp(clock)))!;
    expect((await vaultNow().verifyBackup(today.id, PASSPHRASE)).document).toEqual({ n: 2 });
  });

  it('does not back up on a read-only open (verify)', async () => {
    await vaultNow().create(PASSPHRASE, { n: 1 });
    await vaultNow().unlock(PASSPHRASE, { readOnly: true });
    expect(await vaultNow().listBackups()).toEqual([]);
  });

  it('keeps 7 daily, 4 weekly and 12 monthly copies, the newest of each', async () => {
    const store = new BackupStore(backupDir, file);
    const bytes = Buffer.from('an encrypted vault file');
    const start = clock;
    let day = start;
    for (let index = 0; index < 420; index++) {
      day = addDays(start, index);
      await store.takeDailyBackups(bytes, day);
    }
    const backups = await store.list();
    const ids = (kind: string) =>
      backups
        .filter((backup) => backup.kind === kind)
        .map((backup) => backup.id)
        .sort();
    const lastDays = Array.from({ length: 7 }, (_, back) => localDayStamp(addDays(day, -6 + back)));
    expect(ids('daily')).toEqual(lastDays.map((stamp) => `journal.daily.${stamp}.interlude`));
    const lastWeeks = [...new Set(Array.from({ length: 28 }, (_, back) => isoWeekStamp(addDays(day, -back))))]
      .slice(0, 4)
      .sort();
    expect(ids('weekly')).toEqual(lastWeeks.map((stamp) => `journal.weekly.${stamp}.interlude`));
    const lastMonths = Array.from({ length: 12 }, (_, back) =>
      monthStamp(new Date(day.getFullYear(), day.getMonth() - 11 + back, 1)),
    );
    expect(ids('monthly')).toEqual(lastMonths.map((stamp) => `journal.monthly.${stamp}.interlude`));
    expect(backups).toHaveLength(23);
  });

  it('names ISO weeks across the turn of the year', () => {
    expect(isoWeekStamp(new Date(2026, 0, 1))).toBe('2026-W01');
    expect(isoWeekStamp(new Date(2027, 0, 1))).toBe('2026-W53');
    expect(isoWeekStamp(new Date(2024, 11, 30))).toBe('2025-W01');
  });
});

describe('restoring a backup', () => {
  async function vaultWithTwoVersions(): Promise<string> {
    const vault = vaultNow();
    await vault.create(PASSPHRASE, { version: 1 });
    vault.lock();
    const reopened = vaultNow();
    await reopened.unlock(PASSPHRASE);
    await reopened.write({ version: 2 });
    return (await reopened.listBackups()).find((backup) => backup.kind === 'daily')!.id;
  }

  it('puts the backup back, saving the current file first, and locks', async () => {
    const dailyId = await vaultWithTwoVersions();
    const current = await readFile(file);
    const vault = vaultNow();
    await vault.unlock(PASSPHRASE);
    await vault.restoreBackup(dailyId);
    expect(vault.isUnlocked()).toBe(false);
    expect((await vaultNow().unlock(PASSPHRASE)).document).toEqual({ version: 1 });

    const saved = (await vault.listBackups()).find((backup) => backup.kind === 'before-restore')!;
    expect((await readFile(path.join(backupDir, saved.id))).equals(current)).toBe(true);
    await vault.restoreBackup(saved.id);
    expect((await vaultNow().unlock(PASSPHRASE)).document).toEqual({ version: 2 });
  });

  it('rescues a damaged vault while locked', async () => {
    const dailyId = await vaultWithTwoVersions();
    const damaged = await readFile(file);
    damaged[damaged.length - 3]! ^= 0x40;
    await writeFile(file, damaged);
    const vault = vaultNow();
    expect(await errorCodeOf(vault.unlock(PASSPHRASE))).toBe('VAULT_DAMAGED');

    await vault.restoreBackup(dailyId);
    expect((await vault.unlock(PASSPHRASE)).document).toEqual({ version: 1 });
    const saved = (await vault.listBackups()).find((backup) => backup.kind === 'before-restore')!;
    expect((await readFile(path.join(backupDir, saved.id))).equals(damaged)).toBe(true);
  });

  it('refuses names that reach outside the backups folder or belong to another vault', async () => {
    const dailyId = await vaultWithTwoVersions();
    await writeFile(path.join(dir, 'outside.interlude'), await readFile(file));
    await mkdir(path.join(backupDir, 'nested'), { recursive: true });
    await writeFile(path.join(backupDir, 'other.daily.2026-03-02.interlude'), await readFile(file));
    const before = await readFile(file);
    for (const id of [
      '../journal.interlude',
      '../outside.interlude',
      path.join(dir, 'outside.interlude'),
      `nested/../${dailyId}`,
      `${dailyId}/..`,
      'other.daily.2026-03-02.interlude',
      'journal.daily.2001-01-01.interlude',
      '',
    ]) {
      expect(`${id}: ${await errorCodeOf(vaultNow().restoreBackup(id))}`).toBe(`${id}: NOT_FOUND`);
    }
    expect((await readFile(file)).equals(before)).toBe(true);
  });

  it('refuses to restore a damaged backup, and changes nothing', async () => {
    const dailyId = await vaultWithTwoVersions();
    const backupPath = path.join(backupDir, dailyId);
    await writeFile(backupPath, (await readFile(backupPath)).subarray(0, 100));
    const before = await readFile(file);
    const namesBefore = await readdir(backupDir);
    expect(await errorCodeOf(vaultNow().restoreBackup(dailyId))).toBe('VAULT_DAMAGED');
    expect((await readFile(file)).equals(before)).toBe(true);
    expect(await readdir(backupDir)).toEqual(namesBefore);
  });

  it('verifies a backup with its passphrase without changing anything', async () => {
    const dailyId = await vaultWithTwoVersions();
    const vault = vaultNow();
    const verified = await vault.verifyBackup(dailyId, PASSPHRASE);
    expect(verified.document).toEqual({ version: 1 });
    expect(verified.backup.id).toBe(dailyId);
    expect(await errorCodeOf(vault.verifyBackup(dailyId, 'not the passphrase'))).toBe('WRONG_PASSPHRASE');
    expect(vault.isUnlocked()).toBe(false);
  });
});

describe('retention with a clock that jumps', () => {
  /** One day of use: open the journal (the day's backups), then save something. */
  async function spendDayOn(day: Date, n: number): Promise<void> {
    clock = day;
    const vault = vaultNow();
    await vault.unlock(PASSPHRASE);
    await vault.write({ n });
  }
  const dailies = async () =>
    (await vaultNow().listBackups()).filter((backup) => backup.kind === 'daily').map((backup) => backup.id);

  it('after a day at 2099, keeps a daily backup of every following correct day, and the 2099 one ages out', async () => {
    await vaultNow().create(PASSPHRASE, { n: 0 });
    const start = clock;
    await spendDayOn(start, 1);
    await spendDayOn(new Date(2099, 0, 1, 9), 2);
    const correctDays = Array.from({ length: 10 }, (_, index) => addDays(start, index + 1));
    for (const [index, day] of correctDays.entries()) {
      await spendDayOn(day, 3 + index);
      expect(await dailies()).toContain(`journal.daily.${localDayStamp(day)}.interlude`);
    }
    const kept = await dailies();
    expect(kept.sort()).toEqual(
      correctDays.slice(-7).map((day) => `journal.daily.${localDayStamp(day)}.interlude`),
    );
  });

  it('with the clock set back, keeps the backup it has just written', async () => {
    await vaultNow().create(PASSPHRASE, { n: 0 });
    const start = clock;
    for (let index = 0; index < 9; index++) await spendDayOn(addDays(start, index), index + 1);
    const back = addDays(start, -30);
    await spendDayOn(back, 100);
    const kept = await dailies();
    expect(kept).toContain(`journal.daily.${localDayStamp(back)}.interlude`);
    expect(kept).toHaveLength(7);
    // The copy from the set-back day holds the newest journal, so it outranks the older ones.
    const newest = kept.find((id) => id.includes(localDayStamp(back)))!;
    expect((await vaultNow().verifyBackup(newest, PASSPHRASE)).document).toEqual({ n: 9 });
  });
});
