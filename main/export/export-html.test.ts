import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import type { SpacePeriod } from '../../shared/api.ts';
import type { Entry } from '../../shared/domain.ts';
import { MOOD_COLORS } from '../../shared/mood-palette.ts';
import { makeEntry } from './entry-fixture.ts';
import { buildExportHtml, EXPORT_CSP } from './export-html.ts';
import type { ExportInput } from './export-input.ts';
import { exportMoodPoints } from './export-mood-points.ts';
import { selectEntriesForExport } from './select-entries.ts';

const range = { from: '2025-03-01', to: '2025-03-31' };
const space: SpacePeriod = {
  start: '2025-03-01',
  lengthDays: 30,
  end: '2025-03-30',
  today: '2025-03-31',
  dayNumber: 31,
  stage: 'after',
};

function exportInput(entries: Entry[], overrides: Partial<ExportInput> = {}): ExportInput {
  const selected = selectEntriesForExport(entries, { range: overrides.range ?? range });
  return {
    entries: selected,
    range,
    sectionTitles: { reflect: 'Take Time to Reflect on the Breakup', space: 'Give Yourself Space' },
    includeChart: true,
    includePrompts: true,
    pageSize: 'A4',
    moodPoints: exportMoodPoints({ entries: selected, range, space, contacts: [] }),
    space,
    contacts: [],
    generatedAt: '2025-04-01T10:00:00+02:00',
    ...overrides,
  };
}

function parse(html: string) {
  return parseDocument(html);
}

function textOf(html: string): string {
  return DomUtils.textContent(parse(html));
}

