/** Finding and opening the vault a command works on. */
import path from 'node:path';
import { InterludeError } from '../../shared/errors.ts';
import { defaultVaultPath } from '../paths.ts';
import { type UnlockOptions, type UnlockResult, Vault } from '../vault/vault.ts';
import type { CliIo } from './io.ts';
import { readPassphrase } from './secrets.ts';

/** The vault path: --vault (relative to the working directory), or the app's own file for this OS. */
export function vaultPathFrom(vaultOption: string | undefined, io: CliIo): string {
  if (vaultOption !== undefined) return path.resolve(vaultOption);
  return defaultVaultPath({ env: io.env, homeDir: io.env.HOME || undefined });
}

/** A Vault object for the path (locked; nothing is read yet). */
export function cliVault(vaultPath: string, io: CliIo): Vault {
  return new Vault({ path: vaultPath, now: () => io.now(), kdfParams: io.vaultKdfParams });
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

/**
 * Opens the journal named by --vault (or the default) with the passphrase from --passphrase-file,
 * INTERLUDE_PASSPHRASE or a prompt. Returns the unlocked vault and its decrypted document.
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
