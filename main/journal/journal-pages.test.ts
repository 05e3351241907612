import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiArgs, EXCERPT_MAX_LENGTH, type ApiArg } from '../../shared/api.ts';
import { Vault } from '../vault/vault.ts';
import { TEST_SCRYPT_PARAMS } from '../vault/test-kdf.ts';
import { JournalService } from './journal-service.ts';

const PASSPHRASE = 'correct horse battery staple';
let dir: string;
let journal: JournalService;
let clock: Date;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'interlude-pages-'));
  clock = new Date(2026, 2, 10, 9, 0);
  const vault = new Vault({
    path: path.join(dir, 'journal.interlude'),
    draftDir: path.join(dir, 'device'),
    kdfParams: TEST_SCRYPT_PARAMS,
  });
  journal = new JournalService({ vault, now: () => clock });
  await journal.create(PASSPHRASE);
});

afterEach(async () => {
  await journal.lock();
  await rm(dir, { recursive: true, force: true });
});

async function write(day: string, body: string, extra: Record<string, unknown> = {}) {
  clock = new Date(clock.getTime() + 60_000);
  return journal.createEntry(apiArgs.createEntry.parse({ day, body, ...extra }));
}

const draft = (fields: { entryId: string | null; day: string; body: string }) =>
  apiArgs.saveDraft.parse({ mood: null, emotions: [], tags: [], section: null, prompt: null, ...fields });
const list = (arg: ApiArg<'listEntries'> = {}) => journal.listEntries(apiArgs.listEntries.parse(arg));
const search = (arg: ApiArg<'searchEntries'>) => journal.searchEntries(apiArgs.searchEntries.parse(arg));

describe('the journal, a page at a time', () => {
  it('comes newest first, each entry once, with the total on every page', async () => {
    for (let day = 1; day <= 5; day++) await write(`2026-03-0${day}`, `Day ${day}.`);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = list({ cursor, limit: 2 });
      expect(page.total).toBe(5);
      seen.push(...page.items.map((item) => item.excerpt));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(['Day 5.', 'Day 4.', 'Day 3.', 'Day 2.', 'Day 1.']);
  });

  it('neither repeats nor skips an entry when one is written between two pages', async () => {
    for (let day = 1; day <= 4; day++) await write(`2026-03-0${day}`, `Day ${day}.`);
    const first = list({ limit: 2 });
    await write('2026-03-09', 'Written while scrolling.');
    const second = list({ cursor: first.nextCursor, limit: 2 });
    expect(second.items.map((item) => item.excerpt)).toEqual(['Day 2.', 'Day 1.']);
  });

  it('sends a short excerpt and the word count, not the whole text', async () => {
    const long = 'word '.repeat(2000).trim();
    await write('2026-03-02', long);
    const [summary] = list().items;
    expect(summary?.excerpt.length).toBeLessThanOrEqual(EXCERPT_MAX_LENGTH);
    expect(summary).toMatchObject({ wordCount: 2000, bodyLength: long.length, excerptOffset: 0 });
    expect(journal.getEntry(summary!.id).body).toBe(long);
  });

  it('refuses a cursor it did not make, in plain words', () => {
    expect(() => list({ cursor: 'page two please' })).toThrow(/not a page of this journal/);
  });

  it('filters in the core, by mood and tag', async () => {
    await write('2026-03-01', 'Sad Sunday.', { mood: 2, tags: ['Family'] });
    await write('2026-03-02', 'Better Monday.', { mood: 4, tags: ['work'] });
    expect(list({ filter: { mood: 4 } }).items.map((item) => item.excerpt)).toEqual(['Better Monday.']);
    expect(list({ filter: { tag: 'family' } })).toMatchObject({ total: 1 });
  });

  it('suggests every tag once, whatever its case, in alphabetical order', async () => {
    await write('2026-03-01', 'One.', { tags: ['work', 'Sleep'] });
    await write('2026-03-02', 'Two.', { tags: ['sleep', 'family'] });
    expect(journal.listTags()).toEqual(['family', 'Sleep', 'work']);
  });
});

