import { mkdir, readdir, readFile, rename, rmdir, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATA_IV_OFFSET, DATA_OFFSET, IV_BYTES } from './format.ts';
import { DEFAULT_SCRYPT_PARAMS } from './kdf.ts';
import { errorCodeOf, makeTempDir, PASSPHRASE, sampleDocument, testVault } from './test-helpers.ts';
import { Vault } from './vault.ts';

let dir: string;
let cleanup: () => Promise<void>;
let file: string;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
  file = path.join(dir, 'journal.interlude');
});
afterEach(() => cleanup());

const ciphertextOf = (bytes: Buffer): Buffer => bytes.subarray(DATA_OFFSET);
const ivOf = (bytes: Buffer): string =>
  bytes.subarray(DATA_IV_OFFSET, DATA_IV_OFFSET + IV_BYTES).toString('hex');

describe('creating and unlocking', () => {
  it('gives back exactly what was saved, in a new process-like instance', async () => {
    const document = { entries: [{ id: 'a', body: 'Ünïcødé, emoji 🌧️ and "quotes"\n' }], n: 1.5, ok: true };
    const created = testVault(file);
    const { recoveryKey } = await created.create(PASSPHRASE, document);
    expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){6}$/);
    expect(created.isUnlocked()).toBe(true);

    const reopened = testVault(file);
    expect(await reopened.exists()).toBe(true);
    expect((await reopened.unlock(PASSPHRASE)).document).toEqual(document);
  });

  it('keeps no plaintext in the file', async () => {
    await testVault(file).create(PASSPHRASE, { secret: 'I still miss her laugh' });
    const bytes = await readFile(file);
    expect(bytes.includes('miss her')).toBe(false);
    expect(bytes.includes(PASSPHRASE)).toBe(false);
  });

  it('writes the vault readable by its owner only (mode 0600)', async () => {
    const vault = testVault(file);
    await vault.create(PASSPHRASE, { n: 0 });
    await vault.write({ n: 1 });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('refuses to create over an existing file, and leaves it alone', async () => {
    await writeFile(file, 'someone else’s file');
    expect(await errorCodeOf(testVault(file).create(PASSPHRASE, {}))).toBe('VAULT_EXISTS');
    expect(await readFile(file, 'utf8')).toBe('someone else’s file');
  });

  it('refuses passphrases shorter than 8 characters', async () => {
    expect(await errorCodeOf(testVault(file).create('short', {}))).toBe('INVALID_INPUT');
    expect(await testVault(file).exists()).toBe(false);
  });

  it('says there is no vault yet when the file is missing', async () => {
    const vault = testVault(file);
    expect(await vault.exists()).toBe(false);
    expect(await errorCodeOf(vault.unlock(PASSPHRASE))).toBe('NO_VAULT');
  });

  it('tells a wrong passphrase apart and changes nothing on disk', async () => {
    await testVault(file).create(PASSPHRASE, { n: 1 });
    const before = await readFile(file);
    const namesBefore = await readdir(dir);
    const vault = testVault(file);
    expect(await errorCodeOf(vault.unlock('correct horse battery stapler'))).toBe('WRONG_PASSPHRASE');
    expect(vault.isUnlocked()).toBe(false);
    expect((await readFile(file)).equals(before)).toBe(true);
    expect(await readdir(dir)).toEqual(namesBefore);
  });

  it('accepts the passphrase typed in another Unicode normalisation', async () => {
    await testVault(file).create('caf\u00e9 au lait, s’il vous plaît', { n: 1 });
    expect((await testVault(file).unlock('cafe\u0301 au lait, s’il vous plaît')).document).toEqual({ n: 1 });
  });

  it('refuses a file made with weaker key-derivation settings than the design’s', async () => {
    await testVault(file).create(PASSPHRASE, { n: 1 });
    // A vault with production settings requires N = 2^17, r = 8, p = 1; the test vault used less.
    const strict = new Vault({ path: file });
    expect(await errorCodeOf(strict.unlock(PASSPHRASE))).toBe('UNSUPPORTED_VERSION');
  });

  it('uses the design’s scrypt parameters by default', async () => {
    const vault = new Vault({ path: file });
    await vault.create(PASSPHRASE, { n: 1 });
    const bytes = await readFile(file);
    expect(bytes.readUInt8(40)).toBe(DEFAULT_SCRYPT_PARAMS.log2N);
    expect(bytes.readUInt32BE(41)).toBe(DEFAULT_SCRYPT_PARAMS.r);
    expect(bytes.readUInt32BE(45)).toBe(DEFAULT_SCRYPT_PARAMS.p);
  });
});

