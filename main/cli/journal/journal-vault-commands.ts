/**
 * `init` and `verify` with the journal inside: init writes an empty journal (not `{}`), and
 * verify checks the decrypted document against the journal's schema and counts what it holds.
 */
import { dayOf } from '../../../shared/dates.ts';
import { loadJournalDocument, newJournalDocument } from '../../journal/journal-document.ts';
import { createInitCommand } from '../init-command.ts';
import type { CliCommandRun } from '../io.ts';
import { createVerifyCommand, type DocumentReport } from '../verify-command.ts';

export const runJournalInitCommand: CliCommandRun = createInitCommand((io) =>
  newJournalDocument(dayOf(io.now()), io.now()),
);

/** The journal's own inspection: a schema check, then counts. */
export function inspectJournal(raw: unknown): DocumentReport {
  try {
    const document = loadJournalDocument(raw);
    return {
      counts: {
        entries: document.entries.length,
        drafts: document.draft ? 1 : 0,
        contacts: document.contacts.length,
        importedPacks: document.packs.length,
      },
      problems: [],
    };
  } catch (error) {
    return { counts: {}, problems: [error instanceof Error ? error.message : 'The journal is not valid.'] };
  }
}

export const runJournalVerifyCommand: CliCommandRun = createVerifyCommand(inspectJournal);
