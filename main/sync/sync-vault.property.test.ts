/**
 * Property, on real journal files: two or three devices, each with its own folder, its own copy
 * of the journal and its own session (a Vault and a JournalService, as the app has), change the
 * journal at random (add, edit, delete, settings, contact log, and a passphrase change, which
 * rotates the data key), while a simulated sync client moves the files between the folders. At
 * the end everything is synced the way a user would: each device unlocks, types the passphrase
 * it is asked for, and merges what waits. Then every device holds the same journal under the same
 * passphrase, no acknowledged text is lost, and no deleted entry is back unless someone who had
 * not seen the deletion edited it. At every step: Interlude never writes into a journal file
 * sealed under a key its session does not hold (it saves beside it instead), so it never undoes
 * another device's passphrase change or drops what that device wrote.
 *
 * The sync client behaves like Syncthing: each folder's journal file carries a version vector
 * (of the sync client, not Interlude's). A file whose version includes the other's is copied
 * over it (temp file, rename). Two concurrent versions are a conflict: one keeps the name, the
 * other is left beside it under a sync client's conflict name. A copy can also be dropped beside
 * a journal at any time. The sync client never throws a version away, so whatever a device
 * acknowledged is always in some file, and the test checks Interlude brings it all together.
 *
 * The watcher is not started: its two reactions (`syncFromDisk` for the journal, merging the
 * copies beside it) run as random operations, so a run is reproducible from its seed. With no
 * device data folder there is no rollback record (a fork is not a rollback) and no device draft.
 *
 * The oracle does not read versions: it tracks which operations each file and each session
 * holds, from what Interlude did to the files (which files it wrote, merged, set aside).
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiArgs } from '../../shared/api.ts';
import { InterludeError } from '../../shared/errors.ts';
import { JournalService } from '../journal/journal-service.ts';
import { makeTempDir, PASSPHRASE } from '../vault/test-helpers.ts';
import { TEST_SCRYPT_PARAMS } from '../vault/test-kdf.ts';
import { Vault } from '../vault/vault.ts';
import { canonicalJson } from './canonical.ts';
import { conflictNameRecogniser, SYNC_CLIENTS, type SyncClient } from './conflict-names.ts';
import { mergeCopiesBesideJournal } from './copies-beside-journal.ts';
import type { MergeReport } from './merge-journal.ts';
import { conflictName, START } from './test-device.ts';
import {
  deviceArbitrary,
  expectNothingLostOrBack,
  type JournalChange,
  journalChangeArbitraries,
  type Replaced,
  type Wait,
  waitArbitrary,
  type Written,
} from './test-sync-oracle.ts';

const JOURNAL = 'journal.interlude';
const isCopyName = conflictNameRecogniser(JOURNAL);

type Op =
  | JournalChange
  | Wait
  | { kind: 'passwd'; device: number }
  /** The sync client brings `from`'s journal file to `to`'s folder. */
  | { kind: 'sync'; from: number; to: number; incomingWins: boolean; client: SyncClient }
  | { kind: 'dropBeside'; from: number; to: number; client: SyncClient }
  /** The watcher fires on `device`: the journal file is read again and the copies beside it merged. */
  | { kind: 'watch'; device: number }
  /** Lock and unlock again; `answer`: the user gives the other passphrases the copies ask for. */
  | { kind: 'restart'; device: number; answer: boolean };

const device = deviceArbitrary;
const client = fc.constantFrom(...SYNC_CLIENTS);
const opArbitrary: fc.Arbitrary<Op> = fc.oneof<fc.WeightedArbitrary<Op>[]>(
  ...journalChangeArbitraries(),
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('passwd' as const), device }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('sync' as const),
      from: device,
      to: device,
      incomingWins: fc.boolean(),
      client,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('dropBeside' as const), from: device, to: device, client }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('watch' as const), device }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('restart' as const), device, answer: fc.boolean() }),
  },
  { weight: 1, arbitrary: waitArbitrary },
);

/** What the oracle knows of one file: the operations whose effects it holds, and what opens it. */
interface FileFacts {
  knows: Set<number>;
  passphrase: string;
}

interface Session {
  passphrase: string;
  knows: Set<number>;
}

interface SimDevice {
  index: number;
  folder: string;
  journalPath: string;
  vault: Vault;
  journal: JournalService;
  session: Session | null;
  /** The passphrase this device's user last opened the journal with here. */
  remembers: string;
  /** The sync client's version vector of this folder's journal file. */
  clock: number[];
}

