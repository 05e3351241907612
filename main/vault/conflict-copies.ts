/**
 * The last resort when the journal file cannot be merged with ours (another device sealed it
 * under a new passphrase): our version is saved beside it (and mirrored into the backups), never
 * over it, and the error names both files. The next unlock finds the copy by its name.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { InterludeError } from '../../shared/errors.ts';
import { type BackupStore, backupStemFor, instantStamp } from './backups.ts';
import { toIoError, writeFileDurably } from './durable-write.ts';
import { readBoundedFile, VAULT_FILE_MAX_BYTES } from './read-bounded-file.ts';
import { pathExists } from './vault-file.ts';

/** Where this session's saves go once the journal file changed under it. */
export interface ConflictCopy {
  oursPath: string;
  backupId: string | null;
}

/**
 * Writes `bytes` to this session's conflict copy (choosing its name on the first conflict) and
 * returns the KEY_CHANGED_ELSEWHERE error to throw.
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
    'KEY_CHANGED_ELSEWHERE',
    'The journal file was locked with a different passphrase on another device (or replaced by another journal), ' +
      `so Interlude cannot merge your changes into it and did not overwrite it. Your latest changes are safe beside it, in ${conflict.oursPath}` +
      (conflict.backupId ? ` (and in the backups as "${conflict.backupId}")` : '') +
      '. Lock, then unlock with the passphrase the journal was given on the other device; that copy is kept until it can be merged.',
  );
  return { conflict, error };
}

/**
 * Moves a conflict copy that was merged into the backups folder: saved there durably first, then
 * removed from beside the journal, so a crash in between leaves it in both places, never neither.
 */
export async function setAsideCopy(options: {
  file: string;
  backups: BackupStore;
  now: Date;
}): Promise<string> {
  const { file, backups, now } = options;
  let bytes: Buffer;
  try {
    ({ bytes } = await readBoundedFile(file, {
      maxBytes: VAULT_FILE_MAX_BYTES,
      what: 'a conflict copy',
      followLinks: false,
    }));
  } catch (error) {
    throw toIoError(error, 'read the conflict copy', file);
  }
  const id = await backups.save('conflict', bytes, instantStamp(now));
  try {
    await rm(file);
  } catch (error) {
    throw toIoError(error, 'move the merged conflict copy into the backups', file);
  }
  return id;
}
