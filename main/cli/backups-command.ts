/** `interlude backups list|verify NAME|restore NAME`: the encrypted copies kept beside the journal. */
import { InterludeError } from '../../shared/errors.ts';
import { parseCommandArguments, VAULT_OPTIONS } from './arguments.ts';
import type { CliCommandRun } from './io.ts';
import { cliVault, vaultPathFrom } from './open-vault.ts';
import { readPassphrase } from './secrets.ts';

const USAGE = 'backups list|verify NAME|restore NAME [--vault PATH] [--passphrase-file FILE] [--json]';

export const runBackupsCommand: CliCommandRun = async (argv, io) => {
  const { values, positionals } = parseCommandArguments(argv, VAULT_OPTIONS, {
    min: 1,
    max: 2,
    usage: USAGE,
  });
  const [action, name] = positionals;
  const vault = cliVault(vaultPathFrom(values.vault, io), io);
  const needsName = action === 'verify' || action === 'restore';
  if ((action !== 'list' && !needsName) || needsName !== (name !== undefined)) {
    throw new InterludeError('INVALID_INPUT', `Usage: interlude ${USAGE}`);
  }

  if (action === 'list') {
    const backups = await vault.listBackups();
    if (values.json) {
      io.stdout(`${JSON.stringify(backups)}\n`);
    } else if (backups.length === 0) {
      io.stdout(`No backups yet for ${vault.path}. Interlude makes one on the first unlock of each day.\n`);
    } else {
      const rows = backups.map(
        (backup) => `${backup.id}  ${backup.kind.padEnd(14)} ${backup.createdAt}  ${backup.sizeBytes} bytes`,
      );
      io.stdout(`${rows.join('\n')}\n`);
    }
    return 0;
  }

  if (action === 'verify') {
    const passphrase = await readPassphrase(io, { passphraseFile: values['passphrase-file'] });
    const { backup } = await vault.verifyBackup(name!, passphrase);
    io.stdout(
      values.json
        ? `${JSON.stringify({ ok: true, backup })}\n`
        : `The backup ${backup.id} is sound: it decrypted, passed authentication and parsed completely.\n`,
    );
    return 0;
  }

  const savedBefore = new Set((await vault.listBackups()).map((backup) => backup.id));
  await vault.restoreBackup(name!);
  const saved = (await vault.listBackups()).find(
    (backup) => backup.kind === 'before-restore' && !savedBefore.has(backup.id),
  );
  io.stdout(
    values.json
      ? `${JSON.stringify({ ok: true, restored: name, savedCurrentAs: saved?.id ?? null })}\n`
      : `Restored ${name}.${saved ? ` The journal as it was just before was saved as the backup ${saved.id}.` : ''}\n`,
  );
  return 0;
};
