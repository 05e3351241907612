import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEntry } from './entry-fixture.ts';
import { buildExportHtml } from './export-html.ts';
import type { ExportInput } from './export-input.ts';
import { type ChromiumPdfPrinter, createChromiumPdfPrinter } from './pdf-printer.ts';
import { readPdfOutline } from './pdf-outline.ts';
import { sampleExportInput } from './sample-journal.ts';

function pdfText(pdf: Uint8Array): string {
  return execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8' });
}

function input(): ExportInput {
  const base = sampleExportInput(1);
  return {
    ...base,
    title: 'Two months',
    range: { from: '2025-02-24', to: '2025-03-09' },
    space: { ...base.space, start: '2025-02-24', end: '2025-03-25', lengthDays: 30 },
    contacts: [{ day: '2025-03-04', note: '' }],
    entries: [
      makeEntry({
        id: 'a',
        day: '2025-02-25',
        mood: 2,
        emotions: ['sad', 'tired'],
        body: 'A hard Tuesday.',
        createdAt: new Date(2025, 1, 25, 21, 30).toISOString(),
      }),
      makeEntry({
        id: 'b',
        day: '2025-02-27',
        mood: 3,
        emotions: ['sad'],
        body: 'Thursday, a little better.',
      }),
      makeEntry({
        id: 'c',
        day: '2025-03-04',
        mood: 4,
        emotions: ['hopeful', 'sad'],
        body: 'A walk in March.',
      }),
      makeEntry({ id: 'd', day: '2025-03-05', mood: 5, emotions: ['calm'], body: 'Calm at last.' }),
    ],
  };
}

describe('the PDF, second pass', () => {
  let printer: ChromiumPdfPrinter;
  let pdf: Uint8Array;

  beforeAll(async () => {
    printer = await createChromiumPdfPrinter();
    pdf = await printer.print(buildExportHtml(input()), { pageSize: 'A4' });
  });

  afterAll(async () => {
    await printer?.close();
  });

  it('has bookmarks by month, with the days of each month inside it', () => {
    const [document] = readPdfOutline(pdf);
    expect(document?.title).toBe('Two months');
    const months = document!.children.filter((item) => /^\w+ \d{4}$/.test(item.title));
    expect(months.map((month) => month.title)).toEqual(['February 2025', 'March 2025']);
    expect(months[0]!.children.map((day) => day.title)).toEqual([
      'Tuesday, February 25, 2025',
      'Thursday, February 27, 2025',
    ]);
    expect(months[1]!.children.map((day) => day.title)).toEqual([
      'Tuesday, March 4, 2025',
      'Wednesday, March 5, 2025',
    ]);
    expect(document!.children.map((item) => item.title).slice(0, 2)).toEqual(['Contents', 'Summary']);
  });

  it('is a tagged PDF', () => {
    expect(execFileSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' })).toMatch(/Tagged:\s+yes/);
  });

  it('has a contents page and a summary with weekly moods, days of contact and the feelings named most', () => {
    const text = pdfText(pdf);
    expect(text).toMatch(
      /Contents[\s\S]*February 2025\s+2 entries on 2 days[\s\S]*March 2025\s+2 entries on 2 days/,
    );
    // Monday-based weeks: Feb 24 (2 and 3: 2.5) and Mar 3 (4 and 5: 4.5).
    expect(text).toMatch(/Week of February 24, 2025\s+2\.5 \(okay\)\s+2 days/);
    expect(text).toMatch(/Week of March 3, 2025\s+4\.5 \(great\)\s+2 days/);
    expect(text).toContain('Contact with your ex was logged on 1 day: March 4, 2025.');
    expect(text).toMatch(/Feelings named most often[\s\S]*sad \(3 entries\)/);
  });

  it('shows the time each entry was written', () => {
    expect(pdfText(pdf)).toMatch(/9:30 PM[\s\S]*A hard Tuesday\./);
  });
});
