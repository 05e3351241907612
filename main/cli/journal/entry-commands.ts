/** `add`, `edit`, `delete`, `list`, `show` and `search`: the journal's entries from the command line. */
import { apiArgs } from '../../../shared/api.ts';
import { dayOf } from '../../../shared/dates.ts';
import { parseCommandArguments, VAULT_OPTIONS } from '../arguments.ts';
import type { CliCommandRun } from '../io.ts';
import {
  createEntrySchema,
  ENTRY_OPTIONS,
  entryChangesSchema,
  fieldsFromOptions,
  validate,
} from './entry-fields.ts';
import { entryBlock, entryLine } from './format-entry.ts';
import { withJournal } from './open-journal.ts';

const VAULT_USAGE = '[--vault PATH] [--passphrase-file FILE]';
const FIELD_USAGE =
  '[--text TEXT] [--mood 1-5|none] [--day YYYY-MM-DD] [--section ID] [--tags a,b] [--emotions a,b]';

/** `add`: the body from --text or standard input; prints the new entry's id once it is safely saved. */
export const runAddCommand: CliCommandRun = async (argv, io) => {
  const usage = `add ${VAULT_USAGE} ${FIELD_USAGE} [--json]`;
  const { values } = parseCommandArguments(argv, ENTRY_OPTIONS, { usage });
  const fields = fieldsFromOptions(values);
  if (fields.body === undefined) fields.body = (await io.readStdin()).replace(/\n$/, '');
  fields.day ??= dayOf(io.now());
  // Validated before the journal is opened: bad input changes nothing, not even today's backup.
  const input = validate(createEntrySchema, fields);
  const entry = await withJournal(values, io, (journal) => journal.createEntry(input));
  io.stdout(values.json ? `${JSON.stringify(entry)}\n` : `Saved entry ${entry.id} for ${entry.day}.\n`);
  return 0;
};

/** `edit ID`: changes only the fields given. */
export const runEditCommand: CliCommandRun = async (argv, io) => {
  const usage = `edit ID ${VAULT_USAGE} ${FIELD_USAGE} [--json]`;
  const { values, positionals } = parseCommandArguments(argv, ENTRY_OPTIONS, { min: 1, max: 1, usage });
  const id = validate(apiArgs.getEntry, { id: positionals[0] }).id;
  const changes = validate(entryChangesSchema, fieldsFromOptions(values));
  const entry = await withJournal(values, io, (journal) => journal.updateEntry(id, changes));
  io.stdout(values.json ? `${JSON.stringify(entry)}\n` : `Updated entry ${entry.id}.\n`);
  return 0;
};

/** `delete ID`. */
export const runDeleteCommand: CliCommandRun = async (argv, io) => {
  const usage = `delete ID ${VAULT_USAGE}`;
  const { values, positionals } = parseCommandArguments(argv, VAULT_OPTIONS, { min: 1, max: 1, usage });
  const id = validate(apiArgs.deleteEntry, { id: positionals[0] }).id;
  await withJournal(values, io, (journal) => journal.deleteEntry(id));
  io.stdout(`Moved entry ${id} to the trash. The app keeps it there for 30 days.\n`);
  return 0;
};

const LIST_OPTIONS = { ...VAULT_OPTIONS, from: { type: 'string' }, to: { type: 'string' } } as const;

/** `list [--from --to]`: newest first; --json prints the entries as a JSON list. */
export const runListCommand: CliCommandRun = async (argv, io) => {
  const usage = `list ${VAULT_USAGE} [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]`;
  const { values } = parseCommandArguments(argv, LIST_OPTIONS, { usage });
  const filter = validate(apiArgs.listEntries, { from: values.from, to: values.to });
  const entries = await withJournal(values, io, (journal) => journal.listEntries(filter));
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

/** `search TEXT`: the matching entries, best first, with their text. */
export const runSearchCommand: CliCommandRun = async (argv, io) => {
  const usage = `search TEXT ${VAULT_USAGE} [--json]`;
  const { values, positionals } = parseCommandArguments(argv, VAULT_OPTIONS, { min: 1, max: 1, usage });
  const { query, limit } = validate(apiArgs.searchEntries, { query: positionals[0] });
  const hits = await withJournal(values, io, (journal) => journal.searchEntries(query, limit));
  if (values.json) io.stdout(`${JSON.stringify(hits)}\n`);
  else if (hits.length === 0) io.stdout('No entries match.\n');
  else io.stdout(hits.map((hit) => entryBlock(hit.entry)).join('\n'));
  return 0;
};