describe('search results', () => {
  it('are filtered in the core and paged, best first', async () => {
    await write('2026-03-01', 'The beach in March.', { mood: 2 });
    await write('2026-03-02', 'Another beach day.', { mood: 4 });
    await write('2026-03-03', 'Beach, beach, beach.', { mood: 4 });
    const page = search({ query: 'beach', filter: { mood: 4 }, limit: 1 });
    expect(page.total).toBe(2);
    expect(page.items.map((hit) => hit.summary.excerpt)).toEqual(['Beach, beach, beach.']);
    const next = search({ query: 'beach', filter: { mood: 4 }, cursor: page.nextCursor, limit: 1 });
    expect(next.items.map((hit) => hit.summary.excerpt)).toEqual(['Another beach day.']);
    expect(next.nextCursor).toBeNull();
  });

  it('show the excerpt around the match, and the matches in the whole text', async () => {
    const body = `${'Nothing much happened. '.repeat(30)}Then I saw the lighthouse again.`;
    await write('2026-03-01', body);
    const [hit] = search({ query: 'lighthouse' }).items;
    const match = hit!.matches.find((range) => range.field === 'body')!;
    expect(body.slice(match.start, match.end)).toBe('lighthouse');
    const { excerpt, excerptOffset } = hit!.summary;
    expect(excerptOffset).toBeGreaterThan(0);
    expect(excerpt.slice(match.start - excerptOffset, match.end - excerptOffset)).toBe('lighthouse');
  });
});

describe('saving an entry', () => {
  it('clears the draft it came from in the same write', async () => {
    await journal.saveDraft(draft({ entryId: null, day: '2026-03-10', body: 'Half a thought' }));
    await write('2026-03-10', 'A whole thought.');
    expect(await journal.getDraft()).toBeNull();
    await journal.lock();
    await journal.unlock(PASSPHRASE);
    expect(await journal.getDraft()).toBeNull();
  });

  it('keeps a draft of another entry', async () => {
    const older = await write('2026-03-01', 'First version.');
    await journal.saveDraft(draft({ entryId: older.id, day: older.day, body: 'Second version' }));
    await write('2026-03-10', 'Something new.');
    expect(await journal.getDraft()).toMatchObject({ entryId: older.id });
    await journal.updateEntry(older.id, { body: 'Second version.' });
    expect(await journal.getDraft()).toBeNull();
  });
});

describe('search folded ahead of time', () => {
  it('finds edits, trashing and new entries made while the journal folds itself after unlocking', async () => {
    for (let day = 1; day <= 9; day++) await write(`2026-03-0${day}`, `Walked to the café, day ${day}.`);
    await journal.lock();
    const vault = new Vault({
      path: path.join(dir, 'journal.interlude'),
      draftDir: path.join(dir, 'device'),
      kdfParams: TEST_SCRYPT_PARAMS,
    });
    journal = new JournalService({ vault, now: () => clock, prepareSearchAfterMs: 0 });
    await journal.unlock(PASSPHRASE);
    const [first, second] = list().items;
    await journal.updateEntry(
      first!.id,
      apiArgs.updateEntry.parse({ id: first!.id, changes: { body: 'Stayed home.' } }).changes,
    );
    await journal.deleteEntry(second!.id);
    await write('2026-03-10', 'Walked to the cafe again.');
    // Let the background folding run to its end.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const found = search({ query: 'cafe' });
    expect(found.total).toBe(8);
    expect(found.items.map((hit) => hit.summary.id)).not.toContain(first!.id);
    expect(found.items.map((hit) => hit.summary.id)).not.toContain(second!.id);
    expect(search({ query: 'stayed home' }).items.map((hit) => hit.summary.id)).toEqual([first!.id]);
  });
});
