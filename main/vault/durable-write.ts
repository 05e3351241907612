/**
 * Durable, atomic file replacement. write-file-atomic writes a unique temp file, fsyncs it and
 * renames it into place with mode 0600; it ignores short writes (a disk filling up mid-write), so
 * it writes a staging copy whose size we check before that copy replaces the real file.
 */
import { randomBytes } from 'node:crypto';
import { open, readdir, realpath, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { InterludeError } from '../../shared/errors.ts';

export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIRECTORY_MODE = 0o700;

/** Temp files younger than this may belong to a write still under way in another process. */
const STALE_AFTER_MS = 60_000;

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/** True for the "no such file" error of node:fs. */
export function isMissingFileError(error: unknown): boolean {
  return errorCode(error) === 'ENOENT';
}

/** Turns a file-system error into an IO_ERROR a user can act on (no user text, only the path). */
export function toIoError(error: unknown, action: string, filePath: string): InterludeError {
  if (error instanceof InterludeError) return error;
  const code = errorCode(error);
  const message =
    code === 'ENOSPC' || code === 'EDQUOT'
      ? `The disk is full, so Interlude could not ${action}. Free some space and try again.`
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? `Interlude is not allowed to ${action} at ${filePath}. Check that the folder is writable.`
        : `Interlude could not ${action} at ${filePath}${code ? ` (${code})` : ''}. Try again.`;
  return new InterludeError('IO_ERROR', message, { cause: error });
}

async function syncDirectory(directory: string): Promise<void> {
  // Windows cannot open a directory for fsync, and NTFS makes the rename durable by itself.
  if (process.platform === 'win32') return;
  try {
    const handle = await open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems refuse to fsync a directory; the data itself is already on disk.
  }
}

/**
 * Replaces the file at `target` with `bytes` (mode 0600): afterwards the file is either wholly the
 * old one or wholly the new one, and once this resolves the new one is on disk. Returns the new
 * file's modification time. Symlinks are followed, so the link itself stays a link.
 */
export async function writeFileDurably(target: string, bytes: Buffer): Promise<{ mtimeMs: number }> {
  const destination = await realpath(target).catch(() => target);
  const staging = `${destination}.saving-${randomBytes(8).toString('hex')}`;
  try {
    await writeFileAtomic(staging, bytes, { mode: PRIVATE_FILE_MODE });
    const written = await stat(staging);
    if (written.size !== bytes.length) {
      throw Object.assign(new Error('short write'), { code: 'ENOSPC' });
    }
    await rename(staging, destination);
  } catch (error) {
    await rm(staging, { force: true }).catch(() => {});
    throw toIoError(error, 'save the file', destination);
  }
  await syncDirectory(path.dirname(destination));
  const saved = await stat(destination);
  return { mtimeMs: saved.mtimeMs };
}

/** True for the leftovers of an interrupted write of the file named `baseName`. */
export function isTempFileOf(baseName: string, candidate: string): boolean {
  if (!candidate.startsWith(`${baseName}.`)) return false;
  return /^(\d+|saving-[0-9a-f]{16}(\.\d+)?)$/.test(candidate.slice(baseName.length + 1));
}

/**
 * Removes the temp files that interrupted writes left in `directory` (those `isLeftover` accepts),
 * once they are old enough that no write can still be using them. Best effort: returns how many.
 */
export async function removeStaleTempFiles(
  directory: string,
  isLeftover: (name: string) => boolean,
  now: Date,
): Promise<number> {
  let removed = 0;
  let names: string[];
  try {
    names = await readdir(directory);
  } catch {
    return 0;
  }
  for (const name of names.filter(isLeftover)) {
    const file = path.join(directory, name);
    try {
      const info = await stat(file);
      if (info.isFile() && now.getTime() - info.mtimeMs > STALE_AFTER_MS) {
        await rm(file, { force: true });
        removed++;
      }
    } catch {
      // Gone already, or not ours to remove.
    }
  }
  return removed;
}
