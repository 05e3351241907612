import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InterludeError } from '../../shared/errors.ts';
import { makeEntry } from './entry-fixture.ts';
import { buildExportHtml } from './export-html.ts';
import { type ChromiumPdfPrinter, createChromiumPdfPrinter } from './pdf-printer.ts';
import { pdfFooterTemplate } from './print-layout.ts';
import { sampleExportInput } from './sample-journal.ts';

/** The PDF's text as poppler's pdftotext reads it (poppler-utils). */
function pdfText(pdf: Uint8Array): string {
  return execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8' });
}

function pdfInfo(pdf: Uint8Array): string {
  return execFileSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' });
}

describe('Chromium PDF printer', () => {
  let printer: ChromiumPdfPrinter;
  let server: Server;
  let requests: string[];
  let origin: string;

  beforeAll(async () => {
    printer = await createChromiumPdfPrinter();
    requests = [];
    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.end('body { color: red }');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await printer?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('prints an export whose text and page numbers are in the PDF', async () => {
    const input = sampleExportInput(3);
    input.entries = [
      makeEntry({ id: 'a', day: input.range.from, mood: 4, body: 'Walked to the lighthouse and back.' }),
      makeEntry({
        id: 'b',
        day: input.range.to,
        section: 'reflect',
        body: 'Wrote a letter I will not send.',
      }),
    ];
    const pdf = await printer.print(buildExportHtml(input), {
      pageSize: input.pageSize,
      footerTemplate: pdfFooterTemplate('Test export'),
    });
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('Walked to the lighthouse and back.');
    expect(text).toContain('Wrote a letter I will not send.');
    expect(text).toContain('Take Time to Reflect on the Breakup');
    expect(text).toMatch(/Page 1 of \d+/);
    expect(text).toMatch(/Page 2 of \d+/);
    expect(text).toContain('Test export');
  });

  it('prints on the paper size asked for', async () => {
    const html = '<!DOCTYPE html><p>paper</p>';
    expect(pdfInfo(await printer.print(html, { pageSize: 'Letter' }))).toMatch(/Page size:\s+612 x 792 pts/);
    expect(pdfInfo(await printer.print(html, { pageSize: 'A4' }))).toMatch(
      /Page size:\s+595\.\d+ x 842\.\d+ pts/,
    );
  });

  it('fetches nothing, even for a document that asks to', async () => {
    const html = `<!DOCTYPE html><html><head>
      <link rel="stylesheet" href="${origin}/style.css">
      <style>@import url("${origin}/import.css"); body { background: url("${origin}/background.png"); }
      @font-face { font-family: x; src: url("${origin}/font.woff2"); } p { font-family: x; }</style>
      </head><body><p>still printed</p><img src="${origin}/image.png">
      <iframe src="${origin}/frame.html"></iframe><object data="${origin}/object"></object></body></html>`;
    const pdf = await printer.print(html, { pageSize: 'A4' });
    expect(pdfText(pdf)).toContain('still printed');
    expect(requests).toEqual([]);
  });

  it('runs no script in the document', async () => {
    const html =
      '<!DOCTYPE html><p id="text">STATIC TEXT</p>' +
      '<script>document.getElementById("text").textContent = "SCRIPT RAN";</script>';
    const text = pdfText(await printer.print(html, { pageSize: 'A4' }));
    expect(text).toContain('STATIC TEXT');
    expect(text).not.toContain('SCRIPT RAN');
  });
});

describe('createChromiumPdfPrinter', () => {
  it('says plainly when Chromium cannot be started', async () => {
    await expect(createChromiumPdfPrinter('/nonexistent/chromium')).rejects.toThrow(InterludeError);
    await expect(createChromiumPdfPrinter('/nonexistent/chromium')).rejects.toThrow(
      /Chromium could not be started/,
    );
  });
});
