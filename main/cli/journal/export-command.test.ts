/** `interlude export` on a full disk and onto special files: failure is reported, nothing is harmed. */
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { smallDiskForTheseTests } from '../../export/test-small-disk.ts';
import { runCli } from '../run-cli.ts';
import { createTestIo, expectOnePlainErrorLine } from '../test-io.ts';

const env = { INTERLUDE_PASSPHRASE: 'correct horse battery staple' };
let dir: string;
let vault: string;

async function cli(args: string[], stdin = '') {
  const io = createTestIo({ env, now: new Date(2026, 2, 10, 20, 0) });
  io.readStdin = async () => stdin;
  const code = await runCli([...args, '--vault', vault], io);
  return { code, out: io.out(), err: io.err() };
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'interlude-export-cli-'));
  vault = path.join(dir, 'journal.interlude');
  expect((await cli(['init', '--json'])).code).toBe(0);
  // About 150 KB of text: more than the small disk below holds.
  expect((await cli(['add', '--day', '2026-03-09'], 'a long night of writing '.repeat(6000))).code).toBe(0);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const smallDisk = smallDiskForTheseTests('64k');

describe('interlude export', () => {
  it('reports a full disk as a failure and keeps the older export whole', async (context) => {
    const disk = smallDisk.skipUnlessMounted(context);
    const out = path.join(disk, 'export.json');
    await writeFile(out, '{"the":"older export"}');
    const result = await cli(['export', '--format', 'json', '--out', out, '--from', '2026-03-01']);
    expect(result.code).toBe(1);
    expect(result.out).not.toContain('Exported');
    expect(expectOnePlainErrorLine(result.err)).toMatch(/disk is full.*unchanged/);
    expect(await readFile(out, 'utf8')).toBe('{"the":"older export"}');
    expect(await readdir(disk)).toEqual(['export.json']);
  });

  it('refuses a device as the target and leaves it a device', async () => {
    const result = await cli(['export', '--format', 'md', '--out', '/dev/full']);
    expect(result.code).toBe(2);
    expect(expectOnePlainErrorLine(result.err)).toContain('device, pipe or socket');
    expect((await stat('/dev/full')).isCharacterDevice()).toBe(true);
  });

  it('refuses the journal itself and a conflict copy of it', async () => {
    const before = await readFile(vault);
    for (const out of [vault, path.join(dir, 'journal.conflict-20260310T200000Z.interlude')]) {
      const result = await cli(['export', '--format', 'json', '--out', out]);
      expect(result.code).toBe(2);
      expect(expectOnePlainErrorLine(result.err)).toContain('encrypted journal');
    }
    expect(await readFile(vault)).toEqual(before);
  });

  it('removes what a killed export left in the folder when it runs', async () => {
    const leftover = path.join(dir, 'old-export.md.saving-7ffffff0deadbeef');
    await writeFile(leftover, 'plaintext from an export that was killed');
    const out = path.join(dir, 'export.md');
    expect((await cli(['export', '--format', 'md', '--out', out])).code).toBe(0);
    expect((await readdir(dir)).filter((name) => name.includes('.saving-'))).toEqual([]);
  });
});
