/**
 * `interlude passwd`: changes the passphrase. The data key rotates and the journal and its backups
 * are re-encrypted, so the old passphrase opens nothing written from now on; the recovery key still works.
 */
import { parseCommandArguments, VAULT_OPTIONS } from './arguments.ts';
import type { CliCommandRun } from './io.ts';
import { existingVault, rotationNotice, vaultPathFrom } from './open-vault.ts';
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
  const result = await vault.changePassphrase(current, next);
  vault.lock();
  io.stdout(
    [
      'Passphrase changed. The journal was re-encrypted: the old passphrase opens nothing written from now on.',
      result.recoveryKey
        ? `The journal was also updated to the current format, so it has a new recovery key (the old one no longer works), shown only this once:\n\n    ${result.recoveryKey}\n`
        : 'Your recovery key still works.',
      rotationNotice(result.backups),
    ].join('\n'),
  );
  return 0;
};
