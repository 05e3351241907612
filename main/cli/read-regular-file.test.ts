import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRegularFile } from './read-regular-file.ts';

const folder = mkdtempSync(join(tmpdir(), 'interlude-read-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('readRegularFile', () => {
  it('returns at most the limit plus one byte', async () => {
    const file = join(folder, 'ten.txt');
    writeFileSync(file, '0123456789');
    expect((await readRegularFile(file, 4)).toString()).toBe('01234');
    expect((await readRegularFile(file, 100)).toString()).toBe('0123456789');
  });

  it('refuses devices and FIFOs without blocking', async () => {
    await expect(readRegularFile('/dev/zero', 16)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const fifo = join(folder, 'pipe');
    execFileSync('mkfifo', [fifo]);
    await expect(readRegularFile(fifo, 16)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('says plainly when the file is missing or a folder', async () => {
    await expect(readRegularFile(join(folder, 'missing'), 16)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(readRegularFile(folder, 16)).rejects.toThrow(/is a folder/);
  });
});
