/**
 * Telling a sync conflict from a rollback. A file older than this device last saw is usually a
 * version put back (a sync service's history, an old copy). But after a conflict, a sync client
 * may keep under the journal's name the version of a device that saved fewer times, and put this
 * device's newer version beside it under a conflict name (docs/sync.md). Then nothing is lost:
 * merging that copy, as every unlock does, brings back all this device saw. Only a copy our data
 * key opens counts, so its revision is authenticated, not merely written in its header.
 */
import { findConflictCandidates } from '../sync/conflict-scan.ts';
import { openDataOrNull, parseVaultFile } from './format.ts';
import type { ScryptParams } from './kdf.ts';
import { keysFromDataKey, zeroKeys } from './key-slots.ts';
import { readVaultFile } from './vault-file.ts';

/** True when a copy beside the journal, of this vault and sealed under `dataKey`, has at least `revision`. */
export async function hasCopyAtLeastAsNew(options: {
  journalPath: string;
  vaultId: Buffer;
  dataKey: Buffer;
  revision: number;
  minimumKdf: ScryptParams;
}): Promise<boolean> {
  const { journalPath, vaultId, revision, minimumKdf } = options;
  const keys = keysFromDataKey(Buffer.from(options.dataKey), vaultId);
  try {
    for (const candidate of await findConflictCandidates(journalPath)) {
      try {
        const parsed = parseVaultFile((await readVaultFile(candidate.path)).bytes, minimumKdf);
        if (!parsed.header.vaultId.equals(vaultId) || parsed.header.revision < revision) continue;
        const plaintext = openDataOrNull(parsed, keys.dataEncryptionKey);
        if (plaintext) {
          plaintext.fill(0);
          return true;
        }
      } catch {
        // Not a copy this key reads (another journal, another passphrase, damaged): it proves nothing.
      }
    }
    return false;
  } finally {
    zeroKeys(keys);
  }
}
