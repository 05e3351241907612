import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runArticleCommand } from './article-command.ts';
import { createTestIo, expectOnePlainErrorLine } from './test-io.ts';

const folder = mkdtempSync(join(tmpdir(), 'interlude-article-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

const WORKSHEET =
  '# Coping Worksheet\n\nBy Sam Lee\n\n## 1. Sleep\n\nWhat helps you rest?\n\n## 2. Friends\n\n- **Reach out**: name one friend you trust.\n';

describe('interlude article FILE', () => {
  it('prints the pack as readable text', async () => {
    const io = createTestIo();
    expect(await runArticleCommand([file('worksheet.md', WORKSHEET)], io)).toBe(0);
    expect(io.out()).toBe(
      'Coping Worksheet\n2 sections, 2 prompts\n\n1. Sleep (during the space period)\n   - What helps you rest?\n\n' +
        '2. Friends (during the space period)\n   - What would “Reach out” look like for you this week, in one small, doable step?\n' +
        '     “Name one friend you trust.”\n',
    );
    expect(io.err()).toBe('');
  });

  it('prints exactly the documented JSON with --json, without source spans', async () => {
    const io = createTestIo();
    expect(await runArticleCommand([file('worksheet2.md', WORKSHEET), '--json'], io)).toBe(0);
    expect(JSON.parse(io.out())).toEqual({
      title: 'Coping Worksheet',
      sections: [
        {
          title: 'Sleep',
          stage: 'space',
          stageReason: 'the heading says “sleep”',
          prompts: [{ text: 'What helps you rest?' }],
        },
        {
          title: 'Friends',
          stage: 'space',
          stageReason: 'the heading says “friends”',
          prompts: [
            {
              text: 'What would “Reach out” look like for you this week, in one small, doable step?',
              title: 'Reach out',
              quote: 'Name one friend you trust.',
            },
          ],
        },
      ],
    });
  });

  it('reads UTF-16 files with a byte order mark and Windows-1252 files', async () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('# Café Notes\n\nWhat do you miss?\n', 'utf16le'),
    ]);
    const io = createTestIo();
    expect(await runArticleCommand([file('utf16.txt', utf16), '--json'], io)).toBe(0);
    expect(JSON.parse(io.out()).title).toBe('Café Notes');
    const latin = Buffer.from('# Caf\xe9 Notes\n\nWhat do you miss?\n', 'latin1');
    const io2 = createTestIo();
    expect(await runArticleCommand([file('latin.txt', latin), '--json'], io2)).toBe(0);
    expect(JSON.parse(io2.out()).title).toBe('Café Notes');
  });

  it('fails with one plain line and exit code 1 for a missing, binary or empty file', async () => {
    for (const [path, pattern] of [
      [join(folder, 'missing.md'), /no file at that path/],
      [file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01])), /does not look like text/],
      [file('empty.txt', ''), /This file is empty/],
      [folder, /folder/],
    ] as const) {
      const io = createTestIo();
      expect(await runArticleCommand([path], io)).toBe(1);
      expect(expectOnePlainErrorLine(io.err())).toMatch(pattern);
      expect(io.out()).toBe('');
    }
  });

  it('refuses a file over 2 MB before reading it as text', async () => {
    const io = createTestIo();
    expect(await runArticleCommand([file('big.txt', Buffer.alloc(2 * 1024 * 1024 + 1, 0x61))], io)).toBe(1);
    expect(expectOnePlainErrorLine(io.err())).toMatch(/larger than 2 MB/);
  });

  it('fails with exit code 2 on a wrong command line', async () => {
    for (const argv of [[], ['a.md', 'b.md'], ['a.md', '--yaml']]) {
      const io = createTestIo();
      expect(await runArticleCommand(argv, io)).toBe(2);
      expect(expectOnePlainErrorLine(io.err())).toMatch(/Usage: interlude article FILE \[--json\]/);
    }
  });
});

describe('interlude article on special files', () => {
  it('refuses /dev/zero at once instead of reading forever', async () => {
    const io = createTestIo();
    expect(await runArticleCommand(['/dev/zero'], io)).toBe(1);
    expect(expectOnePlainErrorLine(io.err())).toMatch(/device, pipe or socket/);
  });

  it('refuses a FIFO without waiting for a writer', async () => {
    const fifo = join(folder, 'article.fifo');
    execFileSync('mkfifo', [fifo]);
    const io = createTestIo();
    expect(await runArticleCommand([fifo], io)).toBe(1);
    expect(expectOnePlainErrorLine(io.err())).toMatch(/device, pipe or socket/);
  });

  it('reads no more than 2 MB and one byte of a larger file', async () => {
    const big = file('big.txt', 'a'.repeat(3 * 1024 * 1024));
    const io = createTestIo();
    expect(await runArticleCommand([big], io)).toBe(1);
    expect(expectOnePlainErrorLine(io.err())).toMatch(/larger than 2 MB/);
  });
});
