import { describe, expect, it } from 'vitest';
import { type Entry, EntrySchema } from '../../shared/domain.ts';
import { InterludeError } from '../../shared/errors.ts';
import { makeEntry } from './entry-fixture.ts';
import type { ExportDocumentInput } from './export-input.ts';
import { buildJsonExport, buildJsonExportValue, parseJsonExport } from './export-json.ts';
import { buildSampleJournal } from './sample-journal.ts';

const entries: Entry[] = [
  makeEntry({
    id: 'one',
    day: '2025-03-02',
    createdAt: '2025-03-02T08:15:00.000Z',
    updatedAt: '2025-03-03T10:00:00.000Z',
    section: 'reflect',
    mood: 2,
    emotions: ['sad', 'tired'],
    tags: ['sleep', 'дом', '🌱'],
    prompt: { packId: 'built-in', promptId: 'reflect-1', text: 'What went wrong on both sides?' },
    body: '<script>alert(1)</script>\n\nСегодня было тяжело 🌧️ اليوم كان أفضل',
  }),
  makeEntry({ id: 'two', day: '2025-03-09', mood: null }),
];

const input: ExportDocumentInput = {
  entries,
  range: { from: '2025-03-01', to: '2025-03-31' },
  sectionTitles: { reflect: 'Take Time to Reflect on the Breakup', unused: 'Not used' },
  includePrompts: true,
  generatedAt: '2025-04-01T09:00:00+01:00',
  contacts: [
    { day: '2025-03-05', note: 'They texted.' },
    { day: '2025-05-01', note: 'outside the range' },
  ],
};

describe('JSON export', () => {
  it('is a versioned interlude-export object', () => {
    const file = buildJsonExport(input);
    expect(file.fileName).toBe('interlude-2025-03-01-to-2025-03-31.json');
    const value = JSON.parse(file.content);
    expect(value).toMatchObject({
      format: 'interlude-export',
      version: 1,
      exportedAt: '2025-04-01T09:00:00+01:00',
      range: { from: '2025-03-01', to: '2025-03-31' },
    });
  });

  it('round-trips every field of every entry, Unicode and markup included', () => {
    const parsed = parseJsonExport(buildJsonExport(input).content);
    expect(parsed.entries).toEqual(entries);
  });

  it('round-trips a sample journal entry for entry', () => {
    const journal = buildSampleJournal(40);
    const parsed = parseJsonExport(
      buildJsonExport({ ...input, entries: journal.entries, range: journal.range }).content,
    );
    expect(parsed.entries).toEqual(journal.entries);
  });

  it('writes entries the journal’s own schema accepts', () => {
    for (const entry of buildJsonExportValue(input).entries) expect(EntrySchema.parse(entry)).toEqual(entry);
  });

  it('names the sections its entries use, and only those', () => {
    expect(buildJsonExportValue(input).sections).toEqual({ reflect: 'Take Time to Reflect on the Breakup' });
  });

  it('keeps the contacts inside the range', () => {
    expect(buildJsonExportValue(input).contacts).toEqual([{ day: '2025-03-05', note: 'They texted.' }]);
  });

  it('drops prompts when the user chose to leave them out', () => {
    const value = buildJsonExportValue({ ...input, includePrompts: false });
    expect(value.entries.map((entry) => entry.prompt)).toEqual([null, null]);
  });

  it('refuses text that is not an export, with a plain message', () => {
    expect(() => parseJsonExport('not json')).toThrow(InterludeError);
    expect(() => parseJsonExport('{"format":"other"}')).toThrow(/not an Interlude export/);
  });

  it('refuses an export from a newer version', () => {
    const newer = { ...buildJsonExportValue(input), version: 2 };
    expect(() => parseJsonExport(JSON.stringify(newer))).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_VERSION' }),
    );
  });

  it('refuses a damaged export and says where', () => {
    const damaged = buildJsonExportValue(input) as unknown as { entries: { mood: unknown }[] };
    damaged.entries[0]!.mood = 9;
    expect(() => parseJsonExport(JSON.stringify(damaged))).toThrow(
      /damaged or incomplete \(at entries\.0\.mood\)/,
    );
  });
});
