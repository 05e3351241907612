import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findConflictCandidates, scanForConflictCopies } from './conflict-scan.ts';

let dir: string;
let journal: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'interlude-scan-'));
  journal = path.join(dir, 'journal.interlude');
  await writeFile(journal, 'ours');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function place(name: string, content: string, minutesAgo: number): Promise<void> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  const when = new Date(Date.now() - minutesAgo * 60_000);
  await utimes(file, when, when);
}

describe('scanning the journal folder for conflict copies', () => {
  it('lists the files named like conflict copies, oldest first, and nothing else', async () => {
    await place('journal.sync-conflict-20261201-101500-ABCDEF7.interlude', 'theirs', 5);
    await place("journal (Laptop's conflicted copy 2026-12-01).interlude", 'theirs', 10);
    await place('notes.txt', 'unrelated', 1);
    await place('journal.interlude.saving-0123456789abcdef', 'temp', 1);
    await mkdir(path.join(dir, 'journal 2.interlude'));
    const found = await findConflictCandidates(journal);
    expect(found.map((candidate) => [candidate.client, candidate.name])).toEqual([
      ['dropbox', "journal (Laptop's conflicted copy 2026-12-01).interlude"],
      ['syncthing', 'journal.sync-conflict-20261201-101500-ABCDEF7.interlude'],
    ]);
    expect(found[0]!.path).toBe(path.join(dir, "journal (Laptop's conflicted copy 2026-12-01).interlude"));
  });

  it('leaves the verdict to the caller: copies, other files, and those it cannot decide yet', async () => {
    await place('journal 2.interlude', 'same journal', 3);
    await place('journal-WORK.interlude', 'another journal', 2);
    await place('journal (conflicted copy 2026-12-01 101500).interlude', 'sealed under another key', 1);
    const scan = await scanForConflictCopies(journal, async (candidate) => {
      if (candidate.client === 'nextcloud') throw new Error('needs the other passphrase');
      return candidate.client === 'icloud';
    });
    expect(scan.copies.map((c) => c.name)).toEqual(['journal 2.interlude']);
    expect(scan.unrelated.map((c) => c.name)).toEqual(['journal-WORK.interlude']);
    expect(scan.undecided.map((u) => [u.candidate.name, (u.reason as Error).message])).toEqual([
      ['journal (conflicted copy 2026-12-01 101500).interlude', 'needs the other passphrase'],
    ]);
  });

  it('finds nothing in a folder that does not exist', async () => {
    expect(await findConflictCandidates(path.join(dir, 'missing', 'journal.interlude'))).toEqual([]);
  });
});
