/**
 * After a rotation, every backup on this computer follows the new keys: each one that opens with
 * the retired data key is re-encrypted under the new one, with the new slots and its own
 * revision, and stays a complete vault. Backups of the same bytes (the daily, weekly and monthly
 * copies of one day) are re-encrypted once.
 */
import { utimes } from 'node:fs/promises';
import path from 'node:path';
import type { BackupStore } from './backups.ts';
import { writeFileDurably } from './durable-write.ts';
import { fingerprintOf } from './fingerprint.ts';
import { parseVaultFile, sealVaultFile, type VaultHeader } from './format.ts';
import type { ScryptParams } from './kdf.ts';
import type { VaultKeys } from './key-slots.ts';
import { openWithDataKey } from './open-file.ts';

export interface RekeyOutcome {
  /** Backups now under the new keys. */
  reencrypted: number;
  /** Backups that neither key opens (older than the key before, damaged, or of another vault): they keep their old keys. */
  left: number;
}

/**
 * Re-encrypts the backups that `previousDataKey` opens under `keys`, with `header`'s slots.
 * Each file is replaced atomically, so an interruption leaves every backup whole under one key or
 * the other; the caller keeps the previous key wrapped in the vault until this has finished.
 */
export async function rekeyBackups(
  backups: BackupStore,
  options: { previousDataKey: Buffer; keys: VaultKeys; header: VaultHeader; minimumKdf: ScryptParams },
): Promise<RekeyOutcome> {
  const { previousDataKey, keys, header, minimumKdf } = options;
  const outcome: RekeyOutcome = { reencrypted: 0, left: 0 };
  // The daily, weekly and monthly copies of a day are the same bytes: re-encrypted once. Keyed by
  // the fingerprint (the header, IV and tag: one seal's), confirmed byte for byte.
  const resealed = new Map<string, { original: Buffer; next: Buffer }>();
  for (const backup of await backups.list()) {
    let read: Awaited<ReturnType<BackupStore['read']>>;
    try {
      read = await backups.read(backup.id);
    } catch {
      // Far too large to be a backup, or unreadable: no key opens it from here, so it is left (and reported).
      outcome.left++;
      continue;
    }
    const { bytes, info } = read;
    if (carriesSlotsOf(bytes, header, minimumKdf)) continue;
    const digest = fingerprintOf(bytes, 0).digest.toString('hex');
    const same = resealed.get(digest);
    let next = same?.original.equals(bytes) ? same.next : undefined;
    if (!next) {
      const opened = openWithDataKey(bytes, previousDataKey, header.vaultId, minimumKdf);
      if (!opened) {
        outcome.left++;
        continue;
      }
      next = sealVaultFile(
        { ...header, revision: opened.revision },
        opened.plaintext,
        keys.dataEncryptionKey,
      );
      opened.plaintext.fill(0);
      resealed.set(digest, { original: bytes, next });
    }
    const file = path.join(backups.directory, backup.id);
    await writeFileDurably(file, next);
    // The listing dates backups by their file's time: keep it.
    const when = new Date(info.createdAt);
    await utimes(file, when, when).catch(() => {});
    outcome.reencrypted++;
  }
  return outcome;
}

/**
 * True when the file carries `header`'s key slots: re-encrypted under these keys already (by an
 * earlier run this rotation was interrupted in). Read from the header alone, without decrypting.
 */
function carriesSlotsOf(bytes: Buffer, header: VaultHeader, minimumKdf: ScryptParams): boolean {
  try {
    const { passphraseSlot, recoverySlot, vaultId } = parseVaultFile(bytes, minimumKdf).header;
    return (
      vaultId.equals(header.vaultId) &&
      passphraseSlot.tag.equals(header.passphraseSlot.tag) &&
      recoverySlot.tag.equals(header.recoverySlot.tag)
    );
  } catch {
    return false;
  }
}
