import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Entry } from '../../../shared/domain.ts';
import { runCli } from '../run-cli.ts';
import { createTestIo, expectOnePlainErrorLine } from '../test-io.ts';

const PASSPHRASE = 'correct horse battery staple';
const env = { INTERLUDE_PASSPHRASE: PASSPHRASE };
const now = new Date(2026, 2, 10, 20, 0);
let dir: string;
let vault: string;

async function cli(args: string[], stdin = '') {
  const io = createTestIo({ env, now });
  io.readStdin = async () => stdin;
  const code = await runCli([...args, '--vault', vault], io);
  return { code, out: io.out(), err: io.err() };
}

async function addJson(args: string[], stdin = ''): Promise<Entry> {
  const result = await cli(['add', '--json', ...args], stdin);
  expect(result.err).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.out) as Entry;
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'interlude-cli-'));
  vault = path.join(dir, 'journal.interlude');
  expect((await cli(['init', '--json'])).code).toBe(0);
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('interlude add', () => {
  it('saves an entry for today from --text, with mood, tags and emotions', async () => {
    const entry = await addJson([
      '--text',
      'Slept well for once',
      '--mood',
      '4',
      '--tags',
      'sleep, rest',
      '--emotions',
      'calm',
    ]);
    expect(entry).toMatchObject({
      day: '2026-03-10',
      body: 'Slept well for once',
      mood: 4,
      tags: ['sleep', 'rest'],
      emotions: ['calm'],
    });
    const listed = JSON.parse((await cli(['list', '--json'])).out) as Entry[];
    expect(listed).toEqual([entry]);
  });

  it('reads the text from standard input when --text is not given', async () => {
    const entry = await addJson(['--day', '2026-03-01'], 'Line one\nLine two\n');
    expect(entry.body).toBe('Line one\nLine two');
    expect(entry.day).toBe('2026-03-01');
  });

  it.each([
    [['--mood', '9'], 'mood must be 1 to 5'],
    [['--mood', 'happy'], 'mood must be 1 to 5'],
    [['--day', '2026-02-30'], 'day is not a real calendar date'],
    [['--emotions', 'sad,elated'], 'emotions'],
  ])('refuses %j with a message naming the field, and changes nothing on disk', async (args, words) => {
    const before = await readFile(vault);
    const result = await cli(['add', '--text', 'x', ...args]);
    expect(result.code).toBe(2);
    expect(expectOnePlainErrorLine(result.err)).toContain(words);
    expect(await readFile(vault)).toEqual(before);
  });
});

describe('interlude list, show, edit, delete, search, stats', () => {
  it('lists within a date range, newest first', async () => {
    await addJson(['--text', 'early', '--day', '2026-03-01']);
    await addJson(['--text', 'middle', '--day', '2026-03-05']);
    await addJson(['--text', 'late', '--day', '2026-03-09']);
    const listed = JSON.parse(
      (await cli(['list', '--json', '--from', '2026-03-02', '--to', '2026-03-09'])).out,
    ) as Entry[];
    expect(listed.map((e) => e.body)).toEqual(['late', 'middle']);
  });

  it('edits only the fields given, shows the entry, and deletes it', async () => {
    const entry = await addJson(['--text', 'first draft', '--mood', '2', '--tags', 'work']);
    const edited = await cli(['edit', entry.id, '--mood', '3', '--json']);
    expect(JSON.parse(edited.out)).toMatchObject({ body: 'first draft', mood: 3, tags: ['work'] });
    const shown = await cli(['show', entry.id]);
    expect(shown.out).toContain('first draft');
    expect(shown.out).toContain('okay (3)');
    expect((await cli(['delete', entry.id])).code).toBe(0);
    const missing = await cli(['show', entry.id]);
    expect(missing.code).toBe(1);
    expect(expectOnePlainErrorLine(missing.err)).toContain('no longer exists');
  });

  it('searches case- and accent-insensitively and prints the matching entries with their text', async () => {
    await addJson(['--text', 'Coffee at the CAFÉ near work']);
    await addJson(['--text', 'A long walk']);
    const result = await cli(['search', 'cafe']);
    expect(result.out).toContain('Coffee at the CAFÉ near work');
    expect(result.out).not.toContain('A long walk');
  });

  it('sums up the mood and the space period', async () => {
    await addJson(['--text', 'hard day', '--mood', '1', '--day', '2026-03-09']);
    await addJson(['--text', 'better', '--mood', '4']);
    const stats = JSON.parse((await cli(['stats', '--json'])).out);
    expect(stats.space).toMatchObject({ start: '2026-03-10', dayNumber: 1, lengthDays: 30 });
    expect(stats.summary).toMatchObject({ entryCount: 2, streakDays: 2 });
    expect(stats.summary.bestDay.day).toBe('2026-03-10');
  });

  it('verify checks the journal itself and counts its entries', async () => {
    await addJson(['--text', 'one']);
    const result = await cli(['verify', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ ok: true, counts: { entries: 1 } });
  });
});

describe('interlude export', () => {
  it('writes the chosen range as Markdown or JSON, readable by the user only', async () => {
    await addJson(['--text', 'in range', '--day', '2026-03-05']);
    await addJson(['--text', 'out of range', '--day', '2026-01-01']);
    const out = path.join(dir, 'export.md');
    const result = await cli([
      'export',
      '--format',
      'md',
      '--out',
      out,
      '--from',
      '2026-03-01',
      '--to',
      '2026-03-31',
    ]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('not encrypted');
    const markdown = await readFile(out, 'utf8');
    expect(markdown).toContain('in range');
    expect(markdown).not.toContain('out of range');
    expect((await stat(out)).mode & 0o777).toBe(0o600);

    const jsonOut = path.join(dir, 'export.json');
    expect((await cli(['export', '--format', 'json', '--out', jsonOut, '--from', '2026-01-01'])).code).toBe(
      0,
    );
    const json = JSON.parse(await readFile(jsonOut, 'utf8'));
    expect(json.entries.map((entry: Entry) => entry.body).sort()).toEqual(['in range', 'out of range']);
  });

  it('refuses PDF with a pointer to where PDF export lives', async () => {
    const result = await cli(['export', '--format', 'pdf', '--out', path.join(dir, 'x.pdf')]);
    expect(result.code).toBe(2);
    expect(expectOnePlainErrorLine(result.err)).toContain('--format must be md or json');
  });
});