describe('saving', () => {
  it('serialises concurrent saves and keeps the last one', async () => {
    const vault = testVault(file);
    await vault.create(PASSPHRASE, { n: 0 });
    await Promise.all(Array.from({ length: 20 }, (_, n) => vault.write({ n: n + 1 })));
    expect((await testVault(file).unlock(PASSPHRASE)).document).toEqual({ n: 20 });
  });

  it('does not let a failed save block the saves after it', async () => {
    const vault = testVault(file);
    await vault.create(PASSPHRASE, { n: 0 });
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const results = await Promise.allSettled([vault.write(circular), vault.write({ n: 2 })]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'fulfilled']);
    expect((await testVault(file).unlock(PASSPHRASE)).document).toEqual({ n: 2 });
  });

  it('does not let a failed disk write block the saves after it', async () => {
    const vault = testVault(file);
    await vault.create(PASSPHRASE, { n: 0 });
    // A folder where the file should be makes the save fail (permissions would not stop root).
    await rename(file, `${file}.aside`);
    await mkdir(file);
    const failing = vault.write({ n: 1 });
    await expect(failing).rejects.toMatchObject({ code: 'IO_ERROR' });
    await rmdir(file);
    await rename(`${file}.aside`, file);
    await vault.write({ n: 2 });
    expect((await testVault(file).unlock(PASSPHRASE)).document).toEqual({ n: 2 });
  });

  it('uses a fresh IV on every save', async () => {
    const vault = testVault(file);
    await vault.create(PASSPHRASE, { n: 0 });
    const ivs = new Set<string>([ivOf(await readFile(file))]);
    for (let n = 1; n <= 200; n++) {
      await vault.write({ n });
      ivs.add(ivOf(await readFile(file)));
    }
    expect(ivs.size).toBe(201);
  });

  it('refuses to save while locked', async () => {
    const vault = testVault(file);
    await vault.create(PASSPHRASE, { n: 0 });
    vault.lock();
    expect(await errorCodeOf(vault.write({ n: 1 }))).toBe('LOCKED');
    expect((await testVault(file).unlock(PASSPHRASE)).document).toEqual({ n: 0 });
  });

  it('still completes a save that was queued just before locking', async () => {
    const vault = testVault(file);
    await vault.create(PASSPHRASE, { n: 0 });
    const saving = vault.write({ n: 1 });
    vault.lock();
    await saving;
    expect((await testVault(file).unlock(PASSPHRASE)).document).toEqual({ n: 1 });
  });

  it('stays locked when lock() comes while an unlock is still deriving the key', async () => {
    await testVault(file).create(PASSPHRASE, { n: 1 });
    const vault = testVault(file);
    const opening = vault.unlock(PASSPHRASE);
    vault.lock();
    expect(await errorCodeOf(opening)).toBe('LOCKED');
    expect(vault.isUnlocked()).toBe(false);
    expect(await errorCodeOf(vault.write({ n: 2 }))).toBe('LOCKED');
  });

  it('overwrites the key buffers with zeros on lock', async () => {
    const vault = testVault(file);
    await vault.create(PASSPHRASE, { n: 0 });
    const keys = (vault as unknown as { state: { keys: Record<string, Buffer> } }).state.keys;
    const buffers = Object.values(keys);
    expect(buffers).toHaveLength(2);
    expect(buffers.every((buffer) => buffer.some((byte) => byte !== 0))).toBe(true);
    vault.lock();
    expect(vault.isUnlocked()).toBe(false);
    expect(buffers.every((buffer) => buffer.every((byte) => byte === 0))).toBe(true);
  });
});

