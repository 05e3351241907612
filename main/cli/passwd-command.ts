/** `interlude passwd`: changes the passphrase (the data is not re-encrypted; the recovery key still works). */
import { parseCommandArguments, VAULT_OPTIONS } from './arguments.ts';
import type { CliCommandRun } from './io.ts';
import { existingVault, vaultPathFrom } from './open-vault.ts';
import { readNewPassphrase, readPassphrase } from './secrets.ts';

const USAGE = 'passwd [--vault PATH] [--passphrase-file FILE]';

export const runPasswdCommand: CliCommandRun = async (argv, io) => {
  const { values } = parseCommandArguments(argv, VAULT_OPTIONS, { usage: USAGE });
  const vault = await existingVault(vaultPathFrom(values.vault, io), io);
  const current = await readPassphrase(io, {
    passphraseFile: values['passphrase-file'],
    question: 'Current passphrase: ',
  });
  const next = await readNewPassphrase(io);
  await vault.changePassphrase(current, next);
  io.stdout('Passphrase changed. Your recovery key still works.\n');
  return 0;
};
