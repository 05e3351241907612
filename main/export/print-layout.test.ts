import { describe, expect, it } from 'vitest';
import {
  EMPTY_HEADER_TEMPLATE,
  EXPORT_PRINT_PARTITION,
  electronPrintToPdfOptions,
  exportPrintWindowOptions,
  PAGE_MARGINS_MM,
  pdfFooterTemplate,
  playwrightPdfOptions,
} from './print-layout.ts';

describe('pdfFooterTemplate', () => {
  it('shows the page number and the page count', () => {
    const footer = pdfFooterTemplate('My journal');
    expect(footer).toContain('<span class="pageNumber"></span>');
    expect(footer).toContain('<span class="totalPages"></span>');
    expect(footer).toContain('My journal');
  });

  it('prints a title the user typed as text', () => {
    const footer = pdfFooterTemplate('<img src=x onerror=alert(1)>');
    expect(footer).not.toContain('<img');
    expect(footer).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('shortens a long title so it cannot push the page number off the line', () => {
    expect(pdfFooterTemplate('x'.repeat(500))).toContain(`${'x'.repeat(79)}…`);
    expect(pdfFooterTemplate('x'.repeat(500))).not.toContain('x'.repeat(80));
  });
});

describe('Electron print options', () => {
  it('prints backgrounds, page numbers and no default header, on the chosen paper', () => {
    const options = electronPrintToPdfOptions({ pageSize: 'Letter', footerTemplate: '<span>f</span>' });
    expect(options).toMatchObject({
      pageSize: 'Letter',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: EMPTY_HEADER_TEMPLATE,
      footerTemplate: '<span>f</span>',
    });
    expect(electronPrintToPdfOptions({ pageSize: 'A4' }).footerTemplate).toContain('pageNumber');
  });

  it('gives Electron margins in inches that match the stylesheet’s millimetres', () => {
    const { margins } = electronPrintToPdfOptions({ pageSize: 'A4' });
    expect(margins.top * 25.4).toBeCloseTo(PAGE_MARGINS_MM.top, 6);
    expect(margins.bottom * 25.4).toBeCloseTo(PAGE_MARGINS_MM.bottom, 6);
    expect(margins.left * 25.4).toBeCloseTo(PAGE_MARGINS_MM.left, 6);
    expect(margins.right * 25.4).toBeCloseTo(PAGE_MARGINS_MM.right, 6);
  });

  it('prints in a hidden window with no JavaScript, the sandbox on, no Node and no preload', () => {
    const options = exportPrintWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webviewTag: false,
      preload: undefined,
    });
  });

  it('prints in an in-memory session of its own', () => {
    expect(exportPrintWindowOptions().webPreferences.partition).toBe(EXPORT_PRINT_PARTITION);
    // A "persist:" partition would write the session's cache and storage to disk.
    expect(EXPORT_PRINT_PARTITION.startsWith('persist:')).toBe(false);
  });
});

describe('Playwright print options', () => {
  it('matches the Electron options: same paper, margins, background and footer', () => {
    const options = playwrightPdfOptions({ pageSize: 'A4', footerTemplate: '<span>f</span>' });
    expect(options).toMatchObject({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: EMPTY_HEADER_TEMPLATE,
      footerTemplate: '<span>f</span>',
      margin: {
        top: `${PAGE_MARGINS_MM.top}mm`,
        right: `${PAGE_MARGINS_MM.right}mm`,
        bottom: `${PAGE_MARGINS_MM.bottom}mm`,
        left: `${PAGE_MARGINS_MM.left}mm`,
      },
    });
  });
});