describe('another program changing the file', () => {
  /** A merge for plain test documents: their fields, then ours, and a note that it ran. */
  const mergeFields = (ours: unknown, theirs: unknown) => ({
    ...(theirs as object),
    ...(ours as object),
    merged: true,
  });

  it('merges their version into ours before saving, instead of overwriting it', async () => {
    const ours = testVault(file);
    await ours.create(PASSPHRASE, { base: 1 });
    ours.setMergeBeforeWrite(mergeFields);
    const theirs = testVault(file);
    await theirs.unlock(PASSPHRASE);
    await theirs.write({ base: 1, theirs: 'added elsewhere' });

    await ours.write({ base: 1, ours: 'added here' });
    expect((await testVault(file).unlock(PASSPHRASE)).document).toEqual({
      base: 1,
      theirs: 'added elsewhere',
      ours: 'added here',
      merged: true,
    });
    // Nothing was saved beside it: there was nothing to keep apart.
    expect((await readdir(dir)).filter((name) => name.includes('conflict'))).toEqual([]);
    // The merged file is now the one we know: the next save replaces it without merging again.
    await ours.write({ only: 'ours' });
    expect((await testVault(file).unlock(PASSPHRASE)).document).toEqual({ only: 'ours' });
  });

  it('keeps ours beside a file another device sealed under a new passphrase, and says where', async () => {
    const ours = testVault(file);
    await ours.create(PASSPHRASE, { who: 'base' });
    ours.setMergeBeforeWrite(mergeFields);
    const theirs = testVault(file);
    await theirs.unlock(PASSPHRASE);
    await theirs.changePassphrase(PASSPHRASE, 'the other device passphrase');

    const error = await ours.write({ who: 'ours' }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'KEY_CHANGED_ELSEWHERE' });
    const message = (error as Error).message;
    expect(message).toMatch(/different passphrase on another device/);

    expect((await testVault(file).unlock('the other device passphrase')).document).toEqual({ who: 'base' });
    const conflictName = (await readdir(dir)).find((name) => name.startsWith('journal.conflict-'));
    expect(conflictName).toBeDefined();
    const conflictPath = path.join(dir, conflictName!);
    expect(message).toContain(conflictPath);
    expect((await testVault(conflictPath).unlock(PASSPHRASE)).document).toEqual({ who: 'ours' });
    expect((await stat(conflictPath)).mode & 0o777).toBe(0o600);

    // Later saves keep going to our copy; theirs is never overwritten.
    expect(await errorCodeOf(ours.write({ who: 'ours, later' }))).toBe('KEY_CHANGED_ELSEWHERE');
    expect((await testVault(conflictPath).unlock(PASSPHRASE)).document).toEqual({ who: 'ours, later' });
    expect((await testVault(file).unlock('the other device passphrase')).document).toEqual({ who: 'base' });
    expect((await ours.listBackups()).some((backup) => backup.kind === 'conflict')).toBe(true);
  });

  it('never overwrites a changed file when no merge is set', async () => {
    const ours = testVault(file);
    await ours.create(PASSPHRASE, { who: 'base' });
    const theirs = testVault(file);
    await theirs.unlock(PASSPHRASE);
    await theirs.write({ who: 'theirs' });
    expect(await errorCodeOf(ours.write({ who: 'ours' }))).toBe('KEY_CHANGED_ELSEWHERE');
    expect((await testVault(file).unlock(PASSPHRASE)).document).toEqual({ who: 'theirs' });
  });

  it('notices a replacement of the same size even when the modification time is put back', async () => {
    const ours = testVault(file);
    await ours.create(PASSPHRASE, { n: 1 });
    ours.setMergeBeforeWrite(mergeFields);
    const { mtime } = await stat(file);
    const theirs = testVault(file);
    await theirs.unlock(PASSPHRASE);
    await theirs.write({ n: 2 });
    await utimes(file, mtime, mtime);
    await ours.write({ n: 3 });
    expect((await testVault(file).unlock(PASSPHRASE)).document).toEqual({ n: 3, merged: true });
  });

  it('does not call a touched but identical file a change', async () => {
    const vault = testVault(file);
    await vault.create(PASSPHRASE, { n: 1 });
    const later = new Date(Date.now() + 60_000);
    await utimes(file, later, later);
    await vault.write({ n: 2 });
    expect((await testVault(file).unlock(PASSPHRASE)).document).toEqual({ n: 2 });
  });
});

