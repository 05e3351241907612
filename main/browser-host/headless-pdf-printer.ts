import { createChromiumPdfPrinter } from '../export/pdf-printer.ts';
import type { PdfPrinter } from '../export/print-layout.ts';

/**
 * The fallback's PDF printer: a headless page of the same browser as the window (the engine
 * Electron's printToPDF uses), with JavaScript off and every request refused. One browser per
 * export, closed at once, so nothing of the export lingers while the journal is open.
 */
export function headlessPdfPrinter(executablePath: string, runningAsRoot: boolean): PdfPrinter {
  return async (html, printOptions) => {
    const printer = await createChromiumPdfPrinter(executablePath, { sandbox: !runningAsRoot });
    try {
      return await printer.print(html, printOptions);
    } finally {
      await printer.close();
    }
  };
}
