/** Finding and opening the vault a command works on, and saying on stderr what the user must know. */
import path from 'node:path';
import { InterludeError } from '../../shared/errors.ts';
import { defaultDataDir, defaultVaultPath } from '../paths.ts';
import { REVISION_FILE_NAME } from '../vault/revision-store.ts';
import { type UnlockOptions, type UnlockResult, Vault } from '../vault/vault.ts';
import { WAITING_MESSAGE, writerLockPathFor } from '../vault/writer-lock.ts';
import type { CliIo } from './io.ts';
import { readPassphrase } from './secrets.ts';

/** The vault path: --vault (relative to the working directory), or the app's own file for this OS. */
export function vaultPathFrom(vaultOption: string | undefined, io: CliIo): string {
  if (vaultOption !== undefined) return path.resolve(vaultOption);
  return defaultVaultPath({ env: io.env, homeDir: io.env.HOME || undefined });
}

/** The app's data folder: the device's records and the writer lock, shared with the app. */
function deviceDataDirFor(io: CliIo): string {
  return io.deviceDataDir ?? defaultDataDir({ env: io.env, homeDir: io.env.HOME || undefined });
}

/** A Vault object for the path (locked; nothing is read yet). */
export function cliVault(vaultPath: string, io: CliIo): Vault {
  return new Vault({
    path: vaultPath,
    now: () => io.now(),
    kdfParams: io.vaultKdfParams,
    revisionFile: path.join(deviceDataDirFor(io), REVISION_FILE_NAME),
    draftDir: deviceDataDirFor(io),
    lockFile: writerLockPathFor(deviceDataDirFor(io), vaultPath),
    onWaitForWriter: () => io.stderr(`${WAITING_MESSAGE}\n`),
  });
}

/** A Vault for the path, after checking there is a journal there (so nobody types a passphrase for nothing). */
export async function existingVault(vaultPath: string, io: CliIo): Promise<Vault> {
  const vault = cliVault(vaultPath, io);
  if (!(await vault.exists())) {
    throw new InterludeError(
      'NO_VAULT',
      `There is no journal at ${vaultPath}. Give its path with --vault, or create one with "interlude init".`,
    );
  }
  return vault;
}

/** The warning for a file older than the one this device saw last. */
export function olderThanSeenWarning(notice: NonNullable<UnlockResult['olderThanSeen']>): string {
  return (
    `Warning: this journal is older than the one this device last opened (revision ${notice.fileRevision}, ` +
    `this device saw ${notice.seenRevision}). Entries saved since may be missing: a sync service or a copy may ` +
    "have put back an earlier version. Check your sync service's version history, or restore the newest backup " +
    'with "interlude backups list" and "interlude backups restore NAME".\n'
  );
}

/**
 * Tells the user, on stderr, what opening found: an older file than this device saw, a new
 * recovery key (a version-1 journal was updated), a backup that failed. The command goes on.
 */
export function reportOpenNotices(io: CliIo, vault: Vault, result: Omit<UnlockResult, 'document'>): void {
  if (result.olderThanSeen) io.stderr(olderThanSeenWarning(result.olderThanSeen));
  if (result.recoveryKey) {
    io.stderr(
      [
        'Your journal was updated to the current file format, with new keys. Your old recovery key no longer works.',
        'Your new recovery key, shown only this once. Write it down and keep it somewhere safe:',
        '',
        `    ${result.recoveryKey}`,
        '',
      ].join('\n'),
    );
  }
  const backupProblem = vault.backupProblem();
  if (backupProblem) io.stderr(`Warning: ${backupProblem}\n`);
}

/**
 * Opens the journal named by --vault (or the default) with the passphrase from --passphrase-file,
 * INTERLUDE_PASSPHRASE or a prompt. Returns the unlocked vault and what the unlock found.
 */
export async function openVault(
  options: { vault?: string | undefined; 'passphrase-file'?: string | undefined },
  io: CliIo,
  unlockOptions: UnlockOptions = {},
): Promise<{ vault: Vault } & UnlockResult> {
  const vault = await existingVault(vaultPathFrom(options.vault, io), io);
  const passphrase = await readPassphrase(io, { passphraseFile: options['passphrase-file'] });
  return { vault, ...(await vault.unlock(passphrase, unlockOptions)) };
}

/** What the CLI says after a rotation (passwd, recover, recovery-key): the copies elsewhere. */
export function rotationNotice(backups: { reencrypted: number; left: number }): string {
  return [
    `The ${backups.reencrypted} backup${backups.reencrypted === 1 ? '' : 's'} on this computer ${backups.reencrypted === 1 ? 'was' : 'were'} re-encrypted under the new keys.`,
    ...(backups.left > 0
      ? [
          `${backups.left} backup${backups.left === 1 ? '' : 's'} could not be re-encrypted (made before an earlier change, or damaged) and still open${backups.left === 1 ? 's' : ''} with an older passphrase; delete ${backups.left === 1 ? 'it' : 'them'} if that passphrase is no longer safe.`,
        ]
      : []),
    "Copies made before today elsewhere (a sync service's version history, a USB stick, another computer) still open",
    'with the old passphrase and recovery key. Delete those copies, or clear that version history, if someone else knows them.',
    '',
  ].join('\n');
}

/**
 * Prints a recovery key just issued (recover, recovery-key): as JSON with --json, else `intro`,
 * the key set apart on its own line, and where the older copies still open.
 */
export function printNewRecoveryKey(
  io: Pick<CliIo, 'stdout'>,
  json: boolean | undefined,
  result: { recoveryKey: string; backups: { reencrypted: number; left: number } },
  intro: readonly string[],
): void {
  if (json) {
    io.stdout(`${JSON.stringify({ recoveryKey: result.recoveryKey, backups: result.backups })}\n`);
    return;
  }
  io.stdout([...intro, '', `    ${result.recoveryKey}`, '', rotationNotice(result.backups)].join('\n'));
}