describe('passphrase and recovery key', () => {
  it('changes the passphrase and re-encrypts the document under a new data key', async () => {
    const vault = testVault(file);
    await vault.create(PASSPHRASE, sampleDocument(5));
    const before = await readFile(file);
    await vault.changePassphrase(PASSPHRASE, 'a brand new passphrase');
    const after = await readFile(file);
    expect(ciphertextOf(after).equals(ciphertextOf(before))).toBe(false);

    expect(await errorCodeOf(testVault(file).unlock(PASSPHRASE))).toBe('WRONG_PASSPHRASE');
    expect((await testVault(file).unlock('a brand new passphrase')).document).toEqual(sampleDocument(5));
    // The open vault keeps saving under the new header.
    await vault.write({ n: 'after' });
    expect((await testVault(file).unlock('a brand new passphrase')).document).toEqual({ n: 'after' });
  });

  it('requires the current passphrase to change it, and changes nothing otherwise', async () => {
    const vault = testVault(file);
    await vault.create(PASSPHRASE, { n: 1 });
    const before = await readFile(file);
    expect(await errorCodeOf(vault.changePassphrase('not the passphrase', 'another good one'))).toBe(
      'WRONG_PASSPHRASE',
    );
    expect(await errorCodeOf(vault.changePassphrase(PASSPHRASE, 'short'))).toBe('INVALID_INPUT');
    expect((await readFile(file)).equals(before)).toBe(true);
    // The new passphrase's key is derived while the current one is checked: it must not have been used.
    expect(await errorCodeOf(testVault(file).unlock('another good one'))).toBe('WRONG_PASSPHRASE');
    expect((await testVault(file).unlock(PASSPHRASE)).document).toEqual({ n: 1 });
  });

  it('changes the passphrase while locked too', async () => {
    await testVault(file).create(PASSPHRASE, { n: 1 });
    const locked = testVault(file);
    await locked.changePassphrase(PASSPHRASE, 'another good one');
    expect(locked.isUnlocked()).toBe(false);
    expect((await testVault(file).unlock('another good one')).document).toEqual({ n: 1 });
  });

  it('recovers a forgotten passphrase with the recovery key, and retires that key', async () => {
    const vault = testVault(file);
    const { recoveryKey } = await vault.create(PASSPHRASE, sampleDocument(3));
    const before = await readFile(file);
    vault.lock();

    const recovering = testVault(file);
    const typed = recoveryKey.toLowerCase().replaceAll('-', ' ');
    const recovered = await recovering.unlockWithRecoveryKey(typed, 'my new passphrase');
    expect(recovered.document).toEqual(sampleDocument(3));
    expect(recovered.recoveryKey).not.toBe(recoveryKey);
    expect(recovering.isUnlocked()).toBe(true);
    expect(ciphertextOf(await readFile(file)).equals(ciphertextOf(before))).toBe(false);

    expect((await testVault(file).unlock('my new passphrase')).document).toEqual(sampleDocument(3));
    expect(await errorCodeOf(testVault(file).unlock(PASSPHRASE))).toBe('WRONG_PASSPHRASE');
    expect(await errorCodeOf(testVault(file).unlockWithRecoveryKey(recoveryKey, 'yet another one'))).toBe(
      'WRONG_RECOVERY_KEY',
    );
    const again = await testVault(file).unlockWithRecoveryKey(recovered.recoveryKey, 'yet another one');
    expect(again.document).toEqual(sampleDocument(3));
  });

  it('refuses a recovery key of another journal, and one with a typo', async () => {
    const { recoveryKey } = await testVault(file).create(PASSPHRASE, { n: 1 });
    const otherFile = path.join(dir, 'other.interlude');
    const other = await testVault(otherFile).create(PASSPHRASE, { n: 2 });
    const before = await readFile(file);
    expect(
      await errorCodeOf(testVault(file).unlockWithRecoveryKey(other.recoveryKey, 'new passphrase')),
    ).toBe('WRONG_RECOVERY_KEY');
    const typo = `${recoveryKey.slice(0, 5)}${recoveryKey[5] === 'A' ? 'B' : 'A'}${recoveryKey.slice(6)}`;
    expect(await errorCodeOf(testVault(file).unlockWithRecoveryKey(typo, 'new passphrase'))).toBe(
      'WRONG_RECOVERY_KEY',
    );
    expect((await readFile(file)).equals(before)).toBe(true);
  });

  it('issues a new recovery key when asked with the passphrase', async () => {
    const vault = testVault(file);
    const first = await vault.create(PASSPHRASE, { n: 1 });
    expect(await errorCodeOf(vault.newRecoveryKey('wrong passphrase'))).toBe('WRONG_PASSPHRASE');
    const second = await vault.newRecoveryKey(PASSPHRASE);
    expect(second.recoveryKey).not.toBe(first.recoveryKey);
    expect(
      await errorCodeOf(testVault(file).unlockWithRecoveryKey(first.recoveryKey, 'new passphrase')),
    ).toBe('WRONG_RECOVERY_KEY');
    expect(
      (await testVault(file).unlockWithRecoveryKey(second.recoveryKey, 'new passphrase')).document,
    ).toEqual({
      n: 1,
    });
  });
});