const entryInput = (body: string) => apiArgs.createEntry.parse({ day: '2026-12-01', body });
const union = (into: Set<number>, from: Iterable<number>) => {
  for (const op of from) into.add(op);
};
const isKeyChangedElsewhere = (error: unknown) =>
  error instanceof InterludeError && error.code === 'KEY_CHANGED_ELSEWHERE';

/** Runs a save; "saved beside" (KEY_CHANGED_ELSEWHERE) is a save the user is told about, so acknowledged. */
async function saved(save: Promise<unknown>): Promise<void> {
  try {
    await save;
  } catch (error) {
    if (!isKeyChangedElsewhere(error)) throw error;
  }
}

type Dominance = 'equal' | 'before' | 'after' | 'concurrent';
function compareClocks(a: number[], b: number[]): Dominance {
  const aAhead = a.some((n, i) => n > b[i]!);
  const bAhead = b.some((n, i) => n > a[i]!);
  if (aAhead && bAhead) return 'concurrent';
  if (aAhead) return 'after';
  if (bAhead) return 'before';
  return 'equal';
}

async function fileHashes(folder: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const name of await readdir(folder)) {
    if (name !== JOURNAL && !isCopyName(name)) continue;
    const bytes = await readFile(path.join(folder, name));
    hashes.set(name, createHash('sha256').update(bytes).digest('hex'));
  }
  return hashes;
}

