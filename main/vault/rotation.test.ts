/**
 * Vault v2's promises after a passphrase change or a recovery: the old secrets open nothing
 * written afterwards, on the journal or in its backups, and no file pieced together from
 * different versions or vaults opens.
 */
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATA_OFFSET } from './format.ts';
import { errorCodeOf, makeTempDir, PASSPHRASE, testVault } from './test-helpers.ts';

const NEW_PASSPHRASE = 'a new passphrase nobody else knows';

let dir: string;
let cleanup: () => Promise<void>;
let file: string;
let clock: Date;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
  file = path.join(dir, 'journal.interlude');
  clock = new Date(2026, 2, 2, 9, 30);
});
afterEach(() => cleanup());

const vaultAt = (at = file) => testVault(at, { now: () => clock });

/** The story: a journal, a backup of it, a passphrase change, then a secret entry. */
async function journalAfterChange(): Promise<{ before: Buffer; backupId: string; recoveryKey: string }> {
  const { recoveryKey } = await vaultAt().create(PASSPHRASE, { entries: ['before'] });
  const vault = vaultAt();
  await vault.unlock(PASSPHRASE); // today's backups
  const before = await readFile(file);
  await vault.changePassphrase(PASSPHRASE, NEW_PASSPHRASE);
  await vault.write({ entries: ['before', 'SECRET'] });
  const backupId = (await vault.listBackups()).find((backup) => backup.kind === 'daily')!.id;
  return { before, backupId, recoveryKey };
}

/** Opens `bytes` as a vault with each secret; returns the error codes (or the document when one opened). */
async function tryOpen(bytes: Buffer, passphrases: string[]): Promise<string[]> {
  const probe = path.join(dir, 'probe.interlude');
  await writeFile(probe, bytes);
  const codes: string[] = [];
  for (const passphrase of passphrases) {
    const outcome = await vaultAt(probe)
      .unlock(passphrase, { readOnly: true })
      .then((result) => `OPENED ${JSON.stringify(result.document)}`)
      .catch((error: { code?: string }) => error.code ?? String(error));
    codes.push(outcome);
  }
  return codes;
}

/** Every cut point from the start of the file to a little past the header, and a few in the ciphertext. */
function cutPoints(length: number): number[] {
  const points: number[] = [];
  for (let at = 1; at < Math.min(length, DATA_OFFSET + 8); at++) points.push(at);
  for (let at = DATA_OFFSET + 8; at < length; at += 7) points.push(at);
  return points;
}

describe('a file pieced together from different versions or vaults', () => {
  it('never opens, and is reported as damaged, at every cut point', async () => {
    const { before, backupId } = await journalAfterChange();
    const current = await readFile(file);
    const backup = await readFile(path.join(dir, 'backups', backupId));
    const otherFile = path.join(dir, 'other.interlude');
    await vaultAt(otherFile).create(PASSPHRASE, { entries: ['another journal'] });
    const other = await readFile(otherFile);

    const opensWith = new Map<Buffer, string[]>([
      [before, [PASSPHRASE]],
      [backup, [NEW_PASSPHRASE]],
      [other, [PASSPHRASE]],
      [current, [NEW_PASSPHRASE]],
    ]);
    const pieces: [string, Buffer][] = [
      ['the file before the change', before],
      ['the backup', backup],
      ['another vault', other],
    ];
    for (const [label, older] of pieces) {
      for (const [first, second] of [
        [older, current],
        [current, older],
      ] as const) {
        for (const cut of cutPoints(Math.max(first.length, second.length))) {
          if (cut >= second.length) continue;
          const spliced = Buffer.concat([first.subarray(0, cut), second.subarray(cut)]);
          if (spliced.equals(first) || spliced.equals(second)) continue;
          const codes = await tryOpen(spliced, [PASSPHRASE, NEW_PASSPHRASE]);
          // A whole header block (slots, IV, tag, checksum) in front of another file's ciphertext of
          // the same length is sound until a key is tried: a passphrase that does not open that
          // header's own slot is then simply wrong for it. It still opens nothing.
          const wholeHeaderOf = cut >= DATA_OFFSET && first.length === second.length ? first : null;
          const expected = [PASSPHRASE, NEW_PASSPHRASE].map((passphrase) =>
            wholeHeaderOf && !opensWith.get(wholeHeaderOf)!.includes(passphrase)
              ? 'WRONG_PASSPHRASE'
              : 'VAULT_DAMAGED',
          );
          expect(codes, `${label}, cut at ${cut}`).toEqual(expected);
        }
      }
    }
  });

  it('the issue’s reproduction: an old header in front of today’s data does not show the new entry', async () => {
    const { before } = await journalAfterChange();
    const current = await readFile(file);
    const spliced = Buffer.concat([before.subarray(0, DATA_OFFSET), current.subarray(DATA_OFFSET)]);
    expect(await tryOpen(spliced, [PASSPHRASE, NEW_PASSPHRASE])).toEqual(['VAULT_DAMAGED', 'VAULT_DAMAGED']);
    // 258 bytes was version 1's header block: the same cut fails too.
    const v1Cut = Buffer.concat([before.subarray(0, 258), current.subarray(258)]);
    expect(await tryOpen(v1Cut, [PASSPHRASE, NEW_PASSPHRASE])).toEqual(['VAULT_DAMAGED', 'VAULT_DAMAGED']);
  });
});

