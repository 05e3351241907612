/**
 * The export the user asked for: build it from the open journal, ask where to save it, write it.
 * The PDF is printed by the host (Electron's printToPDF, or Chromium in the e2e harness).
 */
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ApiParsedArg } from '../../shared/api.ts';
import { InterludeError } from '../../shared/errors.ts';
import { buildExportHtml } from '../export/export-html.ts';
import { exportInputFromJournal } from '../export/export-from-journal.ts';
import { DEFAULT_EXPORT_TITLE } from '../export/export-input.ts';
import { buildJsonExport } from '../export/export-json.ts';
import { buildMarkdownExport } from '../export/export-markdown.ts';
import { pdfFooterTemplate } from '../export/print-layout.ts';
import { refuseJournalFilesAsTarget, writeExportFile } from '../export/write-export-file.ts';
import type { JournalService } from '../journal/journal-service.ts';
import type { Vault } from '../vault/vault.ts';
import type { CorePlatform } from './platform.ts';

export interface ExportContext {
  journal: JournalService;
  vault: Vault;
  platform: CorePlatform;
  now: () => Date;
}

function suggestedName(format: ApiParsedArg<'exportJournal'>['format'], from: string, to: string): string {
  const stem = `interlude-${from}-to-${to}`;
  switch (format) {
    case 'pdf':
      return `${stem}.pdf`;
    case 'markdown':
      return `${stem}.md`;
    case 'markdown-folder':
      return stem;
    case 'json':
      return `${stem}.json`;
    case 'vault-backup':
      return `journal-backup-${to}.interlude`;
  }
}

/** Builds the export, asks where to save it, and writes it. Returns where it went. */
export async function exportJournal(
  context: ExportContext,
  options: ApiParsedArg<'exportJournal'>,
): Promise<{ path: string }> {
  const { journal, platform, now } = context;
  const input = exportInputFromJournal(journal.snapshot(), options, journal.today(), now());
  const target = await platform.chooseExportPath(
    suggestedName(options.format, input.range.from, input.range.to),
    options.format,
  );
  if (!target) throw new InterludeError('CANCELLED', 'Export cancelled. Nothing was saved.');
  await refuseJournalFilesAsTarget(target, context.vault.path);

  switch (options.format) {
    case 'pdf': {
      const pdf = await platform.printPdf(buildExportHtml(input), {
        pageSize: input.pageSize,
        footerTemplate: pdfFooterTemplate(input.title ?? DEFAULT_EXPORT_TITLE),
      });
      await writeExportFile(target, pdf);
      break;
    }
    case 'markdown': {
      const [file] = buildMarkdownExport(input, 'single-file');
      await writeExportFile(target, file?.content ?? '');
      break;
    }
    case 'markdown-folder': {
      await mkdir(target, { recursive: true, mode: 0o700 });
      for (const file of buildMarkdownExport(input, 'file-per-day')) {
        await writeExportFile(path.join(target, file.fileName), file.content);
      }
      break;
    }
    case 'json':
      await writeExportFile(target, buildJsonExport(input).content);
      break;
    case 'vault-backup':
      // The encrypted file as it is on disk: pending saves first, then a byte-for-byte copy.
      await context.vault.flush();
      try {
        await copyFile(context.vault.path, target);
      } catch (error) {
        throw new InterludeError(
          'IO_ERROR',
          'The backup copy could not be saved there. Choose another place.',
          {
            cause: error,
          },
        );
      }
      break;
  }
  return { path: target };
}