async function simulate(root: string, deviceCount: number, skews: number[], ops: Op[]) {
  let now = START.getTime();
  const files = new Map<string, FileFacts>();
  const devices: SimDevice[] = [];
  const written: Written[] = [];
  const replaced: Replaced[] = [];
  /** Passphrases set by a passphrase change that went through, in the order they were set. */
  const passwds: string[] = [];
  /** Sync conflicts between two files under different passphrases: then either may stay. */
  let passphraseConflicts = 0;
  let copies = 0;

  for (let index = 0; index < deviceCount; index++) {
    const folder = path.join(root, `device${index}`);
    await mkdir(folder);
    const clock = () => new Date(now + skews[index]! * 1000);
    const vault = new Vault({ path: path.join(folder, JOURNAL), kdfParams: TEST_SCRYPT_PARAMS, now: clock });
    devices.push({
      index,
      folder,
      journalPath: vault.path,
      vault,
      journal: new JournalService({ vault, now: clock }),
      session: null,
      remembers: PASSPHRASE,
      clock: Array(deviceCount).fill(0),
    });
  }
  const first = devices[0]!;
  await first.journal.create(PASSPHRASE);
  await first.journal.lock();
  for (const sim of devices) {
    if (sim !== first) await copyFile(first.journalPath, sim.journalPath);
    files.set(sim.journalPath, { knows: new Set(), passphrase: PASSPHRASE });
  }
  const facts = (file: string): FileFacts => {
    const known = files.get(file);
    if (!known) throw new Error(`the test lost track of ${file}`);
    return known;
  };
  const copyFacts = (file: string): FileFacts => ({
    knows: new Set(facts(file).knows),
    passphrase: facts(file).passphrase,
  });

  /**
   * Runs what Interlude does on `sim`, then reads what it did from the folder: a removed copy was
   * merged and set aside; a file it wrote holds what the session holds, under the session's key.
   */
  const act = async (sim: SimDevice, work: (session: Session) => Promise<void>, rotation = false) => {
    const session = sim.session!;
    const before = await fileHashes(sim.folder);
    const passphraseBefore = session.passphrase;
    await work(session);
    const after = await fileHashes(sim.folder);
    for (const [name] of before) {
      if (!after.has(name)) {
        expect(name, 'Interlude never removes the journal file').not.toBe(JOURNAL);
        union(session.knows, facts(path.join(sim.folder, name)).knows);
        files.delete(path.join(sim.folder, name));
      }
    }
    const journalChanged = before.get(JOURNAL) !== after.get(JOURNAL);
    if (journalChanged) {
      const journal = facts(sim.journalPath);
      // Never over a file sealed under another key: that would undo another device's passphrase
      // change and drop what it wrote there.
      expect(journal.passphrase, `device${sim.index} wrote over a journal it cannot open`).toBe(
        passphraseBefore,
      );
      if (!rotation) union(session.knows, journal.knows);
      sim.clock[sim.index]!++;
    } else {
      expect(
        rotation && session.passphrase !== passphraseBefore,
        'a passphrase change rewrites the file',
      ).toBe(false);
    }
    for (const [name, hash] of after) {
      if (before.get(name) === hash) continue;
      files.set(path.join(sim.folder, name), {
        knows: new Set(session.knows),
        passphrase: session.passphrase,
      });
    }
  };

  /** The copies beside the journal, as the app merges them (with the other passphrase, when given). */
  const mergeCopies = (sim: SimDevice, session: Session, otherPassphrase?: string) => {
    const opened = new Map<unknown, string>();
    // Which file each opened document came from, so what a merge brings in is known by file.
    const vault = new Proxy(sim.vault, {
      get(target, property) {
        const value = Reflect.get(target, property, target);
        if (property !== 'openCopy' && property !== 'openCopyWithPassphrase') {
          return typeof value === 'function' ? value.bind(target) : value;
        }
        return async (file: string, ...rest: string[]) => {
          const document = await (value as (...args: string[]) => Promise<unknown>).call(
            target,
            file,
            ...rest,
          );
          opened.set(document, file);
          return document;
        };
      },
    });
    const journal = {
      mergeCopy: async (copy: unknown): Promise<MergeReport> => {
        const from = facts(opened.get(copy)!).knows;
        try {
          const report = await sim.journal.mergeCopy(copy);
          union(session.knows, from);
          return report;
        } catch (error) {
          // Merged in memory, then saved beside the journal (this session's copy holds it).
          if (isKeyChangedElsewhere(error)) union(session.knows, from);
          throw error;
        }
      },
    };
    return mergeCopiesBesideJournal(vault, journal, otherPassphrase);
  };

  /** The user answers the notice: the other passphrase each waiting copy asks for. */
  const answerWaiting = async (sim: SimDevice) => {
    const asked = new Set<string>();
    for (const name of await readdir(sim.folder)) {
      if (!isCopyName(name)) continue;
      const { passphrase } = facts(path.join(sim.folder, name));
      if (passphrase !== sim.session!.passphrase) asked.add(passphrase);
    }
    for (const passphrase of asked) {
      await act(sim, async (session) => {
        await mergeCopies(sim, session, passphrase);
      });
    }
  };

  const unlock = async (sim: SimDevice, answer: boolean) => {
    const onDisk = facts(sim.journalPath).passphrase;
    let passphrase = sim.remembers;
    try {
      await sim.journal.unlock(passphrase);
    } catch (error) {
      if (!(error instanceof InterludeError && error.code === 'WRONG_PASSPHRASE')) throw error;
      // Changed on another device: the user types the passphrase they set there.
      expect(passphrase).not.toBe(onDisk);
      passphrase = onDisk;
      await sim.journal.unlock(passphrase);
    }
    expect(passphrase, 'the oracle knows which passphrase opens each file').toBe(onDisk);
    sim.remembers = passphrase;
    sim.session = { passphrase, knows: new Set(facts(sim.journalPath).knows) };
    await act(sim, async (session) => {
      await mergeCopies(sim, session);
    });
    if (answer) await answerWaiting(sim);
  };

  const lock = async (sim: SimDevice) => {
    await sim.journal.lock();
    sim.session = null;
  };

  const open = async (sim: SimDevice): Promise<Session> => {
    if (!sim.session) await unlock(sim, false);
    return sim.session!;
  };

  /** The watcher's "changed": read the file and merge it, when our keys open it. */
  const readJournalAgain = async (sim: SimDevice, session: Session) => {
    try {
      await sim.journal.syncFromDisk();
      union(session.knows, facts(sim.journalPath).knows);
      // The file holds everything the session does once merged (or the merge was written).
      union(facts(sim.journalPath).knows, session.knows);
    } catch (error) {
      // Sealed under another passphrase: nothing merged, the user is told.
      if (!isKeyChangedElsewhere(error)) throw error;
    }
  };

  const watch = async (sim: SimDevice) => {
    if (!sim.session) return;
    await act(sim, async (session) => {
      await readJournalAgain(sim, session);
      await mergeCopies(sim, session);
    });
  };

  /** A conflict name no file in the folder has yet (Interlude's own copies beside included). */
  const freshCopyPath = async (to: SimDevice, name: SyncClient): Promise<string> => {
    const taken = await readdir(to.folder);
    let copy: string;
    do copy = conflictName(name, copies++);
    while (taken.includes(copy));
    return path.join(to.folder, copy);
  };

  /** The sync client brings `from`'s journal file into `to`'s folder. Returns whether anything moved. */
  const syncFile = async (from: SimDevice, to: SimDevice, incomingWins: boolean, name: SyncClient) => {
    const order = compareClocks(from.clock, to.clock);
    if (order === 'equal' || order === 'before') return false;
    const replace = async () => {
      const download = path.join(to.folder, `.syncing-${JOURNAL}`);
      await copyFile(from.journalPath, download);
      await rename(download, to.journalPath);
      files.set(to.journalPath, copyFacts(from.journalPath));
    };
    const leaveBeside = async (source: string, known: FileFacts) => {
      const copy = await freshCopyPath(to, name);
      await writeFile(copy, await readFile(source));
      files.set(copy, known);
    };
    if (order === 'after') {
      await replace();
      to.clock = [...from.clock];
      return true;
    }
    if (facts(from.journalPath).passphrase !== facts(to.journalPath).passphrase) passphraseConflicts++;
    if (incomingWins) {
      await leaveBeside(to.journalPath, copyFacts(to.journalPath));
      await replace();
    } else {
      await leaveBeside(from.journalPath, copyFacts(from.journalPath));
    }
    to.clock = to.clock.map((n, i) => Math.max(n, from.clock[i]!));
    return true;
  };

  for (const [seq, op] of ops.entries()) {
    now += 1000;
    switch (op.kind) {
      case 'wait':
        now += op.seconds * 1000;
        continue;
      case 'sync':
      case 'dropBeside': {
        const from = devices[op.from % deviceCount]!;
        const to = devices[op.to % deviceCount]!;
        if (from === to) continue;
        if (op.kind === 'sync') await syncFile(from, to, op.incomingWins, op.client);
        else {
          const copy = await freshCopyPath(to, op.client);
          await copyFile(from.journalPath, copy);
          files.set(copy, copyFacts(from.journalPath));
        }
        continue;
      }
      case 'watch':
        await watch(devices[op.device % deviceCount]!);
        continue;
      case 'restart': {
        const sim = devices[op.device % deviceCount]!;
        if (sim.session) await lock(sim);
        await unlock(sim, op.answer);
        continue;
      }
      default:
        break;
    }
    const sim = devices[op.device % deviceCount]!;
    await open(sim);
    const { journal } = sim;
    switch (op.kind) {
      case 'add':
        await act(sim, async (session) => {
          const body = `text of op ${seq}`;
          await saved(journal.createEntry(entryInput(body)));
          const entry = journal.snapshot().entries.find((e) => e.body === body)!;
          written.push({ op: seq, entryId: entry.id, body });
          session.knows.add(seq);
        });
        break;
      case 'edit':
      case 'delete': {
        const entries = journal.snapshot().entries;
        const target = entries[op.pick % Math.max(entries.length, 1)];
        if (!target) break;
        await act(sim, async (session) => {
          replaced.push({
            op: seq,
            entryId: target.id,
            body: target.body,
            knew: new Set(session.knows),
            deleted: op.kind === 'delete',
          });
          if (op.kind === 'delete') {
            // Deleted for good (the trash is an edit; emptying it leaves the tombstone).
            await saved(journal.deleteEntry(target.id));
            await saved(journal.purgeTrash(target.id)).catch((error: unknown) => {
              // The save that trashed it merged a newer edit from another device: that edit stands.
              if (!(error instanceof InterludeError && error.code === 'NOT_FOUND')) throw error;
            });
          } else {
            const body = `text of op ${seq}`;
            await saved(journal.updateEntry(target.id, { body }));
            written.push({ op: seq, entryId: target.id, body });
          }
          session.knows.add(seq);
        });
        break;
      }
      case 'settings':
        await act(sim, async (session) => {
          await saved(journal.updateSettings({ autoLockMinutes: op.minutes }));
          session.knows.add(seq);
        });
        break;
      case 'contact':
        await act(sim, async (session) => {
          const day = `2026-11-2${op.day}`;
          await saved(
            op.remove ? journal.removeContact(day) : journal.logContact({ day, note: `note of op ${seq}` }),
          );
          session.knows.add(seq);
        });
        break;
      case 'passwd': {
        const next = `passphrase set by op ${seq}`;
        let changed = false;
        // As the app's changePassphrase does: bring in the file as it is, then rotate.
        await act(sim, async (session) => {
          await readJournalAgain(sim, session);
        });
        await act(
          sim,
          async (session) => {
            try {
              await sim.vault.changePassphrase(session.passphrase, next);
            } catch (error) {
              // Refused while this session saves beside a file it cannot open: nothing changes.
              if (!(error instanceof InterludeError && error.code === 'CHANGED_ON_DISK')) throw error;
              return;
            }
            changed = true;
            session.passphrase = next;
          },
          true,
        );
        if (changed) {
          sim.remembers = next;
          passwds.push(next);
        }
        break;
      }
    }
  }

  // Sync everything: each device opens what waits beside it, answering for the passphrases it
  // is asked for, then the sync client carries each file to the others until nothing moves.
  now += 60_000;
  const settle = async (sim: SimDevice) => {
    await open(sim);
    if (facts(sim.journalPath).passphrase !== sim.session!.passphrase) {
      // "Locked with a different passphrase on another device": lock, unlock with that one.
      await lock(sim);
      await unlock(sim, false);
    }
    await watch(sim);
    await answerWaiting(sim);
  };
  let quiet = false;
  for (let round = 0; round < 10 && !quiet; round++) {
    for (const sim of devices) await settle(sim);
    quiet = true;
    for (const from of devices) {
      for (const to of devices) {
        if (from === to || !(await syncFile(from, to, true, 'syncthing'))) continue;
        quiet = false;
        await settle(to);
      }
    }
  }
  for (const sim of devices) await lock(sim);
  return { devices, files, written, replaced, passwds, passphraseConflicts, quiet };
}

