import { realpath } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { InterludeError } from '../../shared/errors.ts';
import { backupDirFor } from '../paths.ts';

/** Exports are the user's own words in the clear: readable by the user only. */
export const EXPORT_FILE_MODE = 0o600;

/** Writes an export file atomically (never a half-written file), owner-readable only. */
export async function writeExportFile(filePath: string, content: string | Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(filePath, typeof content === 'string' ? content : Buffer.from(content), {
      mode: EXPORT_FILE_MODE,
    });
  } catch (error) {
    throw new InterludeError(
      'IO_ERROR',
      'The export could not be saved there. Check that the folder exists and that you may write to it.',
      { cause: error },
    );
  }
}

async function realPathOrSelf(filePath: string): Promise<string> {
  const resolved = path.resolve(filePath);
  try {
    return await realpath(resolved);
  } catch {
    // A file that does not exist yet: resolve its folder, which may be a link.
    try {
      return path.join(await realpath(path.dirname(resolved)), path.basename(resolved));
    } catch {
      return resolved;
    }
  }
}

/**
 * Refuses an export target that is the journal itself or inside its backups: an export there
 * would replace encrypted words with a plain copy (or a backup with something that is not one).
 */
export async function refuseJournalFilesAsTarget(target: string, vaultPath: string): Promise<void> {
  const [where, journal, backups] = await Promise.all([
    realPathOrSelf(target),
    realPathOrSelf(vaultPath),
    realPathOrSelf(backupDirFor(vaultPath)),
  ]);
  if (where === journal || where === backups || where.startsWith(backups + path.sep)) {
    throw new InterludeError(
      'INVALID_INPUT',
      'That is where your encrypted journal or its backups live; exporting there would replace them. Choose another name or folder.',
    );
  }
}
