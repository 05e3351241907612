/** `export --format md|json --out PATH [--from --to]`: the journal in a portable, unencrypted file. */
import { apiArgs } from '../../../shared/api.ts';
import { InterludeError } from '../../../shared/errors.ts';
import { exportInputFromJournal } from '../../export/export-from-journal.ts';
import { buildJsonExport } from '../../export/export-json.ts';
import { buildMarkdownExport } from '../../export/export-markdown.ts';
import path from 'node:path';
import {
  checkExportTarget,
  removeAbandonedExportTemps,
  writeExportFile,
} from '../../export/write-export-file.ts';
import { vaultPathFrom } from '../open-vault.ts';
import { parseCommandArguments, VAULT_OPTIONS } from '../arguments.ts';
import type { CliCommandRun } from '../io.ts';
import { validate } from './entry-fields.ts';
import { withJournal } from './open-journal.ts';

const EXPORT_OPTIONS = {
  ...VAULT_OPTIONS,
  format: { type: 'string' },
  out: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
} as const;

const FORMATS = { md: 'markdown', json: 'json' } as const;

export const runExportCommand: CliCommandRun = async (argv, io) => {
  const usage =
    'export --format md|json --out PATH [--vault PATH] [--passphrase-file FILE] [--from YYYY-MM-DD] [--to YYYY-MM-DD]';
  const { values } = parseCommandArguments(argv, EXPORT_OPTIONS, { usage });
  const format = values.format === 'md' || values.format === 'json' ? values.format : null;
  if (!format) {
    throw new InterludeError(
      'INVALID_INPUT',
      `--format must be md or json (PDF needs a browser: use the app, or npm run export:pdf). Usage: interlude ${usage}`,
    );
  }
  if (!values.out) throw new InterludeError('INVALID_INPUT', `--out is required. Usage: interlude ${usage}`);
  const choices = validate(apiArgs.exportJournal, {
    format: FORMATS[format],
    from: values.from,
    to: values.to,
  });
  await checkExportTarget(values.out, vaultPathFrom(values.vault, io));
  // What an export killed earlier left here is plaintext: remove it before writing anew.
  await removeAbandonedExportTemps(path.dirname(path.resolve(values.out)), io.now());
  const input = await withJournal(values, io, (journal) =>
    exportInputFromJournal(journal.snapshot(), choices, journal.today(), io.now()),
  );
  const content =
    format === 'json'
      ? buildJsonExport(input).content
      : (buildMarkdownExport(input, 'single-file')[0]?.content ?? '');
  await writeExportFile(values.out, content);
  const count = input.entries.length;
  io.stdout(
    `Exported ${count} ${count === 1 ? 'entry' : 'entries'} (${input.range.from} to ${input.range.to}) to ${values.out}.\n` +
      'This file is not encrypted: keep it somewhere private.\n',
  );
  return 0;
};
