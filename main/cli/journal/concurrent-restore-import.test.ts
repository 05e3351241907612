/**
 * `add` beside `backups restore` and beside `import`, as two real CLI processes started together,
 * with the second one's go-ahead delayed by a varying part of the first one's run so that they
 * overlap at every stage. The writer lock puts one wholly before the other:
 * - restore: an entry added before the restore is not in the restored journal, but in the
 *   'before-restore' backup the restore reports; one added after it is in the journal. Either way
 *   the journal is exactly the backup, or the backup plus that entry, and nothing acknowledged is
 *   out of the user's reach.
 * - import: the added entry and every imported one land, each once, and the import's report is true.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupInfo, ImportReport } from '../../../shared/api.ts';
import { dayOf } from '../../../shared/dates.ts';
import { seededRandom } from '../../../shared/seeded-random.ts';
import type { JournalDocument } from '../../journal/journal-document.ts';
import { newJournalDocument } from '../../journal/journal-document.ts';
import { JournalService } from '../../journal/journal-service.ts';
import { testVault } from '../../vault/test-helpers.ts';
import {
  type CliProcess,
  type CliResult,
  cliTestEnv,
  conflictCopiesIn,
  startCli,
} from './test-cli-process.ts';

const PASSPHRASE = 'correct horse battery staple';
const RESTORE_ROUNDS = 12;
// More rounds here: without a writer lock, an entry is lost only when one process's write lands
// inside the other's last step (its check of the file, then the rename), a narrow window; anywhere
// else, the second save merges the first one's entries in.
const IMPORT_ROUNDS = 20;
const DAY_MS = 86_400_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const sorted = (values: string[]) => [...values].sort();

interface Setting {
  dir: string;
  vaultPath: string;
  env: Record<string, string | undefined>;
}

async function newSetting(prefix: string): Promise<Setting> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  return {
    dir,
    vaultPath: path.join(dir, 'journal.interlude'),
    env: cliTestEnv(dir, PASSPHRASE),
  };
}

/** The bodies of the entries in a journal file or a backup, read without writing anything. */
async function bodiesIn(setting: Setting, backupId?: string): Promise<string[]> {
  const vault = testVault(setting.vaultPath);
  const document = backupId
    ? (await vault.verifyBackup(backupId, PASSPHRASE)).document
    : (await vault.unlock(PASSPHRASE, { readOnly: true })).document;
  vault.lock();
  return (document as JournalDocument).entries.map((entry) => entry.body);
}

/** How long a command takes from go-ahead to exit on this machine now, to spread the delays over. */
async function runTime(command: CliProcess): Promise<number> {
  await command.warm;
  const started = performance.now();
  command.go();
  const result = await command.done;
  expect(result.code, result.err).toBe(0);
  return performance.now() - started;
}

/**
 * Starts both once they are loaded: `first` at once, `second` after `delayMs`. Returns their results
 * once both have exited.
 */
async function race(first: CliProcess, second: CliProcess, delayMs: number): Promise<[CliResult, CliResult]> {
  await Promise.all([first.warm, second.warm]);
  first.go();
  await sleep(delayMs);
  second.go();
  return Promise.all([first.done, second.done]);
}