describe('buildExportHtml', () => {
  it('contains every entry in the range and none outside it', () => {
    const entries = [
      makeEntry({ id: 'a', day: '2025-02-28', body: 'BEFORE-RANGE' }),
      makeEntry({ id: 'b', day: '2025-03-01', body: 'FIRST-DAY' }),
      makeEntry({ id: 'c', day: '2025-03-15', body: 'MIDDLE-ONE' }),
      makeEntry({ id: 'd', day: '2025-03-15', body: 'MIDDLE-TWO' }),
      makeEntry({ id: 'e', day: '2025-03-31', body: 'LAST-DAY' }),
      makeEntry({ id: 'f', day: '2025-04-01', body: 'AFTER-RANGE' }),
    ];
    const text = textOf(buildExportHtml(exportInput(entries)));
    for (const inside of ['FIRST-DAY', 'MIDDLE-ONE', 'MIDDLE-TWO', 'LAST-DAY'])
      expect(text).toContain(inside);
    for (const outside of ['BEFORE-RANGE', 'AFTER-RANGE']) expect(text).not.toContain(outside);
  });

  it('groups entries under one heading per day, in date order', () => {
    const entries = [
      makeEntry({ id: 'late', day: '2025-03-20', body: 'twentieth' }),
      makeEntry({ id: 'early', day: '2025-03-02', body: 'second' }),
      makeEntry({
        id: 'early-2',
        day: '2025-03-02',
        body: 'second again',
        createdAt: '2025-03-02T22:00:00.000Z',
      }),
    ];
    const document = parse(buildExportHtml(exportInput(entries)));
    const headings = DomUtils.getElementsByTagName('h3', document)
      .filter((heading) => DomUtils.getAttributeValue(heading, 'class') === 'day-title')
      .map((heading) => DomUtils.textContent(heading));
    expect(headings).toEqual([
      expect.stringContaining('Sunday, March 2, 2025'),
      expect.stringContaining('Thursday, March 20, 2025'),
    ]);
    const bodies = DomUtils.findAll(
      (node) => DomUtils.getAttributeValue(node, 'class') === 'entry-body',
      document.children,
    );
    expect(bodies.map((body) => DomUtils.textContent(body))).toEqual(['second', 'second again', 'twentieth']);
  });

  it('puts the title, the range and the entry count on the cover', () => {
    const entries = [makeEntry({ id: 'a', day: '2025-03-03' }), makeEntry({ id: 'b', day: '2025-03-03' })];
    const html = buildExportHtml(exportInput(entries, { title: 'For my therapist' }));
    const cover = DomUtils.findOne(
      (node) => node.name === 'header' && node.attribs.class === 'cover',
      parse(html).children,
    )!;
    const text = DomUtils.textContent(cover);
    expect(text).toContain('For my therapist');
    expect(text).toContain('March 1, 2025 – March 31, 2025');
    expect(text).toContain('2 entries on 1 day');
    expect(text).toContain('not encrypted');
  });

  it('shows section title, prompt, mood word with its colour, emotions, tags and formatted body', () => {
    const entry = makeEntry({
      id: 'full',
      day: '2025-03-05',
      section: 'reflect',
      prompt: { packId: 'built-in', promptId: 'reflect-1', text: 'What went wrong on both sides?' },
      mood: 4,
      emotions: ['hopeful', 'calm'],
      tags: ['walk', 'sleep'],
      body: 'A **good** day.\n\n- walked\n- slept',
    });
    const html = buildExportHtml(exportInput([entry]));
    const text = textOf(html);
    expect(text).toContain('Take Time to Reflect on the Breakup');
    expect(text).toContain('What went wrong on both sides?');
    expect(text).toContain('good');
    expect(text).toContain('hopeful, calm');
    expect(text).toContain('#walk');
    expect(text).toContain('#sleep');
    expect(html).toContain('<strong>good</strong>');
    expect(html).toContain('<li dir="auto">walked</li>');
    expect(html).toContain('class="mood mood-4"');
    expect(html).toContain(`.mood-4 .swatch { background: ${MOOD_COLORS[4]}; }`);
  });

  it('leaves prompts out when the user chose to', () => {
    const entry = makeEntry({
      id: 'p',
      prompt: { packId: 'built-in', promptId: 'x', text: 'PROMPT-TEXT' },
      body: 'answer',
    });
    expect(textOf(buildExportHtml(exportInput([entry], { includePrompts: false })))).not.toContain(
      'PROMPT-TEXT',
    );
    expect(textOf(buildExportHtml(exportInput([entry], { includePrompts: true })))).toContain('PROMPT-TEXT');
  });

  it('leaves the chart out when the user chose to', () => {
    const entry = makeEntry({ id: 'm', mood: 3 });
    expect(buildExportHtml(exportInput([entry], { includeChart: false }))).not.toContain('<svg');
    expect(buildExportHtml(exportInput([entry], { includeChart: true }))).toContain('<svg');
  });

  it('charts one point per day with a mood', () => {
    const entries = [
      makeEntry({ id: 'a', day: '2025-03-02', mood: 2 }),
      makeEntry({ id: 'b', day: '2025-03-02', mood: 4 }),
      makeEntry({ id: 'c', day: '2025-03-09', mood: 5 }),
      makeEntry({ id: 'd', day: '2025-03-10', mood: null }),
      makeEntry({ id: 'e', day: '2025-03-31', mood: 1 }),
    ];
    const document = parse(buildExportHtml(exportInput(entries)));
    const points = DomUtils.findAll((node) => node.attribs.class === 'mood-point', document.children);
    expect(points.map((point) => point.attribs['data-day'])).toEqual([
      '2025-03-02',
      '2025-03-09',
      '2025-03-31',
    ]);
  });

  it('prints the page size the user chose', () => {
    expect(buildExportHtml(exportInput([], { pageSize: 'Letter' }))).toContain('@page { size: Letter;');
    expect(buildExportHtml(exportInput([], { pageSize: 'A4' }))).toContain('@page { size: A4;');
  });

  it('says so when the range has no entries', () => {
    expect(textOf(buildExportHtml(exportInput([])))).toContain('There are no entries in this range.');
  });

  it('keeps each day heading in one unbreakable block with the first entry’s header', () => {
    const entries = [makeEntry({ id: 'a', day: '2025-03-02', mood: 2, body: 'text' })];
    const html = buildExportHtml(exportInput(entries));
    const heading = DomUtils.findOne(
      (node) => node.name === 'h3' && DomUtils.getAttributeValue(node, 'class') === 'day-title',
      parse(html).children,
    )!;
    const block = heading.parent as { attribs: Record<string, string> };
    expect(block.attribs.class).toBe('keep-together');
    expect(html).toMatch(/\.keep-together, \.entry-header \{ break-inside: avoid; break-after: avoid; \}/);
    expect(html).toMatch(/h3\.day-title \{[^}]*break-after: avoid;/);
  });

  it('is static: a strict CSP, no scripts, and nothing that could be fetched', () => {
    const html = buildExportHtml(exportInput([makeEntry({ id: 'a', mood: 3, body: 'x' })], { contacts: [] }));
    const document = parse(html);
    const csp = DomUtils.findOne(
      (node) => node.name === 'meta' && node.attribs['http-equiv'] === 'Content-Security-Policy',
      document.children,
    );
    expect(csp?.attribs.content).toBe(EXPORT_CSP);
    expect(EXPORT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(DomUtils.getElementsByTagName('script', document)).toEqual([]);
    const fetching = DomUtils.findAll(
      (node) => ['src', 'href', 'srcset', 'action', 'poster', 'data'].some((name) => name in node.attribs),
      document.children,
    );
    expect(fetching).toEqual([]);
    expect(html).not.toMatch(/url\(|@import|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });
});

describe('buildExportHtml with hostile text', () => {
  const attacks = [
    '<script>alert("body")</script>',
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(2)">click</a>',
    '[link](javascript:alert(3))',
    '"><svg onload=alert(4)>',
    "'; background:url(https://evil.example/x); '",
  ];

  it('prints HTML in every user field as text', () => {
    const attack = attacks.join(' ');
    const entry = makeEntry({
      id: 'hostile',
      day: '2025-03-04',
      section: 'imported',
      body: `${attack}\n\n- ${attack}\n\n1. **${attack}**`,
      tags: [attack.slice(0, 40), '<b>tag</b>'],
      prompt: { packId: 'imported', promptId: 'p', text: attack },
      mood: 2,
    });
    const html = buildExportHtml(
      exportInput([entry], {
        title: attack,
        sectionTitles: { imported: attack },
        contacts: [{ day: '2025-03-04', note: attack }],
      }),
    );
    const document = parse(html);
    expect(DomUtils.getElementsByTagName('script', document)).toEqual([]);
    expect(DomUtils.getElementsByTagName('img', document)).toEqual([]);
    expect(DomUtils.getElementsByTagName('a', document)).toEqual([]);
    // The only svg is the chart, which has no handlers.
    const withHandlers = DomUtils.findAll(
      (node) => Object.keys(node.attribs).some((name) => name.startsWith('on')),
      document.children,
    );
    expect(withHandlers).toEqual([]);
    const styled = DomUtils.findAll((node) => 'style' in node.attribs, document.children);
    expect(styled).toEqual([]);
    const stylesheet = DomUtils.textContent(DomUtils.getElementsByTagName('style', document));
    expect(stylesheet).not.toContain('evil');

    const text = DomUtils.textContent(document);
    // Title (twice: <title> and the cover), section title, prompt, body paragraph, list item,
    // numbered item and the contact note each show the attack as plain text.
    expect(text.split(attacks[0]!).length - 1).toBeGreaterThanOrEqual(8);
    expect(text).toContain('#<b>tag</b>');
  });
});

describe('buildExportHtml with Unicode', () => {
  const cyrillic = 'Сегодня было тяжело, но я справилась.';
  const arabic = 'اليوم كان أفضل قليلاً من الأمس.';
  const emoji = 'Rain all day 🌧️ then sun 🌤️ 💙 👩🏽‍🤝‍👨🏻';

  it('keeps emoji, Cyrillic and Arabic exactly, in every user field', () => {
    const entry = makeEntry({
      id: 'u',
      section: 'custom',
      body: `${cyrillic}\n\n${arabic}\n\n${emoji}`,
      tags: ['дом', 'صديق', '🌱'],
      prompt: { packId: 'p', promptId: 'q', text: arabic },
    });
    const text = textOf(
      buildExportHtml(exportInput([entry], { title: `${cyrillic} 🌱`, sectionTitles: { custom: arabic } })),
    );
    for (const expected of [cyrillic, arabic, emoji, '#дом', '#صديق', '#🌱', `${cyrillic} 🌱`]) {
      expect(text).toContain(expected);
    }
  });

  it('lets right-to-left paragraphs choose their own direction', () => {
    const html = buildExportHtml(exportInput([makeEntry({ id: 'r', body: `${arabic}\n\n${cyrillic}` })]));
    expect(html).toContain(`<p dir="auto">${arabic}</p>`);
    expect(html).toContain(`<p dir="auto">${cyrillic}</p>`);
  });

  it('declares UTF-8 before any text', () => {
    const html = buildExportHtml(exportInput([]));
    expect(html.indexOf('<meta charset="utf-8">')).toBeLessThan(html.indexOf('<title>'));
  });
});
