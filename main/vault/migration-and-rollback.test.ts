import { copyFile, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadJournalDocument } from '../journal/journal-document.ts';
import { formatVersionOf } from './format.ts';
import { REVISION_FILE_NAME } from './revision-store.ts';
import { errorCodeOf, makeTempDir, PASSPHRASE, testVault } from './test-helpers.ts';

/** Made by Interlude's version-1 vault code (commit 8c06d2e) with the test KDF. */
const V1_FIXTURE = path.join(import.meta.dirname, 'fixtures', 'journal-v1.interlude');
const V1_PASSPHRASE = 'version one passphrase';
const V1_RECOVERY_KEY = 'XY7N-B9CS-3EDZ-A5CF-E8J4-M2P7-3F4M';

let dir: string;
let cleanup: () => Promise<void>;
let file: string;
let revisionFile: string;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
  file = path.join(dir, 'journal.interlude');
  revisionFile = path.join(dir, 'device', REVISION_FILE_NAME);
});
afterEach(() => cleanup());

const deviceVault = () => testVault(file, { revisionFile });

describe('a version-1 journal', () => {
  it('opens, and moves to version 2 with a fresh data key and a new recovery key, at its first unlock', async () => {
    await copyFile(V1_FIXTURE, file);
    const v1 = await readFile(file);
    expect(formatVersionOf(v1)).toBe(1);

    const opened = await deviceVault().unlock(V1_PASSPHRASE);
    const journal = loadJournalDocument(opened.document);
    expect(journal.entries.map((entry) => entry.body)).toEqual([
      'Written by Interlude with vault format version 1.',
    ]);
    expect(opened.recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){6}$/);

    const v2 = await readFile(file);
    expect(formatVersionOf(v2)).toBe(2);
    expect((await deviceVault().unlock(V1_PASSPHRASE)).document).toEqual(opened.document);
    // Version 1 kept no public key for its recovery key, so that key is replaced by the new one.
    expect(
      await errorCodeOf(testVault(file).unlockWithRecoveryKey(V1_RECOVERY_KEY, 'a new passphrase')),
    ).toBe('WRONG_RECOVERY_KEY');
    expect(
      (await testVault(file).unlockWithRecoveryKey(opened.recoveryKey!, 'a new passphrase')).document,
    ).toEqual(opened.document);
  });

  it('leaves its backups as version-2 vaults under the new keys', async () => {
    await copyFile(V1_FIXTURE, file);
    const vault = deviceVault();
    await vault.unlock(V1_PASSPHRASE);
    const backups = await vault.listBackups();
    expect(backups.length).toBe(3);
    for (const backup of backups) {
      const bytes = await readFile(path.join(dir, 'backups', backup.id));
      expect(formatVersionOf(bytes)).toBe(2);
      expect((await vault.verifyBackup(backup.id, V1_PASSPHRASE)).document).toEqual(
        (await testVault(file).unlock(V1_PASSPHRASE, { readOnly: true })).document,
      );
    }
  });

  it('is not changed by a read-only open or by a wrong passphrase', async () => {
    await copyFile(V1_FIXTURE, file);
    const v1 = await readFile(file);
    expect(await errorCodeOf(deviceVault().unlock('not the passphrase'))).toBe('WRONG_PASSPHRASE');
    await deviceVault().unlock(V1_PASSPHRASE, { readOnly: true });
    expect((await readFile(file)).equals(v1)).toBe(true);
  });

  it('answers its recovery key once, which also moves it to version 2', async () => {
    await copyFile(V1_FIXTURE, file);
    const recovered = await deviceVault().unlockWithRecoveryKey(V1_RECOVERY_KEY, 'chosen after forgetting');
    expect(formatVersionOf(await readFile(file))).toBe(2);
    expect((await deviceVault().unlock('chosen after forgetting')).document).toEqual(recovered.document);
  });
});

describe('rollback', () => {
  it('notices a file older than the one this device opened last, and says by how much', async () => {
    const vault = deviceVault();
    await vault.create(PASSPHRASE, { n: 1 });
    const old = await readFile(file);
    await vault.write({ n: 2 });
    await vault.write({ n: 3 });
    await writeFile(file, old); // a sync client puts back an earlier version

    const reopened = await deviceVault().unlock(PASSPHRASE);
    expect(reopened.document).toEqual({ n: 1 });
    expect(reopened.olderThanSeen).toEqual({ fileRevision: 1, seenRevision: 3 });
    // No backup of the older copy: "restore the newest backup" must not bring it back.
    expect(await deviceVault().listBackups()).toEqual([]);
  });

  it('keeps counting past what it saw after opening an older file anyway, so the next open is quiet', async () => {
    const vault = deviceVault();
    await vault.create(PASSPHRASE, { n: 1 });
    const old = await readFile(file);
    await vault.write({ n: 2 });
    await writeFile(file, old);
    const reopened = deviceVault();
    expect((await reopened.unlock(PASSPHRASE)).olderThanSeen).not.toBeNull();
    await reopened.write({ n: 'written on the older copy' });
    expect((await deviceVault().unlock(PASSPHRASE)).olderThanSeen).toBeNull();
  });

  it('is quiet for the device’s own saves, for a restore chosen on purpose, and for a new device', async () => {
    const vault = deviceVault();
    await vault.create(PASSPHRASE, { n: 1 });
    await vault.unlock(PASSPHRASE); // today's backups, at revision 1
    await vault.write({ n: 2 });
    expect((await deviceVault().unlock(PASSPHRASE)).olderThanSeen).toBeNull();
    const daily = (await vault.listBackups()).find((backup) => backup.kind === 'daily')!;
    await deviceVault().restoreBackup(daily.id);
    expect((await deviceVault().unlock(PASSPHRASE)).olderThanSeen).toBeNull();
    expect(
      (await testVault(file, { revisionFile: path.join(dir, 'other-device.json') }).unlock(PASSPHRASE))
        .olderThanSeen,
    ).toBeNull();
  });

  it('keeps only ids, revisions and hashes, readable by the owner only', async () => {
    await deviceVault().create(PASSPHRASE, { secret: 'nothing personal leaves the vault' });
    const text = await readFile(revisionFile, 'utf8');
    expect(text).toMatch(
      /^\{"version":1,"vaults":\{"[0-9a-f]{32}":\{"revision":1,"sha256":"[0-9a-f]{64}"\}\}\}\n$/,
    );
    expect((await stat(revisionFile)).mode & 0o777).toBe(0o600);
  });
});

describe('key-derivation caps', () => {
  it('refuses a file asking for N=2^20, r=8, p=16 before deriving, and never calls it a wrong passphrase', async () => {
    await testVault(file).create(PASSPHRASE, { n: 1 });
    const bytes = await readFile(file);
    bytes.writeUInt8(20, 40);
    bytes.writeUInt32BE(8, 41);
    bytes.writeUInt32BE(16, 45);
    const { createHash } = await import('node:crypto');
    createHash('sha256').update(bytes.subarray(0, 347)).digest().copy(bytes, 347);
    await writeFile(file, bytes);
    let message = '';
    try {
      await testVault(file).unlock(PASSPHRASE);
    } catch (error) {
      message = (error as Error).message;
      expect((error as { code: string }).code).toBe('UNSUPPORTED_VERSION');
    }
    expect(message).toContain('N=2^20, r=8, p=16');
    expect(message).not.toMatch(/passphrase does not/);
  });
});
