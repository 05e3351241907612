/**
 * `npm run export:pdf -- --out FILE [--sample N | --vault PATH] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
 *  [--page-size A4|Letter] [--chromium PATH]`
 *
 * Prints the same export HTML the app prints, with the system Chromium through Playwright, so
 * anyone can open the PDF and look at it. `--sample N` builds a deterministic sample journal of N
 * entries instead of reading a vault.
 */
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type Day, DaySchema, PAGE_SIZES } from '../shared/domain.ts';
import { InterludeError } from '../shared/errors.ts';
import { buildExportHtml } from '../main/export/export-html.ts';
import { DEFAULT_EXPORT_TITLE, type ExportInput, type PageSize } from '../main/export/export-input.ts';
import { createChromiumPdfPrinter } from '../main/export/pdf-printer.ts';
import { pdfFooterTemplate } from '../main/export/print-layout.ts';
import { exportMoodPoints } from '../main/export/export-mood-points.ts';
import { buildSampleJournal } from '../main/export/sample-journal.ts';
import { checkExportTarget, writeExportFile } from '../main/export/write-export-file.ts';
import { defaultVaultPath } from '../main/paths.ts';
import { resolveExportRange, selectEntriesForExport } from '../main/export/select-entries.ts';
import { exportInputFromJournal, localIsoDateTime } from '../main/export/export-from-journal.ts';
import { loadJournalDocument } from '../main/journal/journal-document.ts';
import { createNodeIo } from '../main/cli/node-io.ts';
import { existingVault } from '../main/cli/open-vault.ts';
import { readPassphrase } from '../main/cli/secrets.ts';
import { dayOf } from '../shared/dates.ts';

const MAX_SAMPLE_ENTRIES = 10_000;

export interface ExportPdfArguments {
  out: string;
  source: { kind: 'sample'; entryCount: number } | { kind: 'vault'; vaultPath: string };
  from?: Day;
  to?: Day;
  pageSize: PageSize;
  chromiumPath: string;
}

/** What the script writes to; passed in so a test can read it. */
export interface ExportPdfIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The local date and time now. */
  now(): Date;
}

const USAGE =
  'Usage: npm run export:pdf -- --out FILE (--sample N | --vault PATH) [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--page-size A4|Letter] [--chromium PATH]';

/** Reads the command line. Throws INVALID_INPUT with a message that says what to change. */
export function parseExportPdfArguments(argv: string[]): ExportPdfArguments {
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        out: { type: 'string' },
        sample: { type: 'string' },
        vault: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        'page-size': { type: 'string' },
        chromium: { type: 'string' },
      },
    }).values;
  } catch (error) {
    throw new InterludeError('INVALID_INPUT', `${(error as Error).message}\n${USAGE}`);
  }
  if (!values.out)
    throw new InterludeError('INVALID_INPUT', `Say where to write the PDF with --out FILE.\n${USAGE}`);
  if ((values.sample === undefined) === (values.vault === undefined)) {
    throw new InterludeError(
      'INVALID_INPUT',
      `Give either --sample N or --vault PATH (one of them).\n${USAGE}`,
    );
  }
  const pageSize = values['page-size'] ?? 'A4';
  if (!(PAGE_SIZES as readonly string[]).includes(pageSize)) {
    throw new InterludeError('INVALID_INPUT', '--page-size must be A4 or Letter.');
  }
  const parsed: ExportPdfArguments = {
    out: values.out,
    source:
      values.sample !== undefined
        ? { kind: 'sample', entryCount: sampleCount(values.sample) }
        : { kind: 'vault', vaultPath: values.vault! },
    pageSize: pageSize as PageSize,
    chromiumPath: values.chromium ?? '/usr/bin/chromium',
  };
  if (values.from !== undefined) parsed.from = day(values.from, '--from');
  if (values.to !== undefined) parsed.to = day(values.to, '--to');
  return parsed;
}

function sampleCount(text: string): number {
  const count = Number(text);
  if (!/^\d+$/.test(text) || count < 1 || count > MAX_SAMPLE_ENTRIES) {
    throw new InterludeError(
      'INVALID_INPUT',
      `--sample must be a whole number from 1 to ${MAX_SAMPLE_ENTRIES}.`,
    );
  }
  return count;
}

function day(text: string, flag: string): Day {
  if (!DaySchema.safeParse(text).success) {
    throw new InterludeError('INVALID_INPUT', `${flag} must be a real date written as YYYY-MM-DD.`);
  }
  return text;
}