let root: string;
let cleanup: () => Promise<void>;
let run = 0;

beforeAll(async () => {
  ({ dir: root, cleanup } = await makeTempDir());
});

afterAll(async () => {
  await cleanup();
});

describe('devices syncing one journal file through shared folders, passphrase changes included', () => {
  it('converge under one passphrase, lose nothing written, and never write over a file they cannot open', {
    timeout: 120_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 3 }),
        fc.array(fc.integer({ min: -300, max: 300 }), { minLength: 3, maxLength: 3 }),
        fc.array(opArbitrary, { maxLength: 20, size: 'max' }),
        async (deviceCount, skews, ops) => {
          const folder = path.join(root, `run${run++}`);
          await mkdir(folder);
          try {
            await checkRun(folder, deviceCount, skews, ops);
          } finally {
            await rm(folder, { recursive: true, force: true });
          }
        },
      ),
      {
        // About 0.1 s a run on the build machine (real files, fsyncs, a cheap key derivation per
        // unlock): 150 runs take 15-20 s alone, about 40 s beside the other sync tests on two busy
        // cores. The document-level property (sync.property.test.ts) gives the merge rules their
        // 1,000 runs; this one is about files, keys and sessions.
        numRuns: 150,
        examples: [
          // Found by this test: the sync client renamed this device's file aside as a conflict copy
          // and put another device's, under a new passphrase, in its place. Merging that copy
          // brought nothing new to memory, so it was set aside, and the entry in it was lost at
          // the next lock: the journal file never held it.
          [
            2,
            [0, 0, 0],
            [
              { kind: 'passwd', device: 1 },
              { kind: 'add', device: 0 },
              { kind: 'sync', from: 1, to: 0, incomingWins: true, client: 'syncthing' },
              { kind: 'watch', device: 0 },
            ],
          ],
        ],
      },
    );
  });
});

