/** `interlude recover`: opens the journal with the recovery key, sets a new passphrase, prints a new key. */
import { parseCommandArguments, VAULT_OPTIONS } from './arguments.ts';
import type { CliCommandRun } from './io.ts';
import { existingVault, printNewRecoveryKey, vaultPathFrom } from './open-vault.ts';
import { readNewPassphrase, readRecoveryKey } from './secrets.ts';

const USAGE = 'recover [--vault PATH] [--json]';

export const runRecoverCommand: CliCommandRun = async (argv, io) => {
  const { values } = parseCommandArguments(argv, VAULT_OPTIONS, { usage: USAGE });
  const vault = await existingVault(vaultPathFrom(values.vault, io), io);
  const recoveryKey = await readRecoveryKey(io);
  const newPassphrase = await readNewPassphrase(io);
  const result = await vault.unlockWithRecoveryKey(recoveryKey, newPassphrase);
  vault.lock();
  printNewRecoveryKey(io, values.json, result, [
    'Your journal is open again with the new passphrase, under new keys.',
    '',
    'The old recovery key no longer works. Your new recovery key, shown only this once:',
  ]);
  return 0;
};
