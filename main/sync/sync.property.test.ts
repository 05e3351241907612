/**
 * Property: devices that each keep their own copy of the journal, change it at random, and sync
 * at random (a file copied over another and merged, or dropped beside it under a sync client's
 * conflict name and merged at the next unlock) all end with the same journal once everything is
 * synced, lose no text nobody replaced knowingly, and bring back no deleted entry unless someone
 * who had not seen the deletion edited it.
 *
 * The oracle does not use the versions: it tracks which operations each device has seen.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JournalDocument } from '../journal/journal-document.ts';
import { canonicalJson } from './canonical.ts';
import { recogniseConflictName, SYNC_CLIENTS, type SyncClient } from './conflict-names.ts';
import { blankJournal, conflictName, START, TestDevice } from './test-device.ts';
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

type Op =
  | JournalChange
  | Wait
  | { kind: 'copyOver'; from: number; to: number }
  | { kind: 'dropBeside'; from: number; to: number; client: SyncClient }
  | { kind: 'unlock'; device: number };

const device = deviceArbitrary;
const opArbitrary: fc.Arbitrary<Op> = fc.oneof<fc.WeightedArbitrary<Op>[]>(
  ...journalChangeArbitraries(),
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('copyOver' as const), from: device, to: device }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('dropBeside' as const),
      from: device,
      to: device,
      client: fc.constantFrom(...SYNC_CLIENTS),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('unlock' as const), device }) },
  { weight: 2, arbitrary: waitArbitrary },
);

interface Snapshot {
  document: JournalDocument;
  knows: Set<number>;
}

interface SimDevice {
  journal: TestDevice;
  /** The operations whose effects this device's copy includes. */
  knows: Set<number>;
  /** Conflict copies a sync client left in this device's folder. */
  folder: Map<string, Snapshot>;
}

function simulate(deviceCount: number, skews: number[], ops: Op[]) {
  let now = START.getTime();
  const devices: SimDevice[] = [];
  const base = blankJournal();
  for (let index = 0; index < deviceCount; index++) {
    const skew = skews[index]!;
    devices.push({
      journal: new TestDevice(`device${index}`, structuredClone(base), () => new Date(now + skew * 1000)),
      knows: new Set(),
      folder: new Map(),
    });
  }
  const written: Written[] = [];
  const replaced: Replaced[] = [];
  let copies = 0;

  const mergeInto = (target: SimDevice, source: Snapshot) => {
    target.journal.merge(source.document);
    for (const op of source.knows) target.knows.add(op);
  };
  const unlock = (target: SimDevice) => {
    for (const [name, snapshot] of [...target.folder]) {
      if (recogniseConflictName(JOURNAL, name)) {
        mergeInto(target, snapshot);
        target.folder.delete(name); // moved into backups/
      }
    }
  };

  ops.forEach((op, seq) => {
    now += 1000;
    if (op.kind === 'wait') {
      now += op.seconds * 1000;
      return;
    }
    if (op.kind === 'copyOver' || op.kind === 'dropBeside') {
      const from = devices[op.from % deviceCount]!;
      const to = devices[op.to % deviceCount]!;
      if (from === to) return;
      const snapshot = { document: structuredClone(from.journal.document), knows: new Set(from.knows) };
      if (op.kind === 'copyOver') mergeInto(to, snapshot);
      else to.folder.set(conflictName(op.client, copies++), snapshot);
      return;
    }
    const sim = devices[op.device % deviceCount]!;
    const { journal } = sim;
    if (op.kind === 'unlock') {
      unlock(sim);
      return;
    }
    const entries = journal.document.entries;
    switch (op.kind) {
      case 'add': {
        const body = `text of op ${seq}`;
        journal.add(`entry-${seq}`, body);
        written.push({ op: seq, entryId: `entry-${seq}`, body });
        break;
      }
      case 'edit':
      case 'delete': {
        const target = entries[op.pick % Math.max(entries.length, 1)];
        if (!target) return;
        replaced.push({
          op: seq,
          entryId: target.id,
          body: target.body,
          knew: new Set(sim.knows),
          deleted: op.kind === 'delete',
        });
        if (op.kind === 'delete') journal.delete(target.id);
        else {
          const body = `text of op ${seq}`;
          journal.edit(target.id, body);
          written.push({ op: seq, entryId: target.id, body });
        }
        break;
      }
      case 'settings':
        journal.setSettings({ autoLockMinutes: op.minutes });
        break;
      case 'contact':
        if (op.remove) journal.removeContact(`2026-11-2${op.day}`);
        else journal.logContact({ day: `2026-11-2${op.day}`, note: `note of op ${seq}` });
        break;
    }
    sim.knows.add(seq);
  });

  // Sync everything: every device opens the copies left beside it, then all exchange files.
  now += 60_000;
  for (const sim of devices) unlock(sim);
  for (let round = 0; round < 2; round++) {
    for (const from of devices) {
      for (const to of devices) {
        if (from !== to) mergeInto(to, { document: from.journal.document, knows: from.knows });
      }
    }
  }
  return { devices, written, replaced };
}

describe('devices syncing one journal through a shared folder', () => {
  it('converge, lose nothing written, and keep deleted entries deleted', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 3 }),
        fc.array(fc.integer({ min: -300, max: 300 }), { minLength: 3, maxLength: 3 }),
        fc.array(opArbitrary, { maxLength: 40, size: 'max' }),
        (deviceCount, skews, ops) => {
          const { devices, written, replaced } = simulate(deviceCount, skews, ops);
          const final = devices[0]!.journal.document;
          for (const sim of devices) {
            expect(canonicalJson(sim.journal.document)).toBe(canonicalJson(final));
            expect(sim.folder.size).toBe(0);
          }
          expectNothingLostOrBack(final.entries, written, replaced);
        },
      ),
      {
        numRuns: 1000,
        examples: [
          // Found by this test: a device edits "the other version" while another device makes the
          // same copy afresh; the edit must win over the fresh copy.
          [
            3,
            [0, 0, 0],
            [
              { kind: 'add', device: 0 },
              { kind: 'copyOver', from: 0, to: 1 },
              { kind: 'edit', device: 0, pick: 0 },
              { kind: 'edit', device: 1, pick: 0 },
              { kind: 'copyOver', from: 0, to: 2 },
              { kind: 'edit', device: 0, pick: 0 },
              { kind: 'dropBeside', from: 0, to: 1, client: 'syncthing' },
              { kind: 'copyOver', from: 1, to: 0 },
              { kind: 'delete', device: 2, pick: 0 },
              { kind: 'edit', device: 0, pick: 0 },
              { kind: 'copyOver', from: 2, to: 1 },
            ],
          ],
          // Found by this test: one device kept one version of a conflict, another the other, then
          // a deletion settled it; "the other version" must not stay as a second copy of the text.
          [
            3,
            [0, 0, 1],
            [
              { kind: 'add', device: 2 },
              { kind: 'copyOver', from: 2, to: 0 },
              { kind: 'edit', device: 2, pick: 0 },
              { kind: 'edit', device: 0, pick: 0 },
              { kind: 'dropBeside', from: 2, to: 1, client: 'syncthing' },
              { kind: 'delete', device: 2, pick: 0 },
            ],
          ],
        ],
      },
    );
  });
});
