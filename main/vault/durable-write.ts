/**
 * Durable, atomic file replacement: the one path every file Interlude writes goes through (the
 * vault, backups, conflict copies, exports). write-file-atomic writes a unique temp file, fsyncs it
 * and renames it into place with mode 0600; it ignores short writes (a disk filling up mid-write),
 * so it writes a staging copy whose size we check before that copy replaces the real file.
 *
 * Staging names are `<file>.saving-<pid><random>` (write-file-atomic adds `.<digits>` to its own
 * temp): recognisable, so a later run can find what a killed one left, and carrying the writer's
 * process id, so a later run on this machine knows at once whether that writer is gone.
 */
import { randomBytes } from 'node:crypto';
import { lstat, open, readdir, realpath, rename, rm, stat } from 'node:fs/promises';
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
        ? `Interlude is not allowed to ${action} at ${filePath}. ` +
          (action.startsWith('read')
            ? 'Check the permissions of the file and its folder.'
            : 'Check that the folder is writable.')
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
export async function writeFileDurably(
  target: string,
  bytes: Buffer | Uint8Array,
  options: { action?: string } = {},
): Promise<{ mtimeMs: number }> {
  const destination = await realpath(target).catch(() => target);
  const staging = `${destination}.saving-${stagingTag(process.pid)}`;
  try {
    await writeFileAtomic(staging, Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes), {
      mode: PRIVATE_FILE_MODE,
    });
    const written = await stat(staging);
    if (written.size !== bytes.length) {
      // A write that stopped short (a full disk) must never replace the file that is there.
      throw Object.assign(new Error('short write'), { code: 'ENOSPC' });
    }
    await rename(staging, destination);
  } catch (error) {
    await removeTempFilesOfStaging(staging);
    throw toIoError(error, options.action ?? 'save the file', destination);
  }
  await syncDirectory(path.dirname(destination));
  const saved = await stat(destination);
  return { mtimeMs: saved.mtimeMs };
}

/** 16 hex digits: the writer's process id (8), then 8 random ones so names never collide. */
function stagingTag(pid: number): string {
  return `${(pid >>> 0).toString(16).padStart(8, '0')}${randomBytes(4).toString('hex')}`;
}

/** The staging file and write-file-atomic's own temp beside it (`<staging>.<digits>`). */
async function removeTempFilesOfStaging(staging: string): Promise<void> {
  await rm(staging, { force: true }).catch(() => {});
  const directory = path.dirname(staging);
  const base = path.basename(staging);
  const names = await readdir(directory).catch(() => [] as string[]);
  for (const name of names) {
    if (name.startsWith(`${base}.`) && /^\d+$/.test(name.slice(base.length + 1))) {
      await rm(path.join(directory, name), { force: true }).catch(() => {});
    }
  }
}

const STAGING_SUFFIX = /\.saving-([0-9a-f]{8})[0-9a-f]{8}(\.\d+)?$/;

/** True for the leftovers of an interrupted write of the file named `baseName`. */
export function isTempFileOf(baseName: string, candidate: string): boolean {
  if (!candidate.startsWith(`${baseName}.`)) return false;
  return /^(\d+|saving-[0-9a-f]{16}(\.\d+)?)$/.test(candidate.slice(baseName.length + 1));
}

/** True for a staging file of writeFileDurably (or the temp inside it), whatever file it was for. */
export function isDurableWriteTempFile(candidate: string): boolean {
  return STAGING_SUFFIX.test(candidate);
}

/** The process id a staging name carries, or null for names from before it carried one. */
export function writerPidOf(candidate: string): number | null {
  const match = STAGING_SUFFIX.exec(candidate);
  return match?.[1] ? Number.parseInt(match[1], 16) : null;
}

/** Whether a process with this id runs on this machine (a process we may not signal still runs). */
function isProcessAlive(pid: number): boolean {
  if (pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

/**
 * A leftover may go when its writer is known to be gone (a process id that no longer runs here),
 * or when it is old enough that no write can still be using it (it may come from another machine
 * through a synced folder, whose process ids mean nothing here).
 */
function isAbandoned(name: string, mtimeMs: number, now: Date): boolean {
  if (now.getTime() - mtimeMs > STALE_AFTER_MS) return true;
  const pid = writerPidOf(name);
  return pid !== null && pid !== process.pid && !isProcessAlive(pid);
}

/**
 * Removes the temp files that interrupted writes left in `directory` (those `isLeftover` accepts),
 * once no write can still be using them (see isAbandoned). Best effort: returns how many.
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
      // lstat: a link that looks like a leftover is not ours to follow.
      const info = await lstat(file);
      if (info.isFile() && isAbandoned(name, info.mtimeMs, now)) {
        await rm(file, { force: true });
        removed++;
      }
    } catch {
      // Gone already, or not ours to remove.
    }
  }
  return removed;
}