describe('an add beside a restore of a backup, at the same instant', () => {
  let setting: Setting;
  const add = (text: string) =>
    startCli(['add', '--vault', setting.vaultPath, '--text', text, '--json'], setting.env);
  const restore = (id: string) =>
    startCli(['backups', 'restore', id, '--vault', setting.vaultPath, '--json'], setting.env);

  beforeAll(async () => {
    setting = await newSetting('interlude-restore-writers-');
  });
  afterAll(() => rm(setting.dir, { recursive: true, force: true }));

  it(`keeps every acknowledged entry in the journal or in the backup the restore made, in ${RESTORE_ROUNDS} rounds`, {
    timeout: 600_000,
  }, async () => {
    // A journal begun yesterday; today's first unlock backs it up with one entry in it.
    const yesterday = new Date(Date.now() - DAY_MS);
    await testVault(setting.vaultPath).create(PASSPHRASE, newJournalDocument(dayOf(yesterday), yesterday));
    const writer = new JournalService({ vault: testVault(setting.vaultPath, { now: () => yesterday }) });
    await writer.unlock(PASSPHRASE);
    await writer.createEntry({
      day: dayOf(yesterday),
      body: 'kept in the backup',
      mood: null,
      emotions: [],
      tags: [],
      section: null,
      prompt: null,
    });
    await writer.lock();
    const today = new JournalService({ vault: testVault(setting.vaultPath) });
    await today.unlock(PASSPHRASE);
    await today.lock();
    const backups: BackupInfo[] = await testVault(setting.vaultPath).listBackups();
    const backup = backups.find((candidate) => candidate.kind === 'daily')!;
    const inBackup = await bodiesIn(setting, backup.id);
    expect(inBackup).toEqual(['kept in the backup']);

    const addMs = await runTime(add('calibration'));
    const restoreMs = await runTime(restore(backup.id));
    const next = seededRandom(20261202);
    let addedBefore = 0;
    let addedAfter = 0;
    for (let round = 0; round < RESTORE_ROUNDS; round++) {
      const previous = await bodiesIn(setting);
      const text = `added in restore round ${round}`;
      const adding = add(text);
      const restoring = restore(backup.id);
      // Alternately one, then the other, goes first; the second starts during the first's run.
      const [addResult, restoreResult] =
        round % 2 === 0
          ? await race(adding, restoring, next() * addMs * 1.2)
          : (await race(restoring, adding, next() * restoreMs * 1.2)).reverse();
      expect(addResult!.code, addResult!.err).toBe(0);
      expect(restoreResult!.code, restoreResult!.err).toBe(0);
      expect((JSON.parse(addResult!.out) as { body: string }).body).toBe(text);
      const restored = JSON.parse(restoreResult!.out) as { restored: string; savedCurrentAs: string | null };
      expect(restored.restored).toBe(backup.id);
      // The restore says where the journal as it was went; that backup must hold exactly that.
      expect(restored.savedCurrentAs).not.toBeNull();
      const inJournal = await bodiesIn(setting);
      const savedBefore = await bodiesIn(setting, restored.savedCurrentAs!);
      if (inJournal.includes(text)) {
        addedAfter++;
        expect(sorted(inJournal)).toEqual(sorted([...inBackup, text]));
        expect(sorted(savedBefore)).toEqual(sorted(previous));
      } else {
        addedBefore++;
        expect(sorted(inJournal)).toEqual(sorted(inBackup));
        expect(sorted(savedBefore)).toEqual(sorted([...previous, text]));
      }
      expect(await conflictCopiesIn(setting.dir)).toEqual([]);
    }
    // Both orders happened, so both outcomes were checked.
    expect(addedBefore).toBeGreaterThan(0);
    expect(addedAfter).toBeGreaterThan(0);
  });
});

describe('an add beside an import of another app’s export, at the same instant', () => {
  let setting: Setting;
  const add = (text: string) =>
    startCli(['add', '--vault', setting.vaultPath, '--text', text, '--json'], setting.env);
  const importFile = (file: string) =>
    startCli(['import', file, '--vault', setting.vaultPath, '--json'], setting.env);

  /** A jrnl export holding round `round`'s three entries and, again, the three of the round before. */
  async function jrnlExport(round: number): Promise<{ file: string; bodies: string[] }> {
    const entries = (of: number) =>
      [1, 2, 3].map((n) => ({
        title: '',
        body: `imported in round ${of}, entry ${n}`,
        date: `2026-03-1${n}`,
        time: `08:0${n}`,
        tags: [],
        starred: false,
      }));
    const file = path.join(setting.dir, `jrnl-${round}.json`);
    const records = [...entries(round - 1), ...entries(round)];
    await writeFile(file, JSON.stringify({ tags: {}, entries: records }));
    return { file, bodies: entries(round).map((entry) => entry.body) };
  }

  beforeAll(async () => {
    setting = await newSetting('interlude-import-writers-');
    const now = new Date();
    await testVault(setting.vaultPath).create(PASSPHRASE, newJournalDocument(dayOf(now), now));
  });
  afterAll(() => rm(setting.dir, { recursive: true, force: true }));

  it(`lands the added entry and every imported one, each once, in ${IMPORT_ROUNDS} rounds`, {
    timeout: 600_000,
  }, async () => {
    const addMs = await runTime(add('calibration'));
    // The calibration imports round -1's entries, which round 0 imports again.
    const importMs = await runTime(importFile((await jrnlExport(-1)).file));
    const expected = sorted(await bodiesIn(setting));
    const next = seededRandom(20261203);
    for (let round = 0; round < IMPORT_ROUNDS; round++) {
      const text = `added in import round ${round}`;
      const { file, bodies } = await jrnlExport(round);
      const adding = add(text);
      const importing = importFile(file);
      const [addResult, importResult] =
        round % 2 === 0
          ? await race(adding, importing, next() * addMs * 1.2)
          : (await race(importing, adding, next() * importMs * 1.2)).reverse();
      expect(addResult!.code, addResult!.err).toBe(0);
      expect(importResult!.code, importResult!.err).toBe(0);
      const report = JSON.parse(importResult!.out) as ImportReport;
      // The three of the round before are already in: the report says so and adds them not again.
      expect([report.added, report.alreadyImported]).toEqual([3, 3]);
      expected.push(text, ...bodies);
      expect(sorted(await bodiesIn(setting))).toEqual(sorted(expected));
      expect(await conflictCopiesIn(setting.dir)).toEqual([]);
    }
  });
});
