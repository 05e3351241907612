/**
 * The app's PDF printer: prints export HTML in a hidden, locked-down window with Electron's
 * `webContents.printToPDF`, the same Chromium engine the developer script drives through Playwright.
 *
 * The HTML never touches the disk. It is served from memory by a protocol handler on the print
 * window's own in-memory session, under a one-time random URL that is forgotten once the page has
 * loaded. A data: URL would also avoid the disk, but Chromium refuses URLs longer than 2 MB, and a
 * year of long entries is larger than that; a temporary file would leave the journal in clear on
 * disk. Every other request of that session is cancelled, on top of the document's own CSP.
 */
import { randomUUID } from 'node:crypto';
import { BrowserWindow, type CustomScheme, type Session, session } from 'electron';
import { InterludeError } from '../../shared/errors.ts';
import { EXPORT_CSP } from '../export/export-html.ts';
import {
  EXPORT_PRINT_PARTITION,
  electronPrintToPdfOptions,
  exportPrintWindowOptions,
  type PdfPrinter,
} from '../export/print-layout.ts';

const PRINT_SCHEME = 'interlude-print';
const TOKEN_AT_END = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/**
 * Add this to the app's single `protocol.registerSchemesAsPrivileged` call (before `ready`) so the
 * print URL parses as a standard URL. It grants no extra powers: not secure, no fetch, no storage.
 */
export const PRINT_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: PRINT_SCHEME,
  privileges: { standard: true },
};

/** Documents waiting to be loaded by a print window, by one-time token. */
const pendingDocuments = new Map<string, string>();
let printSession: Session | null = null;

function preparedPrintSession(): Session {
  if (printSession) return printSession;
  const printing = session.fromPartition(EXPORT_PRINT_PARTITION, { cache: false });
  printing.protocol.handle(PRINT_SCHEME, (request) => {
    const token = TOKEN_AT_END.exec(request.url)?.[1];
    const html = token === undefined ? undefined : pendingDocuments.get(token);
    if (request.method !== 'GET' || html === undefined) return new Response(null, { status: 404 });
    pendingDocuments.delete(token!);
    return new Response(html, {
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'content-security-policy': EXPORT_CSP,
      },
    });
  });
  printing.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !details.url.startsWith(`${PRINT_SCHEME}:`) });
  });
  printing.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  printing.setPermissionCheckHandler(() => false);
  printSession = printing;
  return printing;
}

/** Prints export HTML to PDF bytes in a hidden window with no JavaScript, no preload and the sandbox on. */
export const electronPdfPrinter: PdfPrinter = async (html, options) => {
  preparedPrintSession();
  const token = randomUUID();
  pendingDocuments.set(token, html);
  const printWindow = new BrowserWindow(exportPrintWindowOptions());
  try {
    printWindow.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    printWindow.webContents.on('will-navigate', (event) => event.preventDefault());
    await printWindow.loadURL(`${PRINT_SCHEME}://document/${token}`);
    return new Uint8Array(await printWindow.webContents.printToPDF(electronPrintToPdfOptions(options)));
  } catch (error) {
    throw new InterludeError(
      'IO_ERROR',
      'The PDF could not be printed. Nothing was saved. Please try again.',
      {
        cause: error,
      },
    );
  } finally {
    pendingDocuments.delete(token);
    printWindow.destroy();
  }
};
