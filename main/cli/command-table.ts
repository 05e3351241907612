/**
 * The CLI's commands. Each is loaded only when it runs, so a command whose file is missing (or
 * broken) does not stop the others. To add one, add a line: name, usage, summary, file, export.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { InterludeError } from '../../shared/errors.ts';
import type { CliCommandRun } from './io.ts';
import { TEXT_OPTIONS_HELP } from './journal/entry-text.ts';

export interface CliCommand {
  /** The arguments, as shown in help, e.g. `init [--vault PATH] [--json]`. */
  usage: string;
  /** One line for `interlude help`. */
  summary: string;
  /** More for `interlude <command> --help`: what a careful user should know. */
  details?: string;
  /** Loads the command's code. */
  load: () => Promise<CliCommandRun>;
}

const unavailable = (): InterludeError =>
  new InterludeError('NOT_FOUND', 'This command is not available in this version of Interlude.');

/** A command whose code is the export `exportName` of `moduleFile` (relative to this folder), loaded on use. */
export function command(
  usage: string,
  summary: string,
  moduleFile: string,
  exportName: string,
  details?: string,
): CliCommand {
  return {
    usage,
    summary,
    ...(details === undefined ? {} : { details }),
    load: async () => {
      const url = new URL(moduleFile, import.meta.url);
      // Checked before importing so a missing file is told apart from a broken one under any loader.
      if (!existsSync(fileURLToPath(url))) throw unavailable();
      const loaded = (await import(url.href)) as Record<string, unknown>;
      const run = loaded[exportName];
      if (typeof run !== 'function') throw unavailable();
      return run as CliCommandRun;
    },
  };
}

const VAULT = '[--vault PATH] [--passphrase-file FILE]';

// biome-ignore format: one line per command keeps the table easy to read and to extend.
export const CLI_COMMANDS: Readonly<Record<string, CliCommand>> = {
  init: command(`init ${VAULT} [--json]`, 'Create a new journal and print its recovery key', './journal/journal-vault-commands.ts', 'runJournalInitCommand'),
  verify: command(`verify ${VAULT} [--json]`, 'Check that the journal opens, decrypts and reads completely', './journal/journal-vault-commands.ts', 'runJournalVerifyCommand'),
  passwd: command(`passwd ${VAULT}`, 'Change the passphrase and re-encrypt the journal and its backups (new one from INTERLUDE_NEW_PASSPHRASE or a prompt)', './passwd-command.ts', 'runPasswdCommand'),
  recover: command('recover [--vault PATH] [--json]', 'Set a new passphrase with the recovery key; prints a new recovery key', './recover-command.ts', 'runRecoverCommand'),
  'recovery-key': command(`recovery-key ${VAULT} [--json]`, 'Issue a new recovery key (the old one stops working)', './recovery-key-command.ts', 'runRecoveryKeyCommand'),
  backups: command(`backups list|verify NAME|restore NAME ${VAULT} [--json]`, 'List, check or restore the encrypted backups', './backups-command.ts', 'runBackupsCommand'),
  add: command(`add ${VAULT} [--text-file FILE|-] [--text TEXT] [--mood 1-5] [--day YYYY-MM-DD] [--section ID] [--tags a,b] [--emotions a,b] [--json]`, 'Write an entry (text from standard input, --text-file or your editor)', './journal/entry-commands.ts', 'runAddCommand', TEXT_OPTIONS_HELP),
  list: command(`list ${VAULT} [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]`, 'List entries, newest first', './journal/entry-commands.ts', 'runListCommand'),
  show: command(`show ID ${VAULT} [--json]`, 'Print one entry', './journal/entry-commands.ts', 'runShowCommand'),
  edit: command(`edit ID ${VAULT} [--text-file FILE|-] [--text TEXT] [--mood 1-5|none] [--day …] [--section ID] [--tags a,b] [--emotions a,b] [--json]`, 'Change the fields given of an entry (none: its text, from standard input or your editor)', './journal/entry-commands.ts', 'runEditCommand', TEXT_OPTIONS_HELP),
  delete: command(`delete ID ${VAULT}`, 'Delete an entry', './journal/entry-commands.ts', 'runDeleteCommand'),
  search: command(`search [TEXT] ${VAULT} [--json]`, 'Find entries (case- and accent-insensitive); without TEXT, the words from standard input or a prompt', './journal/entry-commands.ts', 'runSearchCommand'),
  stats: command(`stats ${VAULT} [--json]`, 'The space period and your mood, summed up', './journal/stats-command.ts', 'runStatsCommand'),
  export: command(`export --format md|json --out PATH ${VAULT} [--from YYYY-MM-DD] [--to YYYY-MM-DD]`, 'Export entries as Markdown or JSON (not encrypted)', './journal/export-command.ts', 'runExportCommand'),
  import: command(`import FILE ${VAULT} [--format dayone|jrnl|minidiary|daylio] [--moods NAME=1-5,…] [--dry-run] [--json]`, 'Import a journal from Day One, jrnl, Mini Diary or Daylio', './journal/import-command.ts', 'runImportCommand'),
  article: command('article ARGS…', 'Turn an article into a prompt pack (no journal needed)', './article-command.ts', 'runArticleCommand'),
};
