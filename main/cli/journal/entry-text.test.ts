/** Entry text reaches the CLI without argv: standard input, --text-file, or the user's editor. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Entry } from '../../../shared/domain.ts';
import { runCli } from '../run-cli.ts';
import { createTestIo, expectOnePlainErrorLine } from '../test-io.ts';

const env = { INTERLUDE_PASSPHRASE: 'correct horse battery staple' };
const now = new Date(2026, 2, 10, 20, 0);
let dir: string;
let vault: string;

interface Run {
  stdin?: string;
  terminal?: boolean;
  editor?: (initial: string) => string | null;
}

async function cli(args: string[], run: Run = {}) {
  const seenByEditor: string[] = [];
  const io = createTestIo({
    env,
    now,
    stdinIsTerminal: run.terminal ?? false,
    editor: (initial) => {
      seenByEditor.push(initial);
      return run.editor ? run.editor(initial) : null;
    },
  });
  io.readStdin = async () => run.stdin ?? '';
  const code = await runCli([...args, '--vault', vault], io);
  return { code, out: io.out(), err: io.err(), seenByEditor };
}

async function added(args: string[], run: Run = {}): Promise<Entry> {
  const result = await cli(['add', '--json', ...args], run);
  expect(result.err).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.out) as Entry;
}

async function bodies(): Promise<string[]> {
  return (JSON.parse((await cli(['list', '--json'])).out) as Entry[]).map((entry) => entry.body);
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'interlude-text-'));
  vault = path.join(dir, 'journal.interlude');
  expect((await cli(['init', '--json'])).code).toBe(0);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('add', () => {
  it('takes the text from --text-file, and from standard input with --text-file -', async () => {
    const file = path.join(dir, 'entry.txt');
    await writeFile(file, 'Written in a file\nsecond line\n');
    expect((await added(['--text-file', file])).body).toBe('Written in a file\nsecond line');
    expect((await added(['--text-file', '-'], { stdin: 'Piped in\n' })).body).toBe('Piped in');
  });

  it('opens the editor on a terminal and saves what was written there', async () => {
    const entry = await added(['--mood', '4'], { terminal: true, editor: () => 'Written in my editor' });
    expect(entry).toMatchObject({ body: 'Written in my editor', mood: 4 });
  });

  it('saves nothing when the editor is left empty', async () => {
    const result = await cli(['add'], { terminal: true, editor: () => '  \n' });
    expect(result.code).toBe(1);
    expect(expectOnePlainErrorLine(result.err)).toContain('nothing was saved');
    expect(await bodies()).toEqual([]);
  });

  it('on a terminal with no editor set, says how to give the text', async () => {
    const result = await cli(['add'], { terminal: true });
    expect(result.code).toBe(2);
    expect(expectOnePlainErrorLine(result.err)).toContain('set $VISUAL or $EDITOR');
    expect(await bodies()).toEqual([]);
  });

  it('refuses --text and --text-file together, and a text file that is a device', async () => {
    const both = await cli(['add', '--text', 'a', '--text-file', '-']);
    expect(both.code).toBe(2);
    expect(expectOnePlainErrorLine(both.err)).toContain('not both');
    const device = await cli(['add', '--text-file', '/dev/zero']);
    expect(device.code).toBe(2);
    expect(expectOnePlainErrorLine(device.err)).toContain('device, pipe or socket');
  });

  it('refuses a day outside 1900 to 2100', async () => {
    for (const day of ['0100-01-01', '9999-12-31']) {
      const result = await cli(['add', '--day', day], { stdin: 'x' });
      expect(result.code).toBe(2);
      expect(expectOnePlainErrorLine(result.err)).toContain('day must be between 1900-01-01 and 2100-12-31');
    }
    expect(await bodies()).toEqual([]);
  });

  it('warns in its help that --text is visible to other programs', async () => {
    const help = await cli(['add', '--help']);
    expect(help.out).toContain('--text-file FILE');
    expect(help.out).toMatch(/every program on this computer\s+can see a command line/);
  });
});

describe('edit', () => {
  it('with no field given, replaces the text from standard input', async () => {
    const entry = await added([], { stdin: 'first words' });
    const result = await cli(['edit', entry.id, '--json'], { stdin: 'second thoughts\n' });
    expect(result.code).toBe(0);
    expect(await bodies()).toEqual(['second thoughts']);
  });

  it('never wipes the text when standard input is empty', async () => {
    const entry = await added([], { stdin: 'keep me' });
    const result = await cli(['edit', entry.id], { stdin: '' });
    expect(result.code).toBe(2);
    expect(expectOnePlainErrorLine(result.err)).toContain('left as it was');
    expect(await bodies()).toEqual(['keep me']);
  });

  it('leaves the text alone when only other fields are given', async () => {
    const entry = await added([], { stdin: 'unchanged text' });
    expect((await cli(['edit', entry.id, '--mood', '2'], { stdin: 'ignored' })).code).toBe(0);
    expect(await bodies()).toEqual(['unchanged text']);
  });

  it('on a terminal, opens the editor on the current text', async () => {
    const entry = await added([], { stdin: 'a first version' });
    const result = await cli(['edit', entry.id], {
      terminal: true,
      editor: (initial) => `${initial}, then a second`,
    });
    expect(result.code).toBe(0);
    expect(result.seenByEditor).toEqual(['a first version']);
    expect(await bodies()).toEqual(['a first version, then a second']);
  });

  it('takes --text-file too', async () => {
    const entry = await added([], { stdin: 'old' });
    const file = path.join(dir, 'new.txt');
    await writeFile(file, 'new from a file');
    expect((await cli(['edit', entry.id, '--text-file', file])).code).toBe(0);
    expect(await bodies()).toEqual(['new from a file']);
    expect(await readFile(file, 'utf8')).toBe('new from a file');
  });
});

describe('search', () => {
  it('takes its words from standard input, or a prompt on a terminal, instead of argv', async () => {
    await added([], { stdin: 'Coffee with Alex' });
    await added([], { stdin: 'A long walk' });
    const piped = await cli(['search', '--json'], { stdin: 'coffee\n' });
    expect(piped.code).toBe(0);
    expect((JSON.parse(piped.out) as { entry: Entry }[]).map((hit) => hit.entry.body)).toEqual([
      'Coffee with Alex',
    ]);

    const io = createTestIo({ env, now, stdinIsTerminal: true, answers: ['walk'] });
    expect(await runCli(['search', '--vault', vault], io)).toBe(0);
    expect(io.questions).toEqual(['Search for: ']);
    expect(io.out()).toContain('A long walk');
    expect(io.out()).not.toContain('Coffee');
  });
});
