/** Opening the journal (vault + journal service) for a CLI command. */
import { JournalService } from '../../journal/journal-service.ts';
import type { CliIo } from '../io.ts';
import { existingVault, reportOpenNotices, vaultPathFrom } from '../open-vault.ts';
import { readPassphrase } from '../secrets.ts';

export interface JournalCommandOptions {
  vault?: string | undefined;
  'passphrase-file'?: string | undefined;
}

/** Unlocks the journal named by --vault (or the default) and returns its service; lock it when done. */
export async function openJournal(options: JournalCommandOptions, io: CliIo): Promise<JournalService> {
  const vault = await existingVault(vaultPathFrom(options.vault, io), io);
  const passphrase = await readPassphrase(io, { passphraseFile: options['passphrase-file'] });
  const journal = new JournalService({ vault, now: () => io.now() });
  reportOpenNotices(io, vault, await journal.unlock(passphrase));
  return journal;
}

/** Runs `work` on the open journal and always locks it afterwards (zeroing the keys). */
export async function withJournal<T>(
  options: JournalCommandOptions,
  io: CliIo,
  work: (journal: JournalService) => Promise<T> | T,
): Promise<T> {
  const journal = await openJournal(options, io);
  try {
    return await work(journal);
  } finally {
    await journal.lock();
  }
}
