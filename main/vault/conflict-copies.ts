/**
 * When another program changed the journal file since we read it, our version is saved beside
 * it (and mirrored into the backups), never over it, and the error names both files.
 */
import path from 'node:path';
import { InterludeError } from '../../shared/errors.ts';
import { type BackupStore, backupStemFor, instantStamp } from './backups.ts';
import { writeFileDurably } from './durable-write.ts';
import { pathExists } from './vault-file.ts';

/** Where this session's saves go once the journal file changed under it. */
export interface ConflictCopy {
  oursPath: string;
  backupId: string | null;
}

/**
 * Writes `bytes` to this session's conflict copy (choosing its name on the first conflict) and
 * returns the CHANGED_ON_DISK error to throw.
 */
export async function saveConflictCopy(options: {
  vaultPath: string;
  backups: BackupStore;
  existing: ConflictCopy | null;
  bytes: Buffer;
  now: Date;
}): Promise<{ conflict: ConflictCopy; error: InterludeError }> {
  const { vaultPath, backups, bytes, now } = options;
  let conflict = options.existing;
  if (!conflict) {
    const directory = path.dirname(vaultPath);
    const stem = `${backupStemFor(vaultPath)}.conflict-${instantStamp(now)}`;
    let oursPath = path.join(directory, `${stem}.interlude`);
    for (let counter = 2; await pathExists(oursPath); counter++) {
      oursPath = path.join(directory, `${stem}-${counter}.interlude`);
    }
    conflict = { oursPath, backupId: null };
  }
  await writeFileDurably(conflict.oursPath, bytes);
  try {
    if (conflict.backupId === null) {
      conflict.backupId = await backups.save('conflict', bytes, instantStamp(now));
    } else {
      await writeFileDurably(path.join(backups.directory, conflict.backupId), bytes);
    }
  } catch {
    // The copy beside the journal is the one that matters; the backups folder only mirrors it.
  }
  const error = new InterludeError(
    'CHANGED_ON_DISK',
    `The journal file was changed by another program or device since Interlude opened it, so Interlude did not overwrite it. ` +
      `Their version is still at ${vaultPath}. Your latest changes were saved beside it as ${conflict.oursPath}` +
      (conflict.backupId ? ` (and in the backups as "${conflict.backupId}")` : '') +
      '. Lock and unlock to open their version, or restore yours from the backups.',
  );
  return { conflict, error };
}