async function checkRun(folder: string, deviceCount: number, skews: number[], ops: Op[]) {
  const { devices, files, written, replaced, passwds, passphraseConflicts, quiet } = await simulate(
    folder,
    deviceCount,
    skews,
    ops,
  );
  expect(quiet, 'the sync settles').toBe(true);
  const passphrase = files.get(devices[0]!.journalPath)!.passphrase;
  // With no two versions under different passphrases ever in conflict, the changes came
  // one after another, and the last one holds.
  if (passphraseConflicts === 0) expect(passphrase).toBe(passwds.at(-1) ?? PASSPHRASE);
  const documents: string[] = [];
  for (const sim of devices) {
    expect((await readdir(sim.folder)).filter((name) => isCopyName(name))).toEqual([]);
    expect(files.get(sim.journalPath)!.passphrase).toBe(passphrase);
    const reader = new Vault({ path: sim.journalPath, kdfParams: TEST_SCRYPT_PARAMS });
    const { document } = await reader.unlock(passphrase, { readOnly: true });
    reader.lock();
    documents.push(canonicalJson(document));
  }
  for (const document of documents) expect(document).toBe(documents[0]);
  const final = JSON.parse(documents[0]!) as { entries: { id: string; body: string }[] };
  expectNothingLostOrBack(final.entries, written, replaced);
}
