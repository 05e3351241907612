import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiArgs } from '../../shared/api.ts';
import { Vault } from '../vault/vault.ts';
import { TEST_SCRYPT_PARAMS } from '../vault/test-kdf.ts';
import { JournalService } from './journal-service.ts';

const PASSPHRASE = 'correct horse battery staple';
let dir: string;
let clock: Date;

function openService() {
  const vault = new Vault({
    path: path.join(dir, 'journal.interlude'),
    now: () => clock,
    kdfParams: TEST_SCRYPT_PARAMS,
  });
  return new JournalService({ vault, now: () => clock });
}

const listedIds = (journal: JournalService) =>
  journal.listEntries(apiArgs.listEntries.parse(undefined)).items.map((summary) => summary.id);
const searchedIds = (journal: JournalService, query: string) =>
  journal.searchEntries(apiArgs.searchEntries.parse({ query })).items.map((hit) => hit.summary.id);
const entry = (body: string, day = '2026-03-02') => apiArgs.createEntry.parse({ day, body, mood: 1 });

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'interlude-second-pass-'));
  clock = new Date(2026, 2, 2, 9, 30);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('deleting an entry', () => {
  it('moves it to the trash: gone from the list, search, trends and exports, and back on restore', async () => {
    const journal = openService();
    await journal.create(PASSPHRASE);
    const kept = await journal.createEntry(entry('The river at dawn'));
    const deleted = await journal.createEntry(entry('The river at dusk'));
    expect(searchedIds(journal, 'river')).toHaveLength(2);

    await journal.deleteEntry(deleted.id);
    expect(listedIds(journal)).toEqual([kept.id]);
    expect(searchedIds(journal, 'dusk')).toEqual([]);
    expect(journal.snapshot().entries.map((e) => e.id)).toEqual([kept.id]);
    expect(journal.moodTrends('all').summary.entryCount).toBe(1);
    expect(() => journal.getEntry(deleted.id)).toThrow(/no longer exists/);
    expect(journal.listTrash().map((item) => item.entry.body)).toEqual(['The river at dusk']);
    await journal.lock();
    await journal.unlock(PASSPHRASE);
    expect(searchedIds(journal, 'dusk')).toEqual([]);

    const restored = await journal.restoreEntry(deleted.id);
    expect(restored).toEqual(deleted);
    expect(searchedIds(journal, 'dusk')).toEqual([deleted.id]);
    expect(journal.listTrash()).toEqual([]);
  });

  it('keeps the trash through a lock, and removes it for good after 30 days', async () => {
    const journal = openService();
    await journal.create(PASSPHRASE);
    const deleted = await journal.createEntry(entry('Gone soon'));
    await journal.deleteEntry(deleted.id);
    await journal.lock();

    clock = new Date(clock.getTime() + 29 * 24 * 60 * 60 * 1000);
    await journal.unlock(PASSPHRASE);
    expect(journal.listTrash()).toHaveLength(1);
    await journal.lock();

    clock = new Date(clock.getTime() + 2 * 24 * 60 * 60 * 1000);
    await journal.unlock(PASSPHRASE);
    expect(journal.listTrash()).toEqual([]);
    expect(journal.snapshot().entries).toEqual([]);
    await journal.lock();
    // The removal was saved, not only hidden: with the clock set back, nothing comes back.
    clock = new Date(2026, 2, 2, 9, 30);
    const reopened = openService();
    await reopened.unlock(PASSPHRASE);
    expect(reopened.listTrash()).toEqual([]);
    // With sync, the expiry is the deletion: it leaves a tombstone, never the text.
    const after = reopened.snapshot();
    expect(after.sync?.entries.deleted[deleted.id]).toBeDefined();
    expect(JSON.stringify(after)).not.toContain('Gone soon');
  });

  it('empties the trash without touching live entries', async () => {
    const journal = openService();
    await journal.create(PASSPHRASE);
    const kept = await journal.createEntry(entry('Stay'));
    for (const body of ['one', 'two']) await journal.deleteEntry((await journal.createEntry(entry(body))).id);
    expect(await journal.purgeTrash()).toBe(2);
    expect(listedIds(journal)).toEqual([kept.id]);
    await expect(journal.restoreEntry(kept.id)).rejects.toThrow(/not in the trash/);
  });
});

describe('hard dates and the care card', () => {
  it('keeps hard dates in the vault and warns three days ahead', async () => {
    const journal = openService();
    await journal.create(PASSPHRASE);
    await journal.addHardDate(
      apiArgs.addHardDate.parse({ day: '2020-03-05', label: 'His birthday', yearly: true }),
    );
    await journal.lock();
    await journal.unlock(PASSPHRASE);
    expect(journal.listHardDates().map((d) => d.label)).toEqual(['His birthday']);
    expect(journal.hardDateHeadsUps()).toMatchObject([{ day: '2026-03-05', daysAhead: 3 }]);
    const [hardDate] = journal.listHardDates();
    expect(await journal.removeHardDate(hardDate!.id)).toEqual([]);
  });

  it('shows the care card after three awful days, and puts it away for a week when dismissed', async () => {
    const journal = openService();
    await journal.create(PASSPHRASE);
    for (const day of ['2026-02-27', '2026-02-28', '2026-03-02'])
      await journal.createEntry(entry('hard', day));
    expect(journal.careCard()).toEqual({ hardDays: 3, windowDays: 5 });
    await journal.dismissCareCard();
    expect(journal.careCard()).toBeNull();
  });
});

it('rejects an empty hard-date label with a plain message', () => {
  const parsed = apiArgs.addHardDate.safeParse({ day: '2026-05-01', label: '   ', yearly: false });
  expect(parsed.success).toBe(false);
  expect(parsed.error?.issues[0]?.message).toBe('needs a few words');
});
