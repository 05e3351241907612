import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { headlessPdfPrinter } from './headless-pdf-printer.ts';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let scratch: string;
let previousTmp: string | undefined;

beforeEach(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'interlude-headless-pdf-'));
  previousTmp = process.env.TMPDIR;
  // Playwright makes the headless browser's profile in TMPDIR: point it here to see it go.
  process.env.TMPDIR = scratch;
});
afterEach(async () => {
  if (previousTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = previousTmp;
  await rm(scratch, { recursive: true, force: true });
});

describe.skipIf(!existsSync(chromiumPath))('the fallback’s PDF printer (needs Chromium)', () => {
  it('prints the export HTML to a PDF in a headless browser that is gone afterwards', async () => {
    const print = headlessPdfPrinter(chromiumPath, process.getuid?.() === 0);
    const pdf = await print('<!doctype html><title>x</title><h1>Day one</h1><p>I walked.</p>', {
      pageSize: 'A4',
    });
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(pdf.byteLength).toBeGreaterThan(500);
    expect(await readdir(scratch)).toEqual([]);
  });
});
