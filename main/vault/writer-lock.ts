/**
 * One writer at a time across processes (the app and the CLI, or two CLI runs), with
 * proper-lockfile: a lock directory made with an atomic mkdir, kept fresh while held, and
 * considered abandoned when it has not been refreshed for STALE_MS (its holder was killed).
 *
 * The lock lives in the app's data folder, named by a hash of the journal's real path, not beside
 * the journal: the journal is often in a synced folder, and a sync client would copy the lock to
 * other devices (where it means nothing, and where it would block their writers until stale) and
 * churn on every save. Every process of one user on one machine shares the data folder.
 */
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { InterludeError } from '../../shared/errors.ts';
import { PRIVATE_DIRECTORY_MODE, toIoError } from './durable-write.ts';

/** A held lock not refreshed for this long belongs to a killed process and is broken. */
const STALE_MS = 10_000;
/** After this long, the waiting writer says why it waits. */
const NOTICE_AFTER_MS = 1_000;
/** A bounded wait: longer than STALE_MS, so a killed holder's lock is always recovered in time. */
const GIVE_UP_AFTER_MS = 30_000;
const RETRY_EVERY_MS = 50;

export const WAITING_MESSAGE = 'Waiting for another Interlude window or command to finish…';

/** The lock for a journal: `<data folder>/locks/<hash of the journal's real path>.lock`. */
export function writerLockPathFor(dataDir: string, vaultPath: string): string {
  const resolved = path.resolve(vaultPath);
  let canonical = resolved;
  try {
    canonical = path.join(realpathSync(path.dirname(resolved)), path.basename(resolved));
  } catch {
    // The folder does not exist yet (a journal about to be created): its path as given.
  }
  const name = createHash('sha256').update(canonical).digest('hex').slice(0, 32);
  return path.join(dataDir, 'locks', `${name}.lock`);
}

export interface WriterLockOptions {
  lockPath: string;
  /** Called once when the wait has lasted about a second. */
  onWait?: () => void;
  /** Called when a wait onWait was told of ends, with the lock taken or not. */
  onWaitOver?: () => void;
}

/** Takes the lock, waiting (bounded) for another holder; returns the release function. */
export async function acquireWriterLock(options: WriterLockOptions): Promise<() => Promise<void>> {
  const { lockPath } = options;
  try {
    await mkdir(path.dirname(lockPath), { recursive: true, mode: PRIVATE_DIRECTORY_MODE });
  } catch (error) {
    throw toIoError(error, "create the folder for the journal's writer lock", path.dirname(lockPath));
  }
  const started = Date.now();
  let told = false;
  try {
    return await waitForLock(lockPath, started, () => {
      told = true;
      options.onWait?.();
    });
  } finally {
    if (told) options.onWaitOver?.();
  }
}

async function waitForLock(
  lockPath: string,
  started: number,
  tell: () => void,
): Promise<() => Promise<void>> {
  let told = false;
  for (;;) {
    try {
      return await lockfile.lock(lockPath, {
        lockfilePath: lockPath,
        realpath: false,
        stale: STALE_MS,
        // If this process stalls past STALE_MS another writer may go ahead; the content check
        // before each replace still keeps both versions, so there is nothing to do here.
        onCompromised: () => {},
      });
    } catch (error) {
      if ((error as { code?: string }).code !== 'ELOCKED') {
        throw new InterludeError(
          'IO_ERROR',
          `Interlude could not take the journal's writer lock at ${lockPath}. Check that the folder is writable.`,
          { cause: error },
        );
      }
    }
    const waited = Date.now() - started;
    if (!told && waited >= NOTICE_AFTER_MS) {
      told = true;
      tell();
    }
    if (waited >= GIVE_UP_AFTER_MS) {
      throw new InterludeError(
        'IO_ERROR',
        'Another Interlude window or command has been writing this journal for over 30 seconds, so nothing was changed. ' +
          'Wait for it to finish, then try again.',
      );
    }
    await new Promise((resolve) => setTimeout(resolve, RETRY_EVERY_MS));
  }
}
