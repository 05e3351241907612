/**
 * The export the user asked for: build it from the open journal, ask where to save it, write it.
 * The PDF is printed by the host (Electron's printToPDF, or Chromium in the e2e harness).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ApiParsedArg } from '../../shared/api.ts';
import { InterludeError } from '../../shared/errors.ts';
import { buildExportHtml } from '../export/export-html.ts';
import { exportInputFromJournal } from '../export/export-from-journal.ts';
import { DEFAULT_EXPORT_TITLE } from '../export/export-input.ts';
import { buildJsonExport } from '../export/export-json.ts';
import { buildMarkdownExport } from '../export/export-markdown.ts';
import { pdfFooterTemplate } from '../export/print-layout.ts';
import {
  checkExportTarget,
  removeAbandonedExportTemps,
  writeExportFile,
} from '../export/write-export-file.ts';
import type { JournalService } from '../journal/journal-service.ts';
import type { Vault } from '../vault/vault.ts';
import { readVaultFile } from '../vault/vault-file.ts';
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
  await checkExportTarget(target, context.vault.path, {
    folder: options.format === 'markdown-folder',
    replacingAJournalCopy: options.format === 'vault-backup',
  });
  // What an export killed earlier left here is plaintext: remove it before writing anew.
  await removeAbandonedExportTemps(path.dirname(path.resolve(target)), now());

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
      await removeAbandonedExportTemps(target, now());
      for (const file of buildMarkdownExport(input, 'file-per-day')) {
        const filePath = path.join(target, file.fileName);
        await checkExportTarget(filePath, context.vault.path);
        await writeExportFile(filePath, file.content);
      }
      break;
    }
    case 'json':
      await writeExportFile(target, buildJsonExport(input).content);
      break;
    case 'vault-backup':
      // The encrypted file as it is on disk: pending saves first, then a byte-for-byte copy
      // through the same durable path (a full disk fails loudly, never a cut-off copy).
      await context.vault.flush();
      await writeExportFile(target, await readVaultBytes(context.vault.path));
      break;
  }
  return { path: target };
}

async function readVaultBytes(vaultPath: string): Promise<Buffer> {
  try {
    return (await readVaultFile(vaultPath)).bytes;
  } catch (error) {
    throw new InterludeError(
      'IO_ERROR',
      'The journal file could not be read for the backup copy. Try again.',
      {
        cause: error,
      },
    );
  }
}
