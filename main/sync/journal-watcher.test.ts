import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type JournalWatcher, watchJournal } from './journal-watcher.ts';

let dir: string;
let journal: string;
let watcher: JournalWatcher | null = null;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'interlude-watch-'));
  journal = path.join(dir, 'journal.interlude');
  await writeFile(journal, 'version 1');
});

afterEach(async () => {
  watcher?.close();
  watcher = null;
  await rm(dir, { recursive: true, force: true });
});

/** Replaces the journal the way sync clients do: a new file renamed over the old one. */
async function replaceJournal(content: string): Promise<void> {
  const temp = path.join(dir, '.syncthing.journal.interlude.tmp');
  await writeFile(temp, content);
  await rename(temp, journal);
}

/** Resolves with the time the first change was reported, or rejects after `ms`. */
function nextChange(start: (onChanged: () => void) => void, ms: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no change reported within ${ms} ms`)), ms);
    start(() => {
      clearTimeout(timer);
      resolve(performance.now());
    });
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('watching the journal file while it is unlocked', () => {
  it('notices within a second or two that a sync client replaced the file', async () => {
    let changes = 0;
    let report: () => void = () => {};
    watcher = watchJournal({
      journalPath: journal,
      debounceMs: 100,
      onChanged: () => {
        changes++;
        report();
      },
    });
    expect(watcher.mode).toBe('watch');
    const reported = nextChange((onChanged) => (report = onChanged), 2000);
    await replaceJournal('version 2, from the other device');
    await reported;
    // A burst of writes and renames reports once.
    const again = nextChange((onChanged) => (report = onChanged), 2000);
    for (let i = 0; i < 5; i++) await replaceJournal(`version ${i + 3}`);
    await again;
    await pause(400);
    expect(changes).toBe(2);
  });

  it('says nothing about other files in the folder, and reports conflict copies as they appear', async () => {
    const changes: string[] = [];
    const copies: string[] = [];
    watcher = watchJournal({
      journalPath: journal,
      debounceMs: 50,
      onChanged: () => changes.push('journal'),
      onConflictCopy: (file) => copies.push(file),
    });
    await writeFile(path.join(dir, 'notes.txt'), 'unrelated');
    const copy = path.join(dir, 'journal.sync-conflict-20261201-101500-ABCDEF7.interlude');
    await writeFile(copy, 'their version');
    await pause(500);
    expect(changes).toEqual([]);
    expect(copies).toEqual([copy]);
  });

  it('falls back to polling where the folder cannot be watched', async () => {
    let report: () => void = () => {};
    watcher = watchJournal({
      journalPath: journal,
      pollMs: 100,
      onChanged: () => report(),
      watch: (() => {
        throw Object.assign(new Error('not supported'), { code: 'ENOSYS' });
      }) as never,
    });
    expect(watcher.mode).toBe('poll');
    const reported = nextChange((onChanged) => (report = onChanged), 2000);
    await replaceJournal('version 2');
    await reported;
  });

  it('reports nothing after it is closed', async () => {
    let changes = 0;
    watcher = watchJournal({ journalPath: journal, debounceMs: 50, onChanged: () => changes++ });
    watcher.close();
    await replaceJournal('version 2');
    await pause(300);
    expect(changes).toBe(0);
  });
});
