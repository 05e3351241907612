/**
 * Reading a file the user named, safely: only a regular file (a FIFO, a device such as /dev/zero
 * or a socket could block forever or never end), and never more than a limit.
 */
import { open } from 'node:fs/promises';
import { InterludeError } from '../../shared/errors.ts';
import { OPEN_WITHOUT_WAITING } from '../vault/read-bounded-file.ts';

/** Why a file could not be read, in words that name no content. */
export function describeReadError(error: unknown, what: string): InterludeError {
  if (error instanceof InterludeError) return error;
  const code = (error as { code?: string }).code;
  const message =
    code === 'ENOENT'
      ? 'There is no file at that path. Check the name and try again.'
      : code === 'EISDIR'
        ? `That path is a folder. Give the path of the ${what} itself.`
        : code === 'EACCES' || code === 'EPERM'
          ? `Interlude is not allowed to read that ${what}. Check its permissions and try again.`
          : `The ${what} could not be read. Check that it is still there and try again.`;
  return new InterludeError(code === 'ENOENT' ? 'NOT_FOUND' : 'IO_ERROR', message, { cause: error });
}

/**
 * Reads at most `maxBytes + 1` bytes of the regular file at `file`: a result longer than
 * `maxBytes` means the file is too large. Anything but a regular file is refused (INVALID_INPUT).
 */
export async function readRegularFile(file: string, maxBytes: number, what = 'file'): Promise<Buffer> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, OPEN_WITHOUT_WAITING);
  } catch (error) {
    throw describeReadError(error, what);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw describeReadError(Object.assign(new Error(), { code: 'EISDIR' }), what);
    if (!info.isFile()) {
      throw new InterludeError(
        'INVALID_INPUT',
        `That path is a device, pipe or socket, not a file saved on disk. Give the path of the ${what} itself.`,
      );
    }
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } catch (error) {
    throw describeReadError(error, what);
  } finally {
    await handle.close();
  }
}
