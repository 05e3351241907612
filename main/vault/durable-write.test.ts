import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InterludeError } from '../../shared/errors.ts';
import { isDurableWriteTempFile, writeFileDurably, writerPidOf } from './durable-write.ts';

// write-file-atomic ignores short writes; this stand-in behaves the same way on a disk that fills
// up after half the bytes, so the size check is what must catch it.
const shortWrites = vi.hoisted(() => ({ enabled: false }));
vi.mock('write-file-atomic', async (importOriginal) => {
  const real = (await importOriginal()) as {
    default: (file: string, data: Buffer, options: object) => Promise<void>;
  };
  return {
    default: (file: string, data: Buffer, options: object) =>
      real.default(file, shortWrites.enabled ? data.subarray(0, data.length >> 1) : data, options),
  };
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'interlude-durable-'));
  shortWrites.enabled = false;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileDurably', () => {
  it('replaces the file whole, mode 0600', async () => {
    const target = path.join(dir, 'file.json');
    await writeFile(target, 'old');
    await writeFileDurably(target, Buffer.from('new content'));
    expect(await readFile(target, 'utf8')).toBe('new content');
    expect(await readdir(dir)).toEqual(['file.json']);
  });

  it('turns a short write into an IO_ERROR, keeps the old file and removes the partial temp', async () => {
    const target = path.join(dir, 'export.json');
    await writeFile(target, '{"old":true}');
    shortWrites.enabled = true;
    const error = await writeFileDurably(target, Buffer.from('x'.repeat(4096)), {
      action: 'save the export',
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InterludeError);
    expect((error as InterludeError).code).toBe('IO_ERROR');
    expect((error as InterludeError).message).toBe(
      'The disk is full, so Interlude could not save the export. Free some space and try again.',
    );
    expect(await readFile(target, 'utf8')).toBe('{"old":true}');
    expect(await readdir(dir)).toEqual(['export.json']);
  });
});

describe('temp file names', () => {
  it('are recognisable and carry the writer process id', () => {
    expect(isDurableWriteTempFile('export.md.saving-0000302a9f3c11d2')).toBe(true);
    expect(isDurableWriteTempFile('export.md.saving-0000302a9f3c11d2.123456789')).toBe(true);
    expect(writerPidOf('export.md.saving-0000302a9f3c11d2')).toBe(0x302a);
    expect(isDurableWriteTempFile('export.md')).toBe(false);
    expect(isDurableWriteTempFile('notes.saving-draft.md')).toBe(false);
  });
});