describe('the lowdb adapter', () => {
  it('serves lowdb with real files', async () => {
    const vault = testVault(file);
    await vault.create(PASSPHRASE, { entries: [] as string[] });
    const db = new Low<{ entries: string[] }>(vault.adapter as Low<{ entries: string[] }>['adapter'], {
      entries: [],
    });
    await db.read();
    await db.update((data) => data.entries.push('first'));
    await db.update((data) => data.entries.push('second'));
    expect((await testVault(file).unlock(PASSPHRASE)).document).toEqual({ entries: ['first', 'second'] });
  });

  it('returns null only when the file does not exist', async () => {
    const vault = testVault(file);
    await vault.create(PASSPHRASE, { n: 1 });
    expect(await vault.adapter.read()).toEqual({ n: 1 });

    const bytes = await readFile(file);
    bytes[bytes.length - 1]! ^= 1;
    await writeFile(file, bytes);
    expect(await errorCodeOf(vault.adapter.read())).toBe('VAULT_DAMAGED');

    await writeFile(file, Buffer.alloc(0));
    expect(await errorCodeOf(vault.adapter.read())).toBe('VAULT_DAMAGED');

    vault.lock();
    await writeFile(file, bytes);
    expect(await errorCodeOf(vault.adapter.read())).toBe('LOCKED');

    const missing = testVault(path.join(dir, 'missing.interlude'));
    expect(await missing.adapter.read()).toBeNull();
  });
});

describe('clean-up after a crash', () => {
  it('removes stale temp files on open, but not files a running write may still use', async () => {
    await testVault(file).create(PASSPHRASE, { n: 1 });
    const stale = [
      `${file}.123456789`,
      `${file}.saving-0123456789abcdef`,
      `${file}.saving-0123456789abcdef.42`,
    ];
    const fresh = `${file}.987654321`;
    const unrelated = path.join(dir, 'journal.interlude.notes');
    const old = new Date(Date.now() - 10 * 60_000);
    for (const name of [...stale, fresh, unrelated]) await writeFile(name, 'partial');
    for (const name of [...stale, unrelated]) await utimes(name, old, old);

    expect(await errorCodeOf(testVault(file).unlock('wrong passphrase'))).toBe('WRONG_PASSPHRASE');
    for (const name of stale) expect((await stat(name)).isFile()).toBe(true);

    await testVault(file).unlock(PASSPHRASE);
    const names = await readdir(dir);
    for (const name of stale) expect(names).not.toContain(path.basename(name));
    expect(names).toContain(path.basename(fresh));
    expect(names).toContain(path.basename(unrelated));
  });
});

describe('file layout', () => {
  it('puts the ciphertext right after a fixed-size header', async () => {
    await testVault(file).create(PASSPHRASE, { n: 1 });
    const bytes = await readFile(file);
    expect(bytes.subarray(0, 8).toString('ascii')).toBe('INTERLUD');
    expect(bytes.length).toBe(DATA_OFFSET + Buffer.byteLength(JSON.stringify({ n: 1 })));
  });
});
