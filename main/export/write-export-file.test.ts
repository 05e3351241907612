import { execFileSync, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { smallDiskForTheseTests } from './test-small-disk.ts';
import { InterludeError } from '../../shared/errors.ts';
import { MAGIC } from '../vault/format-frame.ts';
import { checkExportTarget, removeAbandonedExportTemps, writeExportFile } from './write-export-file.ts';

let dir: string;
let vaultPath: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'interlude-export-write-'));
  vaultPath = path.join(dir, 'journal.interlude');
  await writeFile(vaultPath, Buffer.concat([MAGIC, Buffer.from('encrypted')]));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function refusal(target: string, options?: Parameters<typeof checkExportTarget>[2]): Promise<string> {
  const error = await checkExportTarget(target, vaultPath, options).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(InterludeError);
  expect((error as InterludeError).code).toBe('INVALID_INPUT');
  return (error as InterludeError).message;
}

describe('export targets', () => {
  it('accepts a new name in an existing folder and an existing plain file', async () => {
    await expect(checkExportTarget(path.join(dir, 'new.md'), vaultPath)).resolves.toBeUndefined();
    await writeFile(path.join(dir, 'old.md'), 'old export');
    await expect(checkExportTarget(path.join(dir, 'old.md'), vaultPath)).resolves.toBeUndefined();
  });

  it('refuses devices, pipes and sockets, and leaves them as they are', async () => {
    expect(await refusal('/dev/full')).toMatch(/device, pipe or socket/);
    expect(await refusal('/dev/null')).toMatch(/device, pipe or socket/);
    const fifo = path.join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    expect(await refusal(fifo)).toMatch(/device, pipe or socket/);
    const socketPath = path.join(dir, 'socket');
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(socketPath, resolve));
    try {
      expect(await refusal(socketPath)).toMatch(/device, pipe or socket/);
    } finally {
      server.close();
    }
    // A link to a device is the device.
    await symlink('/dev/full', path.join(dir, 'link-to-device'));
    expect(await refusal(path.join(dir, 'link-to-device'))).toMatch(/device, pipe or socket/);
  });

  it('refuses folders, missing folders and dangling links', async () => {
    expect(await refusal(dir)).toMatch(/is a folder/);
    expect(await refusal(path.join(dir, 'missing', 'x.md'))).toMatch(/folder for that file does not exist/);
    await symlink(path.join(dir, 'nowhere.md'), path.join(dir, 'dangling.md'));
    expect(await refusal(path.join(dir, 'dangling.md'))).toMatch(/link to something that does not exist/);
  });

  it('refuses the journal, its conflict copies, its backups and any other journal file', async () => {
    expect(await refusal(vaultPath)).toMatch(/encrypted journal/);
    expect(await refusal(path.join(dir, 'journal.conflict-20260310T200000Z.interlude'))).toMatch(
      /conflict copies/,
    );
    await mkdir(path.join(dir, 'backups'));
    expect(await refusal(path.join(dir, 'backups', 'journal.daily-2026-03-10.interlude'))).toMatch(/backups/);
    expect(await refusal(path.join(dir, 'backups'))).toMatch(/backups/);
    const otherJournal = path.join(dir, 'old-copy.bin');
    await writeFile(otherJournal, Buffer.concat([MAGIC, Buffer.from('sealed')]));
    expect(await refusal(otherJournal)).toMatch(/encrypted Interlude journal/);
    // An encrypted backup copy may replace an older encrypted copy.
    await expect(
      checkExportTarget(otherJournal, vaultPath, { replacingAJournalCopy: true }),
    ).resolves.toBeUndefined();
  });

  it('accepts an existing folder for the one-file-per-day export', async () => {
    await expect(checkExportTarget(dir, vaultPath, { folder: true })).resolves.toBeUndefined();
  });
});

const smallDisk = smallDiskForTheseTests('64k');

describe('a full disk', () => {
  it('fails the export with a plain IO_ERROR, keeps the old file whole and leaves no temp file', async (context) => {
    const disk = smallDisk.skipUnlessMounted(context);
    const target = path.join(disk, 'export.json');
    await writeExportFile(target, '{"entries":["the old export"]}');
    const error = await writeExportFile(target, 'x'.repeat(200 * 1024)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InterludeError);
    expect((error as InterludeError).code).toBe('IO_ERROR');
    expect((error as InterludeError).message).toMatch(/disk is full/);
    expect((error as InterludeError).message).toMatch(/unchanged/);
    expect(await readFile(target, 'utf8')).toBe('{"entries":["the old export"]}');
    expect(await readdir(disk)).toEqual(['export.json']);
  });
});

describe('exports killed halfway', () => {
  const WRITER = path.resolve(import.meta.dirname, 'test-slow-export-writer.ts');

  /** Starts a writer of a large export and kills it (SIGKILL) once its temp file exists. */
  async function killDuringExport(target: string): Promise<boolean> {
    const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', WRITER, target], {
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    const folder = path.dirname(target);
    for (let attempt = 0; attempt < 2000; attempt++) {
      const names = await readdir(folder);
      if (names.some((name) => name.includes('.saving-'))) {
        child.kill('SIGKILL');
        await exited;
        return true;
      }
      if (child.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    child.kill('SIGKILL');
    await exited;
    return false;
  }

  it('leave no plaintext temp file once the next export runs', async () => {
    const folder = path.join(dir, 'exports');
    await mkdir(folder);
    let killedMidWrite = false;
    for (let round = 0; round < 5 && !killedMidWrite; round++) {
      killedMidWrite = await killDuringExport(path.join(folder, 'export-1.md'));
    }
    expect(killedMidWrite).toBe(true);
    expect((await readdir(folder)).some((name) => name.includes('.saving-'))).toBe(true);

    // The next run (to another name in the same folder) removes what the killed one left.
    const removed = await removeAbandonedExportTemps(folder, new Date());
    expect(removed).toBeGreaterThan(0);
    await writeExportFile(path.join(folder, 'export-2.md'), 'the next export');
    const left = await readdir(folder);
    expect(left.filter((name) => name.includes('.saving-'))).toEqual([]);
    expect(left).toContain('export-2.md');
  });

  it('does not remove a temp file of a writer that is still running', async () => {
    const live = path.join(dir, `export.md.saving-${process.pid.toString(16).padStart(8, '0')}0000abcd`);
    await writeFile(live, 'a write under way in this process');
    expect(await removeAbandonedExportTemps(dir, new Date())).toBe(0);
    expect(await readdir(dir)).toContain(path.basename(live));
  });
});
