/** `import FILE [--format …] [--moods …] [--dry-run]`: entries from another journal app, never twice. */
import {
  IMPORT_FORMATS,
  IMPORT_MAX_BYTES,
  type ImportFormat,
  type ImportReport,
} from '../../../shared/api.ts';
import { InterludeError } from '../../../shared/errors.ts';
import { importJournalFile } from '../../journal-import/import-journal.ts';
import { parseCommandArguments, VAULT_OPTIONS } from '../arguments.ts';
import { readRegularFile } from '../read-regular-file.ts';
import type { CliCommandRun, CliIo } from '../io.ts';
import { withJournal } from './open-journal.ts';

const USAGE =
  'import FILE [--vault PATH] [--passphrase-file FILE] [--format dayone|jrnl|minidiary|daylio] [--moods NAME=1-5,…] [--dry-run] [--json]';

const IMPORT_OPTIONS = {
  ...VAULT_OPTIONS,
  format: { type: 'string' },
  moods: { type: 'string' },
  'dry-run': { type: 'boolean' },
} as const;

function formatOf(value: string | undefined): ImportFormat | undefined {
  if (value === undefined) return undefined;
  if ((IMPORT_FORMATS as readonly string[]).includes(value)) return value as ImportFormat;
  throw new InterludeError(
    'INVALID_INPUT',
    `--format must be one of ${IMPORT_FORMATS.join(', ')}. Usage: interlude ${USAGE}`,
  );
}

/** "irritable=2,ok=3" → { irritable: 2, ok: 3 }: the levels chosen for Daylio's custom moods. */
export function parseMoodLevels(value: string | undefined): Record<string, number> | undefined {
  if (value === undefined) return undefined;
  const levels: [string, number][] = [];
  for (const pair of value.split(',')) {
    const match = /^\s*(.+?)\s*=\s*([1-5])\s*$/.exec(pair);
    if (!match) {
      throw new InterludeError(
        'INVALID_INPUT',
        '--moods takes mood names with a level from 1 (awful) to 5 (great), e.g. --moods "irritable=2,ok=3".',
      );
    }
    levels.push([match[1]!, Number(match[2])]);
  }
  // fromEntries makes each name its own key, "__proto__" too, where an assignment would not.
  return Object.fromEntries(levels);
}

/**
 * The export's bytes, read only from a regular file and never past the limit: a device such as
 * /dev/zero, a pipe or a file still growing cannot fill the memory or block the command.
 */
async function readJournalFileBytes(file: string): Promise<Uint8Array> {
  const bytes = await readRegularFile(file, IMPORT_MAX_BYTES, 'export file');
  if (bytes.byteLength > IMPORT_MAX_BYTES) {
    throw new InterludeError(
      'TOO_LARGE',
      'This file is larger than 200 MB, more than Interlude imports at once. Export the journal again without photos and videos, or in parts.',
    );
  }
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** On a terminal, "Reading entries: 500 of 10,000" on one line that updates itself. */
function progressLine(io: CliIo) {
  if (!io.stderrIsTerminal) return { update: () => {}, done: () => {} };
  let shown = false;
  return {
    update: ({ read, total }: { read: number; total: number }) => {
      shown = true;
      io.stderr(`\rReading entries: ${read.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}`);
    },
    done: () => {
      if (shown) io.stderr('\n');
    },
  };
}

function reportText(report: ImportReport): string {
  const lines = [report.summary];
  if (report.skipped.length > 5) {
    lines.push('Skipped:', ...report.skipped.map((skip) => `  ${skip.where}: ${skip.reason}`));
  }
  lines.push(...report.notes);
  if (report.customMoods.some((mood) => mood.mood === null)) {
    lines.push('Choose their levels with --moods, e.g. --moods "irritable=2", and run the import again.');
  }
  if (report.dryRun) lines.push('Nothing was changed: this was a dry run.');
  else if (report.firstDay && report.added > 0)
    lines.push(`The entries are from ${report.firstDay} to ${report.lastDay}.`);
  return `${lines.join('\n')}\n`;
}

export const runImportCommand: CliCommandRun = async (argv, io) => {
  const { values, positionals } = parseCommandArguments(argv, IMPORT_OPTIONS, {
    min: 1,
    max: 1,
    usage: USAGE,
  });
  const file = positionals[0]!;
  const format = formatOf(values.format);
  const moods = parseMoodLevels(values.moods);
  const bytes = await readJournalFileBytes(file);
  const progress = progressLine(io);
  const report = await withJournal(values, io, async (journal) => {
    try {
      return await importJournalFile(
        journal,
        { fileName: file, bytes, format, moods, dryRun: values['dry-run'] === true },
        progress.update,
      );
    } finally {
      progress.done();
    }
  });
  io.stdout(values.json ? `${JSON.stringify(report)}\n` : reportText(report));
  return 0;
};
