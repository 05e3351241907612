/**
 * The CLI and a sync client's conflict copies: `verify` reports them and writes nothing; the next
 * command that changes the journal merges them and moves them into backups/.
 */
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiArgs } from '../../../shared/api.ts';
import type { Entry } from '../../../shared/domain.ts';
import { JournalService } from '../../journal/journal-service.ts';
import { testVault } from '../../vault/test-helpers.ts';
import { runCli } from '../run-cli.ts';
import { createTestIo } from '../test-io.ts';

const PASSPHRASE = 'correct horse battery staple';
const SYNCTHING = 'journal.sync-conflict-20261201-101500-ABCDEF7.interlude';
const DROPBOX = "journal (Laptop's conflicted copy 2026-12-01).interlude";
let dir: string;
let vault: string;

async function cli(args: string[]) {
  const io = createTestIo({ env: { INTERLUDE_PASSPHRASE: PASSPHRASE }, now: new Date(2026, 11, 1, 20, 0) });
  const code = await runCli([...args, '--vault', vault], io);
  return { code, out: io.out(), err: io.err() };
}

/** A copy of the journal, changed on another device, left beside it under a sync client's name. */
async function leaveCopy(name: string, body: string): Promise<void> {
  const file = path.join(dir, name);
  await copyFile(vault, file);
  const other = new JournalService({ vault: testVault(file) });
  await other.unlock(PASSPHRASE);
  await other.createEntry(apiArgs.createEntry.parse({ day: '2026-12-01', body }));
  await other.lock();
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'interlude-cli-sync-'));
  vault = path.join(dir, 'journal.interlude');
  expect((await cli(['init', '--json'])).code).toBe(0);
  expect((await cli(['add', '--text', 'written here'])).code).toBe(0);
  await leaveCopy(SYNCTHING, 'from the desktop, via Syncthing');
  await leaveCopy(DROPBOX, 'from the laptop, via Dropbox');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('conflict copies and the command line', () => {
  it('verify reports them without merging or moving anything', async () => {
    const { code, out } = await cli(['verify', '--json']);
    expect(code).toBe(0);
    expect((JSON.parse(out) as { conflictCopies: unknown }).conflictCopies).toEqual({
      merge: expect.arrayContaining([SYNCTHING, DROPBOX]),
      unreadable: [],
    });
    expect(await readdir(dir)).toEqual(expect.arrayContaining([SYNCTHING, DROPBOX]));
    const listed = JSON.parse((await cli(['list', '--json'])).out) as Entry[];
    expect(listed.map((entry) => entry.body)).toEqual(['written here']);
  });

  it('the next write merges them, says so, and moves them into backups/', async () => {
    const { code, err } = await cli(['add', '--text', 'and one more']);
    expect(code).toBe(0);
    expect(err).toContain('Merged changes from another device: 2 entries.');
    const listed = JSON.parse((await cli(['list', '--json'])).out) as Entry[];
    expect(listed.map((entry) => entry.body).sort()).toEqual([
      'and one more',
      'from the desktop, via Syncthing',
      'from the laptop, via Dropbox',
      'written here',
    ]);
    const names = await readdir(dir);
    expect(names).not.toContain(SYNCTHING);
    expect(names).not.toContain(DROPBOX);
    const backups = await readdir(path.join(dir, 'backups'));
    expect(backups.filter((name) => name.includes('.conflict.'))).toHaveLength(2);
  });
});
