/** `add`, `edit`, `delete`, `list`, `show` and `search`: the journal's entries from the command line. */
import { apiArgs } from '../../../shared/api.ts';
import { dayOf } from '../../../shared/dates.ts';
import { parseCommandArguments, VAULT_OPTIONS } from '../arguments.ts';
import type { CliCommandRun, CliIo } from '../io.ts';
import {
  createEntrySchema,
  ENTRY_OPTIONS,
  entryChangesSchema,
  fieldsFromOptions,
  validate,
} from './entry-fields.ts';
import { textForEditedEntry, textForNewEntry, textFromOptions } from './entry-text.ts';
import { entryBlock, entryLine } from './format-entry.ts';
import { withJournal } from './open-journal.ts';

const VAULT_USAGE = '[--vault PATH] [--passphrase-file FILE]';
const FIELD_USAGE =
  '[--text-file FILE|-] [--text TEXT] [--mood 1-5|none] [--day YYYY-MM-DD] [--section ID] [--tags a,b] [--emotions a,b]';

/** Commands that change the journal merge the sync clients' conflict copies first. */
const WRITES = { writes: true };
/**
 * `add`: the text from standard input, --text-file or the editor (entry-text.ts); prints the new
 * entry's id once it is safely saved.
 */
export const runAddCommand: CliCommandRun = async (argv, io) => {
  const usage = `add ${VAULT_USAGE} ${FIELD_USAGE} [--json]`;
  const { values } = parseCommandArguments(argv, ENTRY_OPTIONS, { usage });
  const fields = fieldsFromOptions(values);
  fields.body = (await textFromOptions(values, io)) ?? (await textForNewEntry(io));
  fields.day ??= dayOf(io.now());
  // Validated before the journal is opened: bad input changes nothing, not even today's backup.
  const input = validate(createEntrySchema, fields);
  const entry = await withJournal(values, io, (journal) => journal.createEntry(input), WRITES);
  io.stdout(values.json ? `${JSON.stringify(entry)}\n` : `Saved entry ${entry.id} for ${entry.day}.\n`);
  return 0;
};

/**
 * `edit ID`: changes only the fields given. Given none, it changes the text: from standard input
 * when piped, else in the editor, starting from the entry's current text.
 */
export const runEditCommand: CliCommandRun = async (argv, io) => {
  const usage = `edit ID ${VAULT_USAGE} ${FIELD_USAGE} [--json]`;
  const { values, positionals } = parseCommandArguments(argv, ENTRY_OPTIONS, { min: 1, max: 1, usage });
  const id = validate(apiArgs.getEntry, { id: positionals[0] }).id;
  const fields = fieldsFromOptions(values);
  const text = await textFromOptions(values, io);
  if (text !== undefined) fields.body = text;
  const onlyTheText = Object.keys(fields).length === 0;
  if (onlyTheText && !io.stdinIsTerminal) fields.body = await textForEditedEntry(io, '');
  const changes = validate(entryChangesSchema, fields);
  const entry = await withJournal(
    values,
    io,
    async (journal) => {
      if (onlyTheText && io.stdinIsTerminal) {
        // The editor opens on the text as it is now; the journal stays open meanwhile.
        const body = await textForEditedEntry(io, journal.getEntry(id).body);
        return journal.updateEntry(id, validate(entryChangesSchema, { body }));
      }
      return journal.updateEntry(id, changes);
    },
    WRITES,
  );
  io.stdout(values.json ? `${JSON.stringify(entry)}\n` : `Updated entry ${entry.id}.\n`);
  return 0;
};

/** `delete ID`. */
export const runDeleteCommand: CliCommandRun = async (argv, io) => {
  const usage = `delete ID ${VAULT_USAGE}`;
  const { values, positionals } = parseCommandArguments(argv, VAULT_OPTIONS, { min: 1, max: 1, usage });
  const id = validate(apiArgs.deleteEntry, { id: positionals[0] }).id;
  await withJournal(values, io, (journal) => journal.deleteEntry(id), WRITES);
  io.stdout(`Moved entry ${id} to the trash. The app keeps it there for 30 days.\n`);
  return 0;
};

const LIST_OPTIONS = { ...VAULT_OPTIONS, from: { type: 'string' }, to: { type: 'string' } } as const;

/** `list [--from --to]`: newest first; --json prints the entries as a JSON list. */
export const runListCommand: CliCommandRun = async (argv, io) => {
  const usage = `list ${VAULT_USAGE} [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]`;
  const { values } = parseCommandArguments(argv, LIST_OPTIONS, { usage });
  const { filter } = validate(apiArgs.listEntries, { filter: { from: values.from, to: values.to } });
  const entries = await withJournal(values, io, (journal) => journal.allEntries(filter));
  if (values.json) io.stdout(`${JSON.stringify(entries)}\n`);
  else if (entries.length === 0) io.stdout('No entries yet in that range.\n');
  else io.stdout(`${entries.map(entryLine).join('\n')}\n`);
  return 0;
};

/** `show ID`. */
export const runShowCommand: CliCommandRun = async (argv, io) => {
  const usage = `show ID ${VAULT_USAGE} [--json]`;
  const { values, positionals } = parseCommandArguments(argv, VAULT_OPTIONS, { min: 1, max: 1, usage });
  const id = validate(apiArgs.getEntry, { id: positionals[0] }).id;
  const entry = await withJournal(values, io, (journal) => journal.getEntry(id));
  io.stdout(values.json ? `${JSON.stringify(entry)}\n` : entryBlock(entry));
  return 0;
};

/** A terminal shows the best matches; more would scroll the first ones out of sight. */
const SEARCH_RESULTS_SHOWN = 200;

/**
 * `search [TEXT]`: the matching entries, best first, with their text. Without TEXT (which `ps`
 * would show), the words come from standard input when piped, else a prompt that does not echo.
 */
export const runSearchCommand: CliCommandRun = async (argv, io) => {
  const usage = `search [TEXT] ${VAULT_USAGE} [--json]`;
  const { values, positionals } = parseCommandArguments(argv, VAULT_OPTIONS, { min: 0, max: 1, usage });
  const words = positionals[0] ?? (await searchWordsWithoutArgv(io));
  const { query } = validate(apiArgs.searchEntries, { query: words });
  const hits = await withJournal(values, io, (journal) => journal.searchAll(query, SEARCH_RESULTS_SHOWN));
  if (values.json) io.stdout(`${JSON.stringify(hits)}\n`);
  else if (hits.length === 0) io.stdout('No entries match.\n');
  else io.stdout(hits.map((hit) => entryBlock(hit.entry)).join('\n'));
  return 0;
};

async function searchWordsWithoutArgv(io: CliIo): Promise<string> {
  if (!io.stdinIsTerminal) return (await io.readStdin()).trim();
  return (await io.promptSecret('Search for: ')).trim();
}
