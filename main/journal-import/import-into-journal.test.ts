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

function dayOneExport(text: string, modifiedDate: string): Uint8Array {
  const entry = {
    uuid: '0A1B2C3D4E5F60718293A4B5C6D7E8F9',
    creationDate: '2024-03-05T20:00:00Z',
    modifiedDate,
    timeZone: 'Europe/London',
    text,
  };
  return new TextEncoder().encode(JSON.stringify({ metadata: { version: '1.0' }, entries: [entry] }));
}

it('brings an entry changed in Day One since an earlier import in beside the first copy, once', async () => {
  const journal = service(
    new Vault({ path: path.join(dir, 'journal.interlude'), kdfParams: TEST_SCRYPT_PARAMS }),
  );
  await journal.create(PASSPHRASE);
  const first = dayOneExport('The first version\\.', '2024-03-05T20:05:00Z');
  expect(
    (await importJournalFile(journal, { fileName: 'Journal.json', bytes: first, dryRun: false })).added,
  ).toBe(1);

  const edited = dayOneExport('The first version, with a line added later\\.', '2024-03-09T08:00:00Z');
  const again = await importJournalFile(journal, { fileName: 'Journal.json', bytes: edited, dryRun: false });
  expect(again.added).toBe(1);
  expect(again.notes).toEqual([
    'One entry was changed in Day One since an earlier import: it comes in again as new entries beside the earlier copies, which stay as they are.',
  ]);
  expect(
    journal
      .snapshot()
      .entries.map((entry) => entry.body)
      .sort(),
  ).toEqual(['The first version, with a line added later.', 'The first version.']);
  const thrice = await importJournalFile(journal, { fileName: 'Journal.json', bytes: edited, dryRun: false });
  expect(thrice.added).toBe(0);
  expect(journal.snapshot().entries).toHaveLength(2);
  await journal.lock();
});

it('adds nothing when only the copy in Interlude was edited since the import', async () => {
  const journal = service(
    new Vault({ path: path.join(dir, 'journal.interlude'), kdfParams: TEST_SCRYPT_PARAMS }),
  );
  await journal.create(PASSPHRASE);
  const file = dayOneExport('Written in Day One\\.', '2024-03-05T20:05:00Z');
  await importJournalFile(journal, { fileName: 'Journal.json', bytes: file, dryRun: false });
  const [imported] = journal.snapshot().entries;
  await journal.updateEntry(imported!.id, { body: 'Written in Day One. And a thought added in Interlude.' });
  const again = await importJournalFile(journal, { fileName: 'Journal.json', bytes: file, dryRun: false });
  expect(again.added).toBe(0);
  expect(journal.snapshot().entries.map((entry) => entry.body)).toEqual([
    'Written in Day One. And a thought added in Interlude.',
  ]);
  await journal.lock();
});
