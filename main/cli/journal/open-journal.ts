/** Opening the journal (vault + journal service) for a CLI command. */
import { JournalService } from '../../journal/journal-service.ts';
import { mergeCopiesBesideJournal } from '../../sync/copies-beside-journal.ts';
import type { CliIo } from '../io.ts';
import { existingVault, reportOpenNotices, vaultPathFrom } from '../open-vault.ts';
import { readPassphrase } from '../secrets.ts';

export interface JournalCommandOptions {
  vault?: string | undefined;
  'passphrase-file'?: string | undefined;
}

/**
 * Unlocks the journal named by --vault (or the default), runs `work` on it and always locks it
 * afterwards (zeroing the keys). With `writes`, the conflict copies beside it are merged first. The whole read, change and save holds the cross-process writer
 * lock, so a second command waits and then works on top of this one's result.
 */
export async function withJournal<T>(
  options: JournalCommandOptions,
  io: CliIo,
  work: (journal: JournalService) => Promise<T> | T,
  mode: { writes?: boolean } = {},
): Promise<T> {
  const vault = await existingVault(vaultPathFrom(options.vault, io), io);
  const passphrase = await readPassphrase(io, { passphraseFile: options['passphrase-file'] });
  return vault.exclusive(async () => {
    const journal = new JournalService({ vault, now: () => io.now() });
    reportOpenNotices(io, vault, await journal.unlock(passphrase));
    try {
      // A command that writes first brings in what a sync client left beside the journal, as the app does at unlock.
      if (mode.writes) {
        const { notice } = await mergeCopiesBesideJournal(vault, journal);
        if (notice)
          io.stderr(`${notice}
`);
      }
      return await work(journal);
    } finally {
      await journal.lock();
    }
  });
}
