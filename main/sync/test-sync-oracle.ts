/**
 * Test-only: what the sync property tests share. The random changes a device makes to its
 * journal, and the oracle that reads the final journal against what each device had seen. The
 * oracle does not read versions: it tracks which operations each copy of the journal holds.
 */
import fc from 'fast-check';
import { expect } from 'vitest';

export type JournalChange =
  | { kind: 'add'; device: number }
  | { kind: 'edit'; device: number; pick: number }
  | { kind: 'delete'; device: number; pick: number }
  | { kind: 'settings'; device: number; minutes: number }
  | { kind: 'contact'; device: number; day: number; remove: boolean };

export type Wait = { kind: 'wait'; seconds: number };

/** Which of two or three devices an operation happens on. */
export const deviceArbitrary = fc.nat(2);

/** The changes a device makes, weighted for fc.oneof. */
export function journalChangeArbitraries(): fc.WeightedArbitrary<JournalChange>[] {
  const device = deviceArbitrary;
  return [
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('add' as const), device }) },
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('edit' as const), device, pick: fc.nat(20) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), device, pick: fc.nat(20) }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('settings' as const),
        device,
        minutes: fc.integer({ min: 1, max: 240 }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('contact' as const),
        device,
        day: fc.nat(3),
        remove: fc.boolean(),
      }),
    },
  ];
}

export const waitArbitrary: fc.Arbitrary<Wait> = fc.record({
  kind: fc.constant('wait' as const),
  seconds: fc.integer({ min: 1, max: 7200 }),
});

/** A text a device wrote (added or edited to). */
export interface Written {
  op: number;
  entryId: string;
  body: string;
}

/** A text a device edited over or deleted, and what that device had seen when it did. */
export interface Replaced {
  op: number;
  entryId: string;
  /** The text that was on the device when it was edited over or deleted. */
  body: string;
  knew: Set<number>;
  deleted: boolean;
}

/**
 * No text shows twice; no text is gone unless a device that had it edited over it or deleted it;
 * no deleted entry is back unless someone who had not seen the deletion edited it.
 */
export function expectNothingLostOrBack(
  entries: readonly { id: string; body: string }[],
  written: readonly Written[],
  replaced: readonly Replaced[],
): void {
  const bodies = new Set(entries.map((entry) => entry.body));
  // Every device that finds the same conflict makes the same copy: no text shows twice.
  expect(bodies.size).toBe(entries.length);
  for (const text of written) {
    if (!bodies.has(text.body)) {
      expect(replaced.some((r) => r.body === text.body && r.knew.has(text.op))).toBe(true);
    }
  }
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  for (const deletion of replaced.filter((r) => r.deleted)) {
    const survivor = byId.get(deletion.entryId);
    if (!survivor) continue;
    // Back only if the entry was edited somewhere the deleting device had not seen. (Its text is
    // then the newer of the versions standing: see "Limits" in docs/sync.md.)
    const edit = written.find((w) => w.body === survivor.body);
    expect(edit?.entryId).toBe(deletion.entryId);
    expect(written.some((w) => w.entryId === deletion.entryId && !deletion.knew.has(w.op))).toBe(true);
  }
}
