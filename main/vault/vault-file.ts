/** Reading the vault file and looking at it on disk, with errors a user can act on. */
import { lstat, readlink, stat } from 'node:fs/promises';
import { InterludeError } from '../../shared/errors.ts';
import { isMissingFileError, toIoError } from './durable-write.ts';
import { type DiskFingerprint, readDiskFingerprint } from './fingerprint.ts';
import { readBoundedFile, VAULT_FILE_MAX_BYTES } from './read-bounded-file.ts';

/**
 * The whole file and its modification time. Throws NO_VAULT when there is none, and a plain
 * IO_ERROR or TOO_LARGE, without reading it, for a folder, a FIFO, a device or a huge file.
 */
export async function readVaultFile(filePath: string): Promise<{ bytes: Buffer; mtimeMs: number }> {
  try {
    return await readBoundedFile(filePath, { maxBytes: VAULT_FILE_MAX_BYTES, what: 'a journal file' });
  } catch (error) {
    if (isMissingFileError(error)) {
      throw new InterludeError(
        'NO_VAULT',
        `There is no journal at ${filePath} yet. Create one, or choose the file where your journal is.`,
      );
    }
    throw toIoError(error, 'read the journal', filePath);
  }
}

/** The fingerprint of the file on disk now; null when there is none. */
export async function diskFingerprintOf(filePath: string): Promise<DiskFingerprint | null> {
  try {
    return await readDiskFingerprint(filePath);
  } catch (error) {
    throw toIoError(error, 'read the journal', filePath);
  }
}

/** True when something (a file, a folder, a link) is at the path. */
export async function pathExists(candidate: string): Promise<boolean> {
  try {
    await stat(candidate);
    return true;
  } catch {
    return false;
  }
}

export const changedWhileOpen = (filePath: string): InterludeError =>
  new InterludeError(
    'CHANGED_ON_DISK',
    `The journal file at ${filePath} was changed by another program or device a moment ago, ` +
      'so nothing was changed. Try again.',
  );

/** Refuses to create a journal where something already is, or through a link to nowhere. */
export async function refuseIfTaken(filePath: string): Promise<void> {
  let link: string | null = null;
  try {
    if ((await lstat(filePath)).isSymbolicLink()) link = await readlink(filePath);
    await stat(filePath);
  } catch (error) {
    if (!isMissingFileError(error)) throw toIoError(error, 'look for the journal', filePath);
    if (link === null) return;
    // Writing through a link to nowhere would replace the link with a file, or write somewhere unexpected.
    throw new InterludeError(
      'INVALID_INPUT',
      `${filePath} is a link to ${link}, which does not exist. Interlude will not create a journal through it: ` +
        'remove the link, or point it at an existing folder and file name you chose.',
    );
  }
  throw new InterludeError(
    'VAULT_EXISTS',
    `A journal already exists at ${filePath}. Interlude will not overwrite it: open it, or choose another file.`,
  );
}
