import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Entry } from '../../../shared/domain.ts';
import { runCli } from '../run-cli.ts';
import { parseMoodLevels } from './import-command.ts';
import { createTestIo, expectOnePlainErrorLine } from '../test-io.ts';

const env = { INTERLUDE_PASSPHRASE: 'correct horse battery staple' };
const now = new Date(2026, 2, 10, 20, 0);
const fixtures = path.join(import.meta.dirname, '..', '..', 'journal-import', 'fixtures');
let dir: string;
let vault: string;
let zip: string;

async function cli(args: string[], options: { terminal?: boolean } = {}) {
  const io = createTestIo({ env, now });
  io.stderrIsTerminal = options.terminal === true;
  const code = await runCli([...args, '--vault', vault], io);
  return { code, out: io.out(), err: io.err() };
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'interlude-cli-import-'));
  vault = path.join(dir, 'journal.interlude');
  zip = path.join(dir, 'Day One Export.zip');
  const journal = await readFile(path.join(fixtures, 'dayone-journal.json'));
  await writeFile(zip, zipSync({ 'Journal.json': new Uint8Array(journal) }));
  expect((await cli(['init', '--json'])).code).toBe(0);
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('interlude import', () => {
  it('previews with --dry-run, imports, and adds nothing the second time', async () => {
    const preview = await cli(['import', zip, '--dry-run']);
    expect(preview.code).toBe(0);
    expect(preview.out).toMatch(
      /^Would import 3 entries from Day One, 2 skipped: entry 4 \(2024-03-07\) because it has no text/,
    );
    expect(preview.out).toMatch(/Nothing was changed: this was a dry run\./);
    expect(JSON.parse((await cli(['list', '--json'])).out)).toEqual([]);

    const imported = await cli(['import', zip]);
    expect(imported.out).toMatch(/^3 entries from Day One, 2 skipped/);
    const listed = JSON.parse((await cli(['list', '--json'])).out) as Entry[];
    expect(listed.map((entry) => entry.day)).toEqual(['2024-03-06', '2024-03-05', '2024-03-05']);

    const again = await cli(['import', zip, '--format', 'dayone']);
    expect(again.out).toMatch(/^0 entries from Day One, 3 entries already in your journal/);
    expect(JSON.parse((await cli(['list', '--json'])).out)).toHaveLength(3);
  });

  it('shows its progress on a terminal, and not in a pipe', async () => {
    const onTerminal = await cli(['import', zip], { terminal: true });
    expect(onTerminal.err).toMatch(/\rReading entries: 5 of 5\n$/);
    const piped = await cli(['import', zip, '--dry-run']);
    expect(piped.err).toBe('');
  });

  it('takes the levels of Daylio’s custom moods from --moods', async () => {
    const result = await cli([
      'import',
      path.join(fixtures, 'daylio.csv'),
      '--moods',
      'irritable=2',
      '--json',
    ]);
    expect(JSON.parse(result.out)).toMatchObject({
      format: 'daylio',
      added: 4,
      customMoods: [{ name: 'irritable', mood: 2 }],
    });
  });

  it('fails with one plain line for a wrong format or a missing file', async () => {
    const wrong = await cli(['import', zip, '--format', 'daylio']);
    expect(wrong.code).not.toBe(0);
    expect(expectOnePlainErrorLine(wrong.err)).toMatch(/only Day One exports a zip/);
    const missing = await cli(['import', path.join(dir, 'nope.json')]);
    expect(expectOnePlainErrorLine(missing.err)).toMatch(/There is no file at that path/);
    // A device never ends: refused at once, not read until memory runs out.
    const device = await cli(['import', '/dev/zero']);
    expect(device.code).not.toBe(0);
    expect(expectOnePlainErrorLine(device.err)).toMatch(/device, pipe or socket, not a file/);
    const badMoods = await cli(['import', zip, '--moods', 'irritable=7']);
    expect(badMoods.code).not.toBe(0);
    expect(expectOnePlainErrorLine(badMoods.err)).toMatch(/--moods takes mood names/);
  });
});

describe('interlude export without dates', () => {
  it('exports the whole journal, not only the space period', async () => {
    await cli(['import', zip]);
    const out = path.join(dir, 'all.json');
    const result = await cli(['export', '--format', 'json', '--out', out]);
    expect(result.out).toMatch(/^Exported 3 entries \(2024-03-05 to 2024-03-06\)/);
    const exported = JSON.parse(await readFile(out, 'utf8')) as { entries: unknown[] };
    expect(exported.entries).toHaveLength(3);
  });
});

describe('--moods', () => {
  it('keeps every name as written, a name such as __proto__ included', () => {
    const levels = parseMoodLevels('__proto__=2, constructor = 4,ok=3');
    expect(Object.entries(levels ?? {})).toEqual([
      ['__proto__', 2],
      ['constructor', 4],
      ['ok', 3],
    ]);
  });
});
