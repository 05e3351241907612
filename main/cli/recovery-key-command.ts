/**
 * `interlude recovery-key`: issues a new recovery key given the passphrase (the old key stops
 * working, and the journal and its backups are re-encrypted). Also the way out when a recovery
 * key was never seen, for instance after an interrupted `init`.
 */
import { parseCommandArguments, VAULT_OPTIONS } from './arguments.ts';
import type { CliCommandRun } from './io.ts';
import { existingVault, printNewRecoveryKey, vaultPathFrom } from './open-vault.ts';
import { readPassphrase } from './secrets.ts';

const USAGE = 'recovery-key [--vault PATH] [--passphrase-file FILE] [--json]';

export const runRecoveryKeyCommand: CliCommandRun = async (argv, io) => {
  const { values } = parseCommandArguments(argv, VAULT_OPTIONS, { usage: USAGE });
  const vault = await existingVault(vaultPathFrom(values.vault, io), io);
  const passphrase = await readPassphrase(io, { passphraseFile: values['passphrase-file'] });
  const result = await vault.newRecoveryKey(passphrase);
  vault.lock();
  printNewRecoveryKey(io, values.json, result, [
    'Your previous recovery key no longer works. Your new recovery key, shown only this once.',
    'Write it down and keep it somewhere safe, away from this computer:',
  ]);
  return 0;
};
