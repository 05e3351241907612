/**
 * Where an export may go and how it is written: through the same durable-write path as the vault
 * (temp file, size check, fsync, rename, mode 0600), so a full disk is an error, never a cut-off
 * file reported as saved, and whatever file was there before stays whole.
 */
import { lstat, open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { InterludeError } from '../../shared/errors.ts';
import { backupDirFor } from '../paths.ts';
import { backupStemFor } from '../vault/backups.ts';
import {
  isDurableWriteTempFile,
  isMissingFileError,
  removeStaleTempFiles,
  writeFileDurably,
} from '../vault/durable-write.ts';
import { MAGIC } from '../vault/format-frame.ts';

/** Exports are the user's own words in the clear: readable by the user only. */
export const EXPORT_FILE_MODE = 0o600;

/**
 * Writes an export file: afterwards it is wholly the new export, or (on any failure, a full disk
 * included) whatever was there before, untouched, with no partial temp file left beside it.
 */
export async function writeExportFile(filePath: string, content: string | Uint8Array): Promise<void> {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  try {
    await writeFileDurably(filePath, bytes, { action: 'save the export' });
  } catch (error) {
    if (error instanceof InterludeError) {
      throw new InterludeError(
        error.code,
        `${error.message} Nothing was exported; any file already at that path is unchanged.`,
        { cause: error },
      );
    }
    throw error;
  }
}

/**
 * Removes the plaintext temp files that killed exports left in `directory` (see durable-write.ts
 * for how a leftover is told apart from a write still under way). Best effort: returns how many.
 */
export function removeAbandonedExportTemps(directory: string, now: Date = new Date()): Promise<number> {
  return removeStaleTempFiles(directory, isDurableWriteTempFile, now);
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

const refused = (message: string) => new InterludeError('INVALID_INPUT', `${message} Nothing was exported.`);

async function startsWithVaultMagic(file: string): Promise<boolean> {
  try {
    const handle = await open(file, 'r');
    try {
      const head = Buffer.alloc(MAGIC.length);
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      return bytesRead === MAGIC.length && head.equals(MAGIC);
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}

/**
 * What is at the target now: a regular file (a folder, for a folder export), nothing (in an
 * existing folder), or a refusal.
 */
async function checkTargetKind(target: string, wantsFolder: boolean): Promise<'file' | 'folder' | 'new'> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    // stat follows a link: what matters is what the export would replace.
    info = await stat(target);
  } catch (error) {
    if (!isMissingFileError(error)) throw refused('Interlude cannot look at that path.');
    const link = await lstat(target).catch(() => null);
    if (link?.isSymbolicLink()) {
      throw refused('That path is a link to something that does not exist. Choose a plain file name.');
    }
    const folder = await stat(path.dirname(path.resolve(target))).catch(() => null);
    if (!folder?.isDirectory()) {
      throw refused('The folder for that file does not exist. Choose an existing folder.');
    }
    return 'new';
  }
  if (info.isDirectory()) {
    if (wantsFolder) return 'folder';
    throw refused('That path is a folder. Give a file name inside it.');
  }
  if (!info.isFile()) {
    throw refused('That path is a device, pipe or socket, not a file. Choose a file name in a folder.');
  }
  return 'file';
}

/**
 * Refuses an export target that is not a regular file or a new name in an existing folder
 * (devices, pipes, sockets, folders, dangling links), and any that is the journal, one of its
 * conflict copies, inside its backups, or another Interlude journal: an export there would
 * replace encrypted words with a plain copy. `replacingAJournalCopy` allows the last one for the
 * encrypted backup copy, which is itself a journal file; `folder` is for the one-file-per-day export.
 */
export async function checkExportTarget(
  target: string,
  vaultPath: string,
  options: { replacingAJournalCopy?: boolean; folder?: boolean } = {},
): Promise<void> {
  const [where, journal, backups] = await Promise.all([
    realPathOrSelf(target),
    realPathOrSelf(vaultPath),
    realPathOrSelf(backupDirFor(vaultPath)),
  ]);
  const conflictPrefix = `${backupStemFor(journal)}.conflict-`;
  const isConflictCopy =
    path.dirname(where) === path.dirname(journal) && path.basename(where).startsWith(conflictPrefix);
  if (where === journal || isConflictCopy || where === backups || where.startsWith(backups + path.sep)) {
    throw refused(
      'That is where your encrypted journal, its conflict copies or its backups live; exporting there would replace them. Choose another name or folder.',
    );
  }
  const kind = await checkTargetKind(target, options.folder === true);
  if (kind === 'file' && !options.replacingAJournalCopy && (await startsWithVaultMagic(where))) {
    throw refused(
      'That file is an encrypted Interlude journal; exporting there would replace it with a plain copy. Choose another name.',
    );
  }
}

/** The name this check had before it covered more than the journal and its backups. */
export const refuseJournalFilesAsTarget = checkExportTarget;
