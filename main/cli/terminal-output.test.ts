/**
 * Escape sequences stored in entries come out neutralised on a real terminal (a pseudo-terminal
 * from util-linux `script`), and exactly as stored through a pipe. Real bin, real key derivation.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../vault/test-helpers.ts';

const BIN = path.join(import.meta.dirname, '..', '..', 'bin', 'interlude.js');
const HOSTILE = 'Title\u001b]0;pwned\u0007 \u001b[31mred\u001b[0m \u202eesrever\u202c\u009b2J end';

const CONTROLS = ['\u001b', '\u0007', '\u009b', '\u202e', '\u202c'];

let dir: string;
let cleanup: () => Promise<void>;
let vault: string;
let id: string;
const env = () => ({
  PATH: process.env.PATH ?? '',
  HOME: dir,
  INTERLUDE_PASSPHRASE: 'correct horse battery staple',
});

function run(args: string[]): string {
  return execFileSync(process.execPath, [BIN, ...args, '--vault', vault], { env: env(), encoding: 'utf8' });
}

/** Runs the bin with stdout on a pseudo-terminal and returns what the terminal received. */
function runOnTerminal(args: string[], withVault = true): string {
  const quoted = [process.execPath, BIN, ...args, ...(withVault ? ['--vault', vault] : [])]
    .map((part) => `'${part}'`)
    .join(' ');
  const result = spawnSync('script', ['-qec', quoted, '/dev/null'], { env: env(), encoding: 'utf8' });
  expect(result.status).toBe(0);
  return result.stdout.replace(/\r\n/g, '\n');
}

const hasScript = spawnSync('script', ['--version']).status === 0;

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
  vault = path.join(dir, 'journal.interlude');
  run(['init', '--json']);
  const textFile = path.join(dir, 'entry.txt');
  await writeFile(textFile, HOSTILE);
  id = (JSON.parse(run(['add', '--text-file', textFile, '--json'])) as { id: string }).id;
}, 60_000);
afterAll(() => cleanup());

// util-linux `script` provides the pseudo-terminal; without it there is no terminal to test on.
describe.skipIf(!hasScript)('terminal-safe output', () => {
  it.each([['show'], ['list'], ['search']])(
    '%s prints no escape sequence or bidi override to a terminal',
    (command) => {
      const args = command === 'show' ? ['show', id] : command === 'search' ? ['search', 'red'] : ['list'];
      const shown = runOnTerminal(args);
      expect(shown).toContain('Title');
      expect(shown).toContain('red');
      for (const control of CONTROLS) expect(shown).not.toContain(control);
    },
  );

  it('article prints an imported article without its escape sequences', async () => {
    const article = path.join(dir, 'article.md');
    await writeFile(article, `# ${HOSTILE}\n\n## Sleep\n\nWhat helps you \u001b[5mrest\u001b[0m?\n`);
    const shown = runOnTerminal(['article', article], false);
    expect(shown).toContain('rest?');
    for (const control of CONTROLS) expect(shown).not.toContain(control);
  });

  it('gives a pipe the exact stored text', () => {
    expect(run(['show', id])).toContain(HOSTILE);
  });
});
