import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiArgs } from '../../shared/api.ts';
import { BUILTIN_PACK } from '../prompts/builtin-pack.ts';
import { Vault } from '../vault/vault.ts';
import { JournalService } from './journal-service.ts';
import { TEST_SCRYPT_PARAMS } from '../vault/test-kdf.ts';

const PASSPHRASE = 'correct horse battery staple';
let dir: string;
let vaultPath: string;
let clock: Date;

function openService() {
  const vault = new Vault({
    path: vaultPath,
    draftDir: path.join(dir, 'device'),
    now: () => clock,
    kdfParams: TEST_SCRYPT_PARAMS,
  });
  return new JournalService({ vault, now: () => clock });
}

function entryInput(overrides: Record<string, unknown> = {}) {
  return apiArgs.createEntry.parse({
    day: '2026-03-02',
    body: 'A quiet walk by the river.',
    mood: 3,
    ...overrides,
  });
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'interlude-journal-'));
  vaultPath = path.join(dir, 'journal.interlude');
  clock = new Date(2026, 2, 2, 9, 30); // 2 March 2026, local time
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a new journal', () => {
  it('starts its space period today, 30 days long, locking after 5 idle minutes', async () => {
    const journal = openService();
    const { recoveryKey } = await journal.create(PASSPHRASE);
    expect(recoveryKey.length).toBeGreaterThan(20);
    expect(journal.getSettings()).toEqual({
      spaceStart: '2026-03-02',
      spaceLengthDays: 30,
      autoLockMinutes: 5,
      theme: 'system',
      pdfPageSize: 'A4',
    });
  });

  it('offers a prompt from the first three sections on day 1', async () => {
    const journal = openService();
    await journal.create(PASSPHRASE);
    const today = journal.todayPrompt(0);
    expect(today.space.dayNumber).toBe(1);
    expect(['space', 'any', 'end']).toContain(today.section.stage);
    expect(today.pack.id).toBe(BUILTIN_PACK.id);
  });
});

describe("today's prompt", () => {
  it('stays the same all day, marked answered once the user has written about it', async () => {
    const journal = openService();
    await journal.create(PASSPHRASE);
    const before = journal.todayPrompt(0);
    expect(before.answered).toBe(false);
    expect(journal.todayPrompt(1).prompt.id).not.toBe(before.prompt.id);
    await journal.createEntry(
      entryInput({
        section: before.section.id,
        prompt: { packId: before.pack.id, promptId: before.prompt.id, text: before.prompt.text },
      }),
    );
    const after = journal.todayPrompt(0);
    expect(after.prompt.id).toBe(before.prompt.id);
    expect(after.answered).toBe(true);
  });
});

