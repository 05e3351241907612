/** `interlude init`: creates a new journal and prints its recovery key, once. */
import { InterludeError } from '../../shared/errors.ts';
import { parseCommandArguments, VAULT_OPTIONS } from './arguments.ts';
import type { CliCommandRun, CliIo } from './io.ts';
import { cliVault, vaultPathFrom } from './open-vault.ts';
import { readPassphraseForNewVault } from './secrets.ts';

const USAGE = 'init [--vault PATH] [--passphrase-file FILE] [--json]';

/**
 * The init command, creating the journal with `initialDocument(io)` inside (default `{}`). The vault
 * treats the document as opaque; the journal service supplies its empty journal here.
 */
export function createInitCommand(initialDocument: (io: CliIo) => unknown = () => ({})): CliCommandRun {
  return async (argv, io) => {
    const { values } = parseCommandArguments(argv, VAULT_OPTIONS, { usage: USAGE });
    const vaultPath = vaultPathFrom(values.vault, io);
    const vault = cliVault(vaultPath, io);
    if (await vault.exists()) {
      throw new InterludeError(
        'VAULT_EXISTS',
        `A journal already exists at ${vaultPath}. Interlude will not overwrite it; choose another path with --vault. ` +
          'If an earlier init was interrupted before it showed the recovery key, run "interlude recovery-key" for a new one.',
      );
    }
    const passphrase = await readPassphraseForNewVault(io, { passphraseFile: values['passphrase-file'] });
    const { recoveryKey } = await vault.create(passphrase, initialDocument(io));
    vault.lock();
    if (values.json) {
      io.stdout(`${JSON.stringify({ recoveryKey })}\n`);
    } else {
      io.stdout(
        [
          `Created a new journal at ${vaultPath}.`,
          '',
          'Your recovery key is shown only this once. Write it down and keep it somewhere safe:',
          '',
          `    ${recoveryKey}`,
          '',
          'If you forget your passphrase, this key is the only way back into your journal.',
          '',
        ].join('\n'),
      );
    }
    return 0;
  };
}
