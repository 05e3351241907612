/** What a successful open does besides reading: remove temp files crashes left, and take the day's backup. */
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { InterludeError } from '../../shared/errors.ts';
import type { BackupStore } from './backups.ts';
import { isTempFileOf, removeStaleTempFiles } from './durable-write.ts';

/** Returns what went wrong, in plain words, or null. Never throws: the unlock itself succeeded. */
export async function housekeepAfterOpen(options: {
  vaultPath: string;
  backups: BackupStore;
  bytes: Buffer;
  now: Date;
}): Promise<string | null> {
  const { vaultPath, backups, bytes, now } = options;
  try {
    const real = await realpath(vaultPath).catch(() => vaultPath);
    const base = path.basename(real);
    await removeStaleTempFiles(path.dirname(real), (name) => isTempFileOf(base, name), now);
    await backups.removeStaleTempFiles(now);
    await backups.takeDailyBackups(bytes, now);
    return null;
  } catch (error) {
    return error instanceof InterludeError
      ? `Today's backup could not be made: ${error.message}`
      : "Today's backup could not be made.";
  }
}
