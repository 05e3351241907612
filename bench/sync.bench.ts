/**
 * Sync's hot paths at 10,000 entries of about 1 KB:
 * - sync.merge.10k: merging two copies that diverged by 100 changes each (adds, edits, deletions,
 *   ten of the edits on entries the other side edited too);
 * - journal.stamp.10k: the versioning every change now pays (one edit in a 10,000-entry journal);
 * - journal.draft.save.10k: an autosave through the journal service (what the app's saveDraft
 *   runs), on an unlocked 10,000-entry journal with a device data folder: the draft is a small
 *   encrypted file of its own; before, it rewrote the whole journal (compare vault.save.10k).
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DraftInput } from '../shared/domain.ts';
import type { JournalDocument } from '../main/journal/journal-document.ts';
import { JournalService } from '../main/journal/journal-service.ts';
import { TEST_SCRYPT_PARAMS } from '../main/vault/test-kdf.ts';
import { Vault } from '../main/vault/vault.ts';
import { mergeJournalDocuments } from '../main/sync/merge-journal.ts';
import { stampChanges } from '../main/sync/stamp-changes.ts';
import { blankJournal, START, TestDevice } from '../main/sync/test-device.ts';
import { defineBenchmarks } from './benchmark.ts';
import { generateEntries } from './search.bench.ts';

const ENTRY_COUNT = 10_000;
const BENCH_PASSPHRASE = 'a benchmark passphrase, long enough';

/** A journal of `ENTRY_COUNT` entries, each written once by the service (so each carries a version). */
function stampedJournal(): JournalDocument {
  const blank = blankJournal();
  return stampChanges(blank, { ...blank, entries: generateEntries(ENTRY_COUNT) }, 'base', START);
}

/** One device's 100 changes: 34 new entries, 33 edits (the first ten on shared entries), 33 deletions. */
function diverge(device: TestDevice, first: number, side: string): void {
  const ids = device.document.entries.map((entry) => entry.id);
  for (let i = 0; i < 34; i++)
    device.add(`${side}-new-${i}`, `A new entry written on the ${side}, number ${i}.`);
  for (let i = 0; i < 33; i++) {
    const id = i < 10 ? ids[i]! : ids[first + i]!;
    device.edit(id, `Edited on the ${side}: ${i}.`);
  }
  for (let i = 0; i < 33; i++) device.delete(ids[first + 100 + i]!);
}

interface MergeContext {
  ours: JournalDocument;
  theirs: JournalDocument;
}

interface StampContext {
  document: JournalDocument;
  next: number;
}

interface DraftContext {
  dir: string;
  journal: JournalService;
  journalPath: string;
  next: number;
}

function draftOf(text: string): DraftInput {
  return {
    day: '2026-12-01',
    body: text,
    mood: 3,
    emotions: ['tired', 'hopeful'],
    tags: ['evening'],
    section: 'reflect',
    prompt: { packId: 'built-in', promptId: 'built-in/reflect/1', text: 'What did today ask of you?' },
    entryId: null,
  };
}

export default defineBenchmarks([
  {
    name: 'sync.merge.10k',
    target: '≤ 200 ms',
    setup: (): MergeContext => {
      const base = stampedJournal();
      let now = START.getTime() + 60_000;
      const clock = () => {
        now += 1000;
        return new Date(now);
      };
      const laptop = new TestDevice('laptop', base, clock);
      const desktop = new TestDevice('desktop', base, clock);
      diverge(laptop, 1000, 'laptop');
      diverge(desktop, 5000, 'desktop');
      // Through JSON, as a decrypted file arrives: no object shared between the two copies.
      return { ours: structuredClone(laptop.document), theirs: structuredClone(desktop.document) };
    },
    run: ({ ours, theirs }: MergeContext) => {
      const { report } = mergeJournalDocuments(ours, theirs, new Date(START.getTime() + 3_600_000));
      if (report.entries.conflicts !== 10)
        throw new Error('the benchmark journals did not diverge as planned');
    },
  },
  {
    name: 'journal.stamp.10k',
    target: 'small beside vault.save.10k',
    iterations: 30,
    setup: (): StampContext => ({ document: stampedJournal(), next: 0 }),
    run: (context: StampContext) => {
      const before = context.document;
      const index = context.next++ % before.entries.length;
      const entries = before.entries.slice();
      entries[index] = { ...entries[index]!, body: `edited ${context.next}` };
      context.document = stampChanges(before, { ...before, entries }, 'laptop', new Date());
    },
  },
  {
    name: 'journal.draft.save.10k',
    target: '≤ 10 ms',
    iterations: 30,
    setup: async (): Promise<DraftContext> => {
      const dir = await mkdtemp(path.join(tmpdir(), 'interlude-bench-draft-'));
      const journalPath = path.join(dir, 'synced', 'journal.interlude');
      // The key derivation is not what is measured: the test parameters keep the set-up short.
      const vault = new Vault({
        path: journalPath,
        draftDir: path.join(dir, 'device'),
        kdfParams: TEST_SCRYPT_PARAMS,
      });
      await vault.create(BENCH_PASSPHRASE, stampedJournal());
      vault.lock();
      const journal = new JournalService({ vault });
      await journal.unlock(BENCH_PASSPHRASE);
      return { dir, journal, journalPath, next: 0 };
    },
    run: async (context: DraftContext) => {
      const text = `${'Tonight I sat with it instead of reaching for the phone. '.repeat(25)}${context.next++}`;
      await context.journal.saveDraft(draftOf(text));
    },
    teardown: async ({ dir, journal, journalPath }: DraftContext) => {
      // The point of device drafts: the synced journal was not rewritten by any autosave.
      const untouched = (await stat(journalPath)).mtimeMs;
      await journal.lock();
      if ((await stat(journalPath)).mtimeMs !== untouched) throw new Error('an autosave rewrote the journal');
      await rm(dir, { recursive: true, force: true });
    },
  },
]);
