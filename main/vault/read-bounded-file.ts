/**
 * Reading a file Interlude keeps (the journal, a backup, a conflict copy, the draft, the revision
 * record) when someone else may have put something else at its path: a FIFO would block the read
 * forever, a device such as /dev/zero never ends, and a huge file would be read whole into memory.
 * So: opened without waiting, refused unless it is a regular file, and refused by its size before
 * a byte is read.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { InterludeError } from '../../shared/errors.ts';

// Opening a FIFO for reading blocks until a writer appears; non-blocking, the open returns at
// once and fstat tells what it is. (Windows has neither the flags nor FIFOs.)
export const OPEN_WITHOUT_WAITING = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
/** Opening a file in a folder where Interlude makes no links: a FIFO does not block, a link fails (ELOOP). */
export const OPEN_HERE_WITHOUT_WAITING = OPEN_WITHOUT_WAITING | NO_FOLLOW;

/**
 * The largest vault file Interlude reads: its JSON must fit in one JavaScript string (2^29 - 24
 * UTF-16 units in V8), at most 3 UTF-8 bytes each, so no larger file could ever open. (The
 * benchmarks' 10,000 entries take 13 MB.)
 */
export const VAULT_FILE_MAX_BYTES = 1536 * 1024 * 1024;

export interface BoundedFileOptions {
  maxBytes: number;
  /** What the file should be, for the messages: "a journal file", "a backup". */
  what: string;
  /** False where Interlude never makes links (the backups folder, conflict copies): a link is refused, never followed. */
  followLinks?: boolean;
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 0);
}

/**
 * The whole regular file at `file` and its modification time. Throws an InterludeError naming the
 * path when it is a folder, a device, a pipe, a refused link or too large; other failures (no
 * file, no permission) are thrown as they came, for the caller to word.
 */
export async function readBoundedFile(
  file: string,
  options: BoundedFileOptions,
): Promise<{ bytes: Buffer; mtimeMs: number }> {
  const { maxBytes, what, followLinks = true } = options;
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, followLinks ? OPEN_WITHOUT_WAITING : OPEN_HERE_WITHOUT_WAITING);
  } catch (error) {
    if (!followLinks && (error as { code?: string }).code === 'ELOOP') {
      throw new InterludeError(
        'IO_ERROR',
        `${file} is a link, not ${what}. Interlude does not follow links there, so it did not read it.`,
      );
    }
    throw error;
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new InterludeError('IO_ERROR', `${file} is a folder, not ${what}.`);
    if (!info.isFile()) {
      throw new InterludeError(
        'IO_ERROR',
        `${file} is a device, pipe or socket, not ${what}, so Interlude did not read it.`,
      );
    }
    if (info.size > maxBytes) {
      throw new InterludeError(
        'TOO_LARGE',
        `${file} is ${megabytes(info.size)} MB, larger than ${what} can be (at most ${megabytes(maxBytes)} MB), so Interlude did not read it.`,
      );
    }
    return { bytes: await handle.readFile(), mtimeMs: info.mtimeMs };
  } finally {
    await handle.close();
  }
}
