/**
 * Page geometry and print options shared by both printers (Electron's printToPDF and Chromium
 * through Playwright), so the app and the developer script produce the same pages. Kept free of
 * any electron import so it can be tested in plain Node.
 */
import { escapeHtml } from './html-escape.ts';
import type { PageSize } from './export-input.ts';

/** Page margins in millimetres; the bottom one holds the footer with the page number. */
export const PAGE_MARGINS_MM = { top: 16, right: 16, bottom: 18, left: 16 } as const;

const MILLIMETRES_PER_INCH = 25.4;

/** What a printer is asked for besides the HTML. */
export interface PdfPrintOptions {
  pageSize: PageSize;
  /** Chromium's footer template (see pdfFooterTemplate); defaults to a page-number footer. */
  footerTemplate?: string;
}

/** Renders a document to PDF bytes. Two implementations: Electron (the app) and Chromium via Playwright. */
export type PdfPrinter = (html: string, options: PdfPrintOptions) => Promise<Uint8Array>;

/**
 * The footer Chromium draws in the bottom margin of every page: a label on the left and
 * "Page N of M" on the right. The label is escaped: it may be a title the user typed.
 * The template needs its own font size and padding: it is rendered apart from the document.
 */
export function pdfFooterTemplate(label = ''): string {
  const shortened = label.length > 80 ? `${label.slice(0, 79)}…` : label;
  return (
    `<div style="width:100%;box-sizing:border-box;padding:0 ${PAGE_MARGINS_MM.right}mm 0 ${PAGE_MARGINS_MM.left}mm;` +
    'display:flex;justify-content:space-between;gap:8mm;font-size:8pt;color:#555555;' +
    "font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Liberation Sans','DejaVu Sans',sans-serif\">" +
    `<span dir="auto" style="overflow:hidden;white-space:nowrap;text-overflow:ellipsis">${escapeHtml(shortened)}</span>` +
    '<span style="white-space:nowrap">Page <span class="pageNumber"></span> of <span class="totalPages"></span></span>' +
    '</div>'
  );
}

/** An empty header: without one, Chromium prints its own header with the date and the document title. */
export const EMPTY_HEADER_TEMPLATE = '<span></span>';

/** The options for Playwright's `page.pdf` (margins as CSS lengths). */
export function playwrightPdfOptions(options: PdfPrintOptions) {
  return {
    format: options.pageSize,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: EMPTY_HEADER_TEMPLATE,
    footerTemplate: options.footerTemplate ?? pdfFooterTemplate(),
    margin: {
      top: `${PAGE_MARGINS_MM.top}mm`,
      right: `${PAGE_MARGINS_MM.right}mm`,
      bottom: `${PAGE_MARGINS_MM.bottom}mm`,
      left: `${PAGE_MARGINS_MM.left}mm`,
    },
    // Day headings become PDF bookmarks, and the structure tree helps screen readers.
    outline: true,
    tagged: true,
  };
}

/** The options for Electron's `webContents.printToPDF` (margins in inches). */
export function electronPrintToPdfOptions(options: PdfPrintOptions) {
  return {
    pageSize: options.pageSize,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: EMPTY_HEADER_TEMPLATE,
    footerTemplate: options.footerTemplate ?? pdfFooterTemplate(),
    margins: {
      top: PAGE_MARGINS_MM.top / MILLIMETRES_PER_INCH,
      right: PAGE_MARGINS_MM.right / MILLIMETRES_PER_INCH,
      bottom: PAGE_MARGINS_MM.bottom / MILLIMETRES_PER_INCH,
      left: PAGE_MARGINS_MM.left / MILLIMETRES_PER_INCH,
    },
    generateDocumentOutline: true,
    generateTaggedPDF: true,
  };
}

/** The in-memory session the print window uses (no `persist:` prefix, so nothing of it reaches the disk). */
export const EXPORT_PRINT_PARTITION = 'export-print';

/**
 * The hidden window that prints the export: no JavaScript, sandboxed, isolated, no Node, no
 * preload, in its own in-memory session. Shaped as Electron's BrowserWindowConstructorOptions.
 */
export function exportPrintWindowOptions() {
  return {
    show: false,
    width: 800,
    height: 1100,
    webPreferences: {
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      preload: undefined,
      partition: EXPORT_PRINT_PARTITION,
      spellcheck: false,
      images: true,
    },
  };
}
