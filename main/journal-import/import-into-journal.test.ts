import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { JournalService } from '../journal/journal-service.ts';
import { TEST_SCRYPT_PARAMS } from '../vault/test-kdf.ts';
import { Vault } from '../vault/vault.ts';
import { importJournalFile } from './import-journal.ts';

const PASSPHRASE = 'correct horse battery staple';
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'interlude-import-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function service(vault: Vault) {
  return new JournalService({ vault, now: () => new Date(2026, 2, 10, 9, 0) });
}

it('saves every imported entry in one encrypted write, and they are there after unlocking again', async () => {
  const vaultPath = path.join(dir, 'journal.interlude');
  const vault = new Vault({ path: vaultPath, kdfParams: TEST_SCRYPT_PARAMS });
  const journal = service(vault);
  await journal.create(PASSPHRASE);
  await journal.createEntry({
    day: '2026-03-10',
    body: 'Written here first.',
    mood: null,
    emotions: [],
    tags: [],
    section: null,
    prompt: null,
  });
  const writes = vi.spyOn(vault.adapter, 'write');
  const bytes = new Uint8Array(await readFile(path.join(import.meta.dirname, 'fixtures', 'daylio.csv')));
  const report = await importJournalFile(journal, { fileName: 'daylio.csv', bytes, dryRun: false });
  expect(report.added).toBe(4);
  expect(writes).toHaveBeenCalledTimes(1);
  // The search index sees imported entries too.
  expect(journal.searchAll('honestly', 10).map((hit) => hit.entry.day)).toEqual(['2024-03-05']);
  await journal.lock();

  const reopened = service(new Vault({ path: vaultPath, kdfParams: TEST_SCRYPT_PARAMS }));
  await reopened.unlock(PASSPHRASE);
  expect(
    reopened
      .snapshot()
      .entries.map((entry) => entry.day)
      .sort()
      .reverse(),
  ).toEqual(['2026-03-10', '2024-03-06', '2024-03-05', '2024-03-05', '2024-03-04']);
  const again = await importJournalFile(reopened, { fileName: 'daylio.csv', bytes, dryRun: false });
  expect(again.added).toBe(0);
  expect(reopened.snapshot().entries).toHaveLength(5);
  await reopened.lock();
});

it('does not bring back an imported entry the user deleted when the same file is imported again', async () => {
  const vault = new Vault({ path: path.join(dir, 'journal.interlude'), kdfParams: TEST_SCRYPT_PARAMS });
  const journal = service(vault);
  await journal.create(PASSPHRASE);
  const bytes = new Uint8Array(await readFile(path.join(import.meta.dirname, 'fixtures', 'daylio.csv')));
  await importJournalFile(journal, { fileName: 'daylio.csv', bytes, dryRun: false });
  const [first] = journal.snapshot().entries;
  await journal.deleteEntry(first!.id);
  const again = await importJournalFile(journal, { fileName: 'daylio.csv', bytes, dryRun: false });
  expect(again.added).toBe(0);
  expect(journal.entryIds().has(first!.id)).toBe(true);
  await journal.lock();
});
