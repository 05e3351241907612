/**
 * What the file on disk was when we last read or wrote it. Every write puts a fresh random IV and
 * a GCM tag over the whole ciphertext in the first bytes of the file, so hashing those bytes (with
 * the size) identifies the content without reading megabytes before each save.
 */
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { FINGERPRINT_PREFIX_BYTES } from './format.ts';
import { InterludeError } from '../../shared/errors.ts';
import { isMissingFileError } from './durable-write.ts';
import { OPEN_WITHOUT_WAITING } from './read-bounded-file.ts';

export interface DiskFingerprint {
  size: number;
  mtimeMs: number;
  /** SHA-256 of the header block and the data section's IV, tag and length. */
  digest: Buffer;
}

/** The fingerprint of file content we hold in memory. */
export function fingerprintOf(bytes: Buffer, mtimeMs: number): DiskFingerprint {
  const prefix = bytes.subarray(0, FINGERPRINT_PREFIX_BYTES);
  return { size: bytes.length, mtimeMs, digest: createHash('sha256').update(prefix).digest() };
}

/** The fingerprint of the file on disk now; null when there is no file. */
export async function readDiskFingerprint(filePath: string): Promise<DiskFingerprint | null> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    // Without waiting: a FIFO put in the journal's place must not stall every save.
    handle = await open(filePath, OPEN_WITHOUT_WAITING);
  } catch (error) {
    if (isMissingFileError(error)) return null;
    throw error;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new InterludeError('IO_ERROR', `${filePath} is no longer a journal file.`);
    const prefix = Buffer.alloc(Math.min(FINGERPRINT_PREFIX_BYTES, info.size));
    const { bytesRead } = await handle.read(prefix, 0, prefix.length, 0);
    return {
      size: info.size,
      mtimeMs: info.mtimeMs,
      digest: createHash('sha256').update(prefix.subarray(0, bytesRead)).digest(),
    };
  } finally {
    await handle.close();
  }
}

/**
 * True when two fingerprints describe the same content. A changed modification time alone (a
 * sync client touching or re-downloading identical bytes) is not a change of content.
 */
export function sameContent(a: DiskFingerprint, b: DiskFingerprint): boolean {
  return a.size === b.size && a.digest.equals(b.digest);
}
