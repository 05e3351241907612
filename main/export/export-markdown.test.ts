import { describe, expect, it } from 'vitest';
import type { Entry } from '../../shared/domain.ts';
import { makeEntry } from './entry-fixture.ts';
import type { ExportDocumentInput } from './export-input.ts';
import { buildMarkdownExport, escapeMarkdownHtml } from './export-markdown.ts';

const entries: Entry[] = [
  makeEntry({
    id: 'one',
    day: '2025-03-02',
    section: 'reflect',
    mood: 2,
    emotions: ['sad', 'tired'],
    tags: ['sleep', 'дом'],
    prompt: { packId: 'built-in', promptId: 'reflect-1', text: 'What went wrong on both sides?' },
    body: 'First paragraph with **bold**.\n\n- a list\n- of things\n\nСегодня было тяжело 🌧️',
  }),
  makeEntry({ id: 'two', day: '2025-03-02', createdAt: '2025-03-02T20:00:00.000Z', body: 'Evening note.' }),
  makeEntry({ id: 'three', day: '2025-03-09', section: 'unknown-id', mood: 5, body: 'اليوم كان أفضل.' }),
];

const input: ExportDocumentInput = {
  entries,
  range: { from: '2025-03-01', to: '2025-03-31' },
  sectionTitles: { reflect: 'Take Time to Reflect on the Breakup' },
  includePrompts: true,
  generatedAt: '2025-04-01T09:00:00+01:00',
  title: 'My March',
  contacts: [{ day: '2025-03-09', note: 'They called.' }],
};

describe('buildMarkdownExport as one file', () => {
  const [file, ...others] = buildMarkdownExport(input, 'single-file');

  it('writes one file named for the range', () => {
    expect(others).toEqual([]);
    expect(file!.fileName).toBe('interlude-2025-03-01-to-2025-03-31.md');
  });

  it('carries every field of every entry', () => {
    const content = file!.content;
    expect(content).toContain('# My March');
    expect(content).toContain('## Sunday, March 2, 2025');
    expect(content).toContain('### Take Time to Reflect on the Breakup');
    expect(content).toContain('- Mood: bad (2 of 5)');
    expect(content).toContain('- Emotions: sad, tired');
    expect(content).toContain('- Tags: sleep, дом');
    expect(content).toContain('> What went wrong on both sides?');
    for (const entry of entries) expect(content).toContain(entry.body);
    expect(content).toContain('### unknown-id');
    expect(content).toContain('- Mood: great (5 of 5)');
    expect(content).toContain('*Contact with your ex logged: They called.*');
  });

  it('lists days in order and each day once', () => {
    const headings = file!.content.match(/^## .*$/gm);
    expect(headings).toEqual(['## Sunday, March 2, 2025', '## Sunday, March 9, 2025']);
  });

  it('leaves prompts out when the user chose to', () => {
    const [withoutPrompts] = buildMarkdownExport({ ...input, includePrompts: false }, 'single-file');
    expect(withoutPrompts!.content).not.toContain('What went wrong');
  });

  it('says so when there are no entries', () => {
    const [empty] = buildMarkdownExport({ ...input, entries: [] }, 'single-file');
    expect(empty!.content).toContain('There are no entries in this range.');
  });
});

describe('buildMarkdownExport as one file per day', () => {
  const files = buildMarkdownExport(input, 'file-per-day');

  it('writes one file per day with entries, named by date', () => {
    expect(files.map((file) => file.fileName)).toEqual(['2025-03-02.md', '2025-03-09.md']);
  });

  it('puts each entry in its own day’s file only', () => {
    const [march2, march9] = files;
    expect(march2!.content.startsWith('# Sunday, March 2, 2025\n')).toBe(true);
    expect(march2!.content).toContain('Evening note.');
    expect(march2!.content).not.toContain('اليوم كان أفضل.');
    expect(march9!.content).toContain('اليوم كان أفضل.');
    expect(march9!.content).toContain('## unknown-id');
  });

  it('writes no files for a range without entries', () => {
    expect(buildMarkdownExport({ ...input, entries: [] }, 'file-per-day')).toEqual([]);
  });
});

describe('Markdown escaping', () => {
  it('keeps typed HTML from being rendered by a Markdown viewer', () => {
    const hostile = makeEntry({
      id: 'h',
      body: '<script>alert(1)</script> <javascript:alert(2)>',
      tags: ['<b>'],
      section: 'x',
    });
    const [file] = buildMarkdownExport(
      { ...input, entries: [hostile], sectionTitles: { x: '<img src=x onerror=alert(3)>' } },
      'single-file',
    );
    expect(file!.content).not.toMatch(/(^|[^\\])</m);
    expect(file!.content).toContain('\\<script>alert(1)\\</script> \\<javascript:alert(2)>');
    expect(file!.content).toContain('### \\<img src=x onerror=alert(3)>');
  });

  it('keeps a typed backslash before < from cancelling the escape', () => {
    expect(escapeMarkdownHtml('a \\<b>')).toBe('a \\\\\\<b>');
    expect(escapeMarkdownHtml('no markup')).toBe('no markup');
  });

  it('keeps single-line fields on one line', () => {
    const entry = makeEntry({ id: 'n', tags: ['two\nlines'], section: 's' });
    const [file] = buildMarkdownExport(
      { ...input, entries: [entry], sectionTitles: { s: 'A\ntitle' } },
      'single-file',
    );
    expect(file!.content).toContain('### A title');
    expect(file!.content).toContain('- Tags: two lines');
  });
});
