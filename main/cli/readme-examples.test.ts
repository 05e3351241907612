/**
 * The README teaches the command line; what it teaches must not put entry text in argv, where
 * `ps`, shell history and npm's debug log (for `npm run …`) all see it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const README = readFileSync(path.join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
const BIN_PREFIXES = [/^node bin\/interlude\.js\s+/, /^npx interlude\s+/, /^interlude\s+/];
const TEXT_COMMANDS = new Set(['add', 'edit']);

/** The shell lines of the README's code blocks that run the CLI, as argv after the bin. */
function cliExamples(markdown: string): string[][] {
  const blocks = [...markdown.matchAll(/```(?:sh|bash|shell)?\n([\s\S]*?)```/g)].map(
    (match) => match[1] ?? '',
  );
  const examples: string[][] = [];
  for (const line of blocks.flatMap((block) => block.split('\n'))) {
    const command = line.replace(/\s+#.*$/, '').trim();
    const prefix = BIN_PREFIXES.find((pattern) => pattern.test(command));
    if (prefix) examples.push(command.replace(prefix, '').split(/\s+/));
  }
  return examples;
}

describe("the README's CLI examples", () => {
  const examples = cliExamples(README);

  it('show how to write and edit entries through the bin', () => {
    const commands = examples.map((argv) => argv[0]);
    expect(commands).toContain('add');
    expect(commands).toContain('edit');
  });

  it('never carry entry text in argv', () => {
    for (const argv of examples.filter((args) => TEXT_COMMANDS.has(args[0] ?? ''))) {
      expect(argv, argv.join(' ')).not.toContain('--text');
      expect(argv.some((arg) => arg.startsWith('--text='))).toBe(false);
    }
  });

  it('never run a text-carrying command through npm run', () => {
    expect(README).not.toMatch(/npm run cli\b/);
    expect(README).not.toMatch(/npm (run|exec)[^\n`]*\b(add|edit|search)\b[^\n`]*--text\b/);
  });

  it('finds a --text example if there were one (the check can fail)', () => {
    const bad = cliExamples('```sh\nnode bin/interlude.js add --text "I miss her"\n```\n');
    expect(bad).toEqual([['add', '--text', '"I', 'miss', 'her"']]);
  });
});
