/**
 * Export to PDF: a year of entries (the deterministic sample journal, 365 entries, about 96 A4
 * pages with the mood chart), built as HTML and printed by the system Chromium through Playwright,
 * the engine the app prints with. Chromium is launched in setup, outside the timed part, as the app
 * keeps its print machinery warm between exports.
 */
import { buildExportHtml } from '../main/export/export-html.ts';
import { type ChromiumPdfPrinter, createChromiumPdfPrinter } from '../main/export/pdf-printer.ts';
import { pdfFooterTemplate } from '../main/export/print-layout.ts';
import { sampleExportInput } from '../main/export/sample-journal.ts';
import { defineBenchmarks } from './benchmark.ts';

const ENTRY_COUNT = 365;

interface PrintContext {
  printer: ChromiumPdfPrinter;
  input: ReturnType<typeof sampleExportInput>;
}

export default defineBenchmarks([
  {
    name: 'export.html.365',
    setup: () => sampleExportInput(ENTRY_COUNT),
    run: (input: ReturnType<typeof sampleExportInput>) => buildExportHtml(input),
    iterations: 10,
    target: '< 200 ms',
  },
  {
    name: 'export.pdf.365',
    setup: async (): Promise<PrintContext> => ({
      printer: await createChromiumPdfPrinter(),
      input: sampleExportInput(ENTRY_COUNT),
    }),
    run: ({ printer, input }: PrintContext) =>
      printer.print(buildExportHtml(input), {
        pageSize: input.pageSize,
        footerTemplate: pdfFooterTemplate(input.title),
      }),
    teardown: ({ printer }: PrintContext) => printer.close(),
    iterations: 5,
    target: '< 5 s',
  },
]);