describe('after a passphrase change', () => {
  it('the old passphrase opens neither the journal nor any backup; the new one opens all of them', async () => {
    await journalAfterChange();
    expect(await errorCodeOf(vaultAt().unlock(PASSPHRASE))).toBe('WRONG_PASSPHRASE');
    const backups = await vaultAt().listBackups();
    expect(backups.length).toBeGreaterThanOrEqual(3);
    for (const backup of backups) {
      expect(await errorCodeOf(vaultAt().verifyBackup(backup.id, PASSPHRASE)), backup.id).toBe(
        'WRONG_PASSPHRASE',
      );
      expect((await vaultAt().verifyBackup(backup.id, NEW_PASSPHRASE)).document).toEqual({
        entries: ['before'],
      });
    }
    // And a backup restored afterwards is a whole vault that opens with the new passphrase.
    await vaultAt().restoreBackup(backups[0]!.id);
    expect((await vaultAt().unlock(NEW_PASSPHRASE)).document).toEqual({ entries: ['before'] });
  });

  it('keeps the backups’ dates, so the list and the pruning stay in order', async () => {
    await vaultAt().create(PASSPHRASE, { n: 1 });
    const vault = vaultAt();
    await vault.unlock(PASSPHRASE);
    const listed = await vault.listBackups();
    await vault.changePassphrase(PASSPHRASE, NEW_PASSPHRASE);
    expect(await vault.listBackups()).toEqual(
      listed.map((backup) => ({ ...backup, sizeBytes: expect.any(Number) })),
    );
  });

  it('the recovery key keeps working, and needs nothing the passphrase can reach', async () => {
    const { recoveryKey } = await journalAfterChange();
    const recovered = await vaultAt().unlockWithRecoveryKey(recoveryKey, 'chosen after forgetting');
    expect(recovered.document).toEqual({ entries: ['before', 'SECRET'] });
  });
});

describe('using the recovery key', () => {
  it('revokes it: the used key opens nothing afterwards, the new one does, the old passphrase neither', async () => {
    const { recoveryKey } = await vaultAt().create(PASSPHRASE, { n: 1 });
    const vault = vaultAt();
    await vault.unlock(PASSPHRASE);
    const recovered = await vault.unlockWithRecoveryKey(recoveryKey, NEW_PASSPHRASE);
    await vault.write({ n: 2 });
    expect(await errorCodeOf(vaultAt().unlockWithRecoveryKey(recoveryKey, 'yet another one'))).toBe(
      'WRONG_RECOVERY_KEY',
    );
    expect(await errorCodeOf(vaultAt().unlock(PASSPHRASE))).toBe('WRONG_PASSPHRASE');
    for (const backup of await vaultAt().listBackups()) {
      expect(await errorCodeOf(vaultAt().verifyBackup(backup.id, PASSPHRASE))).toBe('WRONG_PASSPHRASE');
    }
    const again = await vaultAt().unlockWithRecoveryKey(recovered.recoveryKey, 'yet another one');
    expect(again.document).toEqual({ n: 2 });
  });

  it('a new recovery key from the passphrase revokes the old one and rotates the data key', async () => {
    const first = await vaultAt().create(PASSPHRASE, { n: 1 });
    const before = await readFile(file);
    const second = await vaultAt().newRecoveryKey(PASSPHRASE);
    expect((await readFile(file)).subarray(DATA_OFFSET).equals(before.subarray(DATA_OFFSET))).toBe(false);
    expect(await errorCodeOf(vaultAt().unlockWithRecoveryKey(first.recoveryKey, NEW_PASSPHRASE))).toBe(
      'WRONG_RECOVERY_KEY',
    );
    expect((await vaultAt().unlockWithRecoveryKey(second.recoveryKey, NEW_PASSPHRASE)).document).toEqual({
      n: 1,
    });
  });
});

describe('an interrupted rotation', () => {
  it('finishes re-encrypting the backups at the next unlock', async () => {
    await vaultAt().create(PASSPHRASE, { n: 1 });
    await vaultAt().unlock(PASSPHRASE);
    const backupDir = path.join(dir, 'backups');
    const saved = new Map<string, Buffer>();
    for (const name of await readdir(backupDir)) saved.set(name, await readFile(path.join(backupDir, name)));
    await vaultAt().changePassphrase(PASSPHRASE, NEW_PASSPHRASE);
    // As if the process died after writing the journal, before touching the backups.
    for (const [name, bytes] of saved) await writeFile(path.join(backupDir, name), bytes);
    expect(await errorCodeOf(vaultAt().verifyBackup([...saved.keys()][0]!, NEW_PASSPHRASE))).toBe(
      'WRONG_PASSPHRASE',
    );

    const vault = vaultAt();
    await vault.unlock(NEW_PASSPHRASE);
    expect(vault.backupProblem()).toBeNull();
    for (const name of saved.keys()) {
      expect((await vaultAt().verifyBackup(name, NEW_PASSPHRASE)).document).toEqual({ n: 1 });
      expect(await errorCodeOf(vaultAt().verifyBackup(name, PASSPHRASE))).toBe('WRONG_PASSPHRASE');
    }
  });

  it('reports a backup that no key it holds opens, and leaves it whole', async () => {
    await vaultAt().create(PASSPHRASE, { n: 1 });
    const stranger = path.join(dir, 'stranger.interlude');
    await vaultAt(stranger).create(PASSPHRASE, { n: 'other' });
    await vaultAt().unlock(PASSPHRASE);
    const foreign = path.join(dir, 'backups', 'journal.daily.2020-01-01.interlude');
    await copyFile(stranger, foreign);
    const vault = vaultAt();
    const result = await vault.changePassphrase(PASSPHRASE, NEW_PASSPHRASE);
    expect(result.backups).toEqual({ reencrypted: 3, left: 1 });
    expect(vault.backupProblem()).toMatch(/1 backup .* could not be re-encrypted/);
    expect((await readFile(foreign)).equals(await readFile(stranger))).toBe(true);
  });
});
