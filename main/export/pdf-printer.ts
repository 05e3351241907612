/**
 * Prints export HTML to PDF with the system Chromium through Playwright: the engine Electron's
 * printToPDF uses, for the developer script, the benchmark and the tests. The app itself prints with
 * main/electron/print-to-pdf.ts.
 *
 * The page can run nothing and fetch nothing: JavaScript is off in its context, every request is
 * aborted, and the document's own CSP forbids everything but inline styles and data: images.
 */
import { type Browser, chromium } from '@playwright/test';
import { InterludeError } from '../../shared/errors.ts';
import { type PdfPrintOptions, type PdfPrinter, playwrightPdfOptions } from './print-layout.ts';

export type { PdfPrinter, PdfPrintOptions } from './print-layout.ts';

/** A printer that owns one Chromium; `close()` ends it. */
export interface ChromiumPdfPrinter {
  print: PdfPrinter;
  close(): Promise<void>;
}

/** The switches Chromium needs here (running as root, no GPU) and the ones that stop it phoning home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Launches Chromium and returns a printer that reuses it. Throws IO_ERROR when Chromium cannot start.
 * Each print gets a fresh browser context, so nothing of one export lingers into the next.
 */
export async function createChromiumPdfPrinter(
  executablePath = '/usr/bin/chromium',
  { sandbox = false }: { sandbox?: boolean } = {},
): Promise<ChromiumPdfPrinter> {
  let browser: Browser;
  try {
    // The sandbox stays off by default: these machines run Chromium as root, where it cannot start with it.
    const args = sandbox ? CHROMIUM_ARGS.filter((arg) => arg !== '--no-sandbox') : CHROMIUM_ARGS;
    browser = await chromium.launch({ executablePath, args, chromiumSandbox: sandbox });
  } catch (error) {
    throw new InterludeError(
      'IO_ERROR',
      `Chromium could not be started from ${executablePath}, so the PDF was not made. Install Chromium (apt-get install chromium) or give the path to another Chromium.`,
      { cause: error },
    );
  }

  const print: PdfPrinter = async (html: string, options: PdfPrintOptions) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      offline: true,
      serviceWorkers: 'block',
      acceptDownloads: false,
    });
    try {
      await context.route('**/*', (route) => route.abort('blockedbyclient'));
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      return new Uint8Array(await page.pdf(playwrightPdfOptions(options)));
    } catch (error) {
      throw new InterludeError(
        'IO_ERROR',
        'Chromium failed while printing the PDF. Nothing was saved. Please try again.',
        { cause: error },
      );
    } finally {
      await context.close();
    }
  };

  return {
    print,
    close: () => browser.close(),
  };
}