describe('entries', () => {
  it('survive locking and unlocking, with every field intact', async () => {
    const journal = openService();
    await journal.create(PASSPHRASE);
    const created = await journal.createEntry(
      entryInput({ emotions: ['sad', 'hopeful', 'sad'], tags: ['walk', 'Walk', ' river '] }),
    );
    expect(created.emotions).toEqual(['sad', 'hopeful']);
    expect(created.tags).toEqual(['walk', 'river']);
    await journal.lock();
    expect(() => journal.allEntries({})).toThrow(/locked/i);

    const reopened = openService();
    await reopened.unlock(PASSPHRASE);
    expect(reopened.allEntries({})).toEqual([created]);
  });

  it('are never written to disk in the clear', async () => {
    const journal = openService();
    await journal.create(PASSPHRASE);
    await journal.createEntry(
      entryInput({ body: 'a very private sentence about Alex', tags: ['secret-tag'] }),
    );
    const bytes = await readFile(vaultPath);
    expect(bytes.includes(Buffer.from('private sentence'))).toBe(false);
    expect(bytes.includes(Buffer.from('secret-tag'))).toBe(false);
  });

  it('change only the fields given', async () => {
    const journal = openService();
    await journal.create(PASSPHRASE);
    const entry = await journal.createEntry(entryInput({ tags: ['sleep'], emotions: ['tired'] }));
    clock = new Date(2026, 2, 3, 8, 0);
    const updated = await journal.updateEntry(
      entry.id,
      apiArgs.updateEntry.parse({ id: entry.id, changes: { mood: 4 } }).changes,
    );
    expect(updated).toMatchObject({
      mood: 4,
      tags: ['sleep'],
      emotions: ['tired'],
      body: entry.body,
      day: entry.day,
    });
    expect(updated.updatedAt > entry.updatedAt).toBe(true);
    expect(updated.createdAt).toBe(entry.createdAt);
  });

  it('filter by date range, section, mood and tag, newest first', async () => {
    const journal = openService();
    await journal.create(PASSPHRASE);
    await journal.createEntry(entryInput({ day: '2026-03-01', mood: 2, tags: ['work'] }));
    await journal.createEntry(entryInput({ day: '2026-03-05', mood: 4, section: 'growth' }));
    await journal.createEntry(entryInput({ day: '2026-03-09', mood: 4, tags: ['Work'] }));
    expect(journal.allEntries({}).map((e) => e.day)).toEqual(['2026-03-09', '2026-03-05', '2026-03-01']);
    expect(journal.allEntries({ from: '2026-03-02', to: '2026-03-08' }).map((e) => e.day)).toEqual([
      '2026-03-05',
    ]);
    expect(journal.allEntries({ mood: 4 }).map((e) => e.day)).toEqual(['2026-03-09', '2026-03-05']);
    expect(journal.allEntries({ tag: 'work' }).map((e) => e.day)).toEqual(['2026-03-09', '2026-03-01']);
    expect(journal.allEntries({ section: 'growth' }).map((e) => e.day)).toEqual(['2026-03-05']);
  });

  it('can be deleted, and a deleted entry is gone from search too', async () => {
    const journal = openService();
    await journal.create(PASSPHRASE);
    const entry = await journal.createEntry(entryInput({ body: 'Thinking about the lighthouse trip' }));
    expect(journal.searchAll('lighthouse', 10)).toHaveLength(1);
    await journal.deleteEntry(entry.id);
    expect(journal.searchAll('lighthouse', 10)).toEqual([]);
    await expect(journal.deleteEntry(entry.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(() => journal.getEntry(entry.id)).toThrow(/no longer exists/);
  });

  it('are found by their new words once edited, and not by the old ones', async () => {
    const journal = openService();
    await journal.create(PASSPHRASE);
    const entry = await journal.createEntry(entryInput({ body: 'rain all day' }));
    expect(journal.searchAll('rain', 10)).toHaveLength(1);
    await journal.updateEntry(entry.id, { body: 'sunshine at last' });
    expect(journal.searchAll('rain', 10)).toEqual([]);
    expect(journal.searchAll('sunshine', 10).map((hit) => hit.entry.id)).toEqual([entry.id]);
    await journal.createEntry(entryInput({ body: 'more sunshine' }));
    expect(journal.searchAll('sunshine', 10)).toHaveLength(2);
  });

  it('are found by search, accent- and case-insensitively, after an unlock rebuilds the index', async () => {
    const journal = openService();
    await journal.create(PASSPHRASE);
    await journal.createEntry(entryInput({ body: 'Met a friend at the Café by the station' }));
    await journal.lock();
    const reopened = openService();
    await reopened.unlock(PASSPHRASE);
    const [hit] = reopened.searchAll('cafe', 10);
    const match = hit?.matches[0];
    expect(match && hit.entry.body.slice(match.start, match.end)).toBe('Café');
  });
});

describe('drafts', () => {
  it('are kept (encrypted) through a lock, and discarded on request', async () => {
    const journal = openService();
    await journal.create(PASSPHRASE);
    const draft = apiArgs.saveDraft.parse({
      day: '2026-03-02',
      body: 'half a thought',
      mood: null,
      emotions: [],
      tags: [],
      section: null,
      prompt: null,
      entryId: null,
    });
    await journal.saveDraft(draft);
    await journal.lock();
    const reopened = openService();
    await reopened.unlock(PASSPHRASE);
    expect(await reopened.getDraft()).toMatchObject({ body: 'half a thought' });
    await reopened.discardDraft();
    expect(await reopened.getDraft()).toBeNull();
  });
});

describe('settings, contacts and packs', () => {
  it('change one setting without touching the others', async () => {
    const journal = openService();
    await journal.create(PASSPHRASE);
    const settings = await journal.updateSettings({ spaceLengthDays: 45 });
    expect(settings).toMatchObject({ spaceLengthDays: 45, autoLockMinutes: 5, spaceStart: '2026-03-02' });
  });

  it('log contact once per day, in date order, and can remove it', async () => {
    const journal = openService();
    await journal.create(PASSPHRASE);
    await journal.logContact({ day: '2026-03-04', note: 'a text' });
    await journal.logContact({ day: '2026-03-02', note: '' });
    const contacts = await journal.logContact({ day: '2026-03-04', note: 'a call' });
    expect(contacts).toEqual([
      { day: '2026-03-02', note: '' },
      { day: '2026-03-04', note: 'a call' },
    ]);
    expect(await journal.removeContact('2026-03-02')).toEqual([{ day: '2026-03-04', note: 'a call' }]);
    expect(journal.moodTrends('space').contacts).toEqual([{ day: '2026-03-04', note: 'a call' }]);
  });

  it('import an article as a pack beside the built-in one, mark answered prompts, and remove it', async () => {
    const journal = openService();
    await journal.create(PASSPHRASE);
    const pack = await journal.importArticle(
      'worksheet.md',
      '# Coping worksheet\n\n## Sleep\n\nWhat helps you rest?\n\n## Friends\n\n- **Reach out**: name one friend you trust.\n',
    );
    expect(pack.sections.map((s) => s.title)).toEqual(['Sleep', 'Friends']);
    // Two imported articles both have a first section; their ids must not collide.
    expect(pack.sections.every((section) => section.id.startsWith(`${pack.id}/`))).toBe(true);
    const prompt = pack.sections[0]!.prompts[0]!;
    await journal.createEntry(
      entryInput({
        prompt: { packId: pack.id, promptId: prompt.id, text: prompt.text },
        section: pack.sections[0]!.id,
      }),
    );
    const packs = journal.listPacks();
    expect(packs.map((p) => p.id)).toEqual([BUILTIN_PACK.id, pack.id]);
    expect(packs[1]!.answeredPromptIds).toEqual([prompt.id]);
    await journal.removePack(pack.id);
    expect(journal.listPacks().map((p) => p.id)).toEqual([BUILTIN_PACK.id]);
    await expect(journal.removePack(BUILTIN_PACK.id)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('a save after another program changed the file', () => {
  it('merges their entries in, so both land and this session sees theirs', async () => {
    const merges: number[] = [];
    const vault = new Vault({ path: vaultPath, now: () => clock, kdfParams: TEST_SCRYPT_PARAMS });
    const journal = new JournalService({
      vault,
      now: () => clock,
      onMerged: (report) => merges.push(report.entries.added),
    });
    await journal.create(PASSPHRASE);
    await journal.createEntry(entryInput({ body: 'first' }));
    // Another program (a synced device, the CLI) adds an entry to the file.
    const other = openService();
    await other.unlock(PASSPHRASE);
    await other.createEntry(entryInput({ body: 'written elsewhere' }));
    await other.lock();

    await journal.createEntry(entryInput({ body: 'second' }));
    const bodies = (service: JournalService) =>
      service
        .allEntries({})
        .map((e) => e.body)
        .sort();
    expect(bodies(journal)).toEqual(['first', 'second', 'written elsewhere']);
    expect(merges).toEqual([1]);
    // A later save keeps theirs too, and nothing was forked beside the journal.
    await journal.updateSettings({ theme: 'dark' });
    await journal.lock();
    expect((await readdir(dir)).filter((name) => name.includes('conflict'))).toEqual([]);

    const reopened = openService();
    await reopened.unlock(PASSPHRASE);
    expect(bodies(reopened)).toEqual(['first', 'second', 'written elsewhere']);
    expect(reopened.getSettings().theme).toBe('dark');
  });
});

describe('a save that fails', () => {
  it('leaves the journal in memory exactly as it is on disk', async () => {
    const journal = openService();
    await journal.create(PASSPHRASE);
    await journal.createEntry(entryInput({ body: 'first' }));
    // The file becomes unwritable: something else now stands at its path.
    await rm(vaultPath);
    await mkdir(vaultPath);
    await expect(journal.createEntry(entryInput({ body: 'second' }))).rejects.toMatchObject({
      code: 'IO_ERROR',
    });
    expect(journal.allEntries({}).map((e) => e.body)).toEqual(['first']);
  });
});