/** The export of a sample journal: every entry, unless --from or --to narrow it. */
export function exportInputFromSample(
  entryCount: number,
  choice: Pick<ExportPdfArguments, 'from' | 'to' | 'pageSize'>,
  generatedAt: string,
): ExportInput {
  const journal = buildSampleJournal(entryCount);
  const range = resolveExportRange(choice, { start: journal.range.from, end: journal.range.to });
  const entries = selectEntriesForExport(journal.entries, { range });
  return {
    entries,
    range,
    sectionTitles: journal.sectionTitles,
    includeChart: true,
    includePrompts: true,
    pageSize: choice.pageSize,
    moodPoints: exportMoodPoints({ ...journal, range }),
    space: journal.space,
    contacts: journal.contacts,
    generatedAt,
    title: `Sample journal (${entryCount} ${entryCount === 1 ? 'entry' : 'entries'})`,
  };
}

/**
 * The export of a real journal, exactly as the app exports it. The journal is opened read-only,
 * with the passphrase from INTERLUDE_PASSPHRASE or else a prompt that does not echo.
 */
export async function exportInputFromVault(
  vaultPath: string,
  choice: Pick<ExportPdfArguments, 'from' | 'to' | 'pageSize'>,
  now: Date,
): Promise<ExportInput> {
  const io = createNodeIo();
  const vault = await existingVault(path.resolve(vaultPath), io);
  const passphrase = await readPassphrase(io);
  const opened = await vault.unlock(passphrase, { readOnly: true });
  vault.lock();
  const document = loadJournalDocument(opened.document);
  return exportInputFromJournal(
    document,
    {
      from: choice.from,
      to: choice.to,
      pageSize: choice.pageSize,
      includeChart: true,
      includePrompts: true,
      includeUnsectioned: true,
    },
    dayOf(now),
    now,
  );
}

/** Fails before the slow part when the PDF could not be saved anyway. */
async function folderIsWritable(file: string): Promise<void> {
  try {
    await access(path.dirname(path.resolve(file)), constants.W_OK);
  } catch {
    throw new InterludeError(
      'IO_ERROR',
      'The PDF cannot be written there. Check that the folder exists and that you may write to it.',
    );
  }
}

/** Runs the script; returns the exit code. Errors are one plain line on stderr, never a stack trace. */
export async function runExportPdf(argv: string[], io: ExportPdfIo): Promise<number> {
  try {
    const args = parseExportPdfArguments(argv);
    await folderIsWritable(args.out);
    await checkExportTarget(
      args.out,
      args.source.kind === 'vault' ? path.resolve(args.source.vaultPath) : defaultVaultPath(),
    );
    const generatedAt = localIsoDateTime(io.now());
    const input =
      args.source.kind === 'sample'
        ? exportInputFromSample(args.source.entryCount, args, generatedAt)
        : await exportInputFromVault(args.source.vaultPath, args, io.now());
    const printer = await createChromiumPdfPrinter(args.chromiumPath);
    let pdf: Uint8Array;
    try {
      pdf = await printer.print(buildExportHtml(input), {
        pageSize: input.pageSize,
        footerTemplate: pdfFooterTemplate(input.title ?? DEFAULT_EXPORT_TITLE),
      });
    } finally {
      await printer.close();
    }
    // The same durable, owner-only write as the app's exports: the PDF is not encrypted.
    await writeExportFile(args.out, pdf);
    const count = input.entries.length;
    io.stdout(`Wrote ${args.out}: ${count} ${count === 1 ? 'entry' : 'entries'}, ${pdf.byteLength} bytes.\n`);
    io.stdout('This PDF is not encrypted. Keep it somewhere private.\n');
    return 0;
  } catch (error) {
    if (error instanceof InterludeError) {
      io.stderr(`${error.message}\n`);
      return error.code === 'INVALID_INPUT' ? 2 : 1;
    }
    const code = (error as NodeJS.ErrnoException | null)?.code;
    io.stderr(
      code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR'
        ? 'The PDF could not be written there. Check the path and that you may write to it.\n'
        : 'Something went wrong while making the PDF. Nothing was written.\n',
    );
    return 1;
  }
}

if (import.meta.main) {
  process.exitCode = await runExportPdf(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    now: () => new Date(),
  });
}
