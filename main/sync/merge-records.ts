/**
 * Merging one kind of record (entries, contacts or packs) from two copies of a journal, record by
 * record, using each record's version and the tombstones of deleted ones. The rules are those of
 * docs/sync.md; the result does not depend on which copy is "ours", so devices converge.
 */
import { compareCanonical } from './canonical.ts';
import {
  compareVersions,
  decodeVersion,
  encodeVersion,
  hasSeenContentOf,
  joinVersions,
  type RecordVersion,
  type StoredVersion,
  sameVersion,
} from './record-version.ts';
import type { RecordSetState, Tombstone as StoredTombstone } from './sync-state.ts';

interface Tombstone {
  deletedAt: string;
  version: RecordVersion;
}

/** How the merge reads one kind of record. */
export interface RecordKindRules<T> {
  key(record: T): string;
  same(a: T, b: T): boolean;
  /** When the record's content was written, for "the newer one wins" (ISO text compares in time order). */
  writtenAt(record: T, version: RecordVersion | undefined): string;
  /**
   * Edited differently on both sides: given the version that lost, returns a record to keep beside
   * the winner (entries: "the other version"), or null when the newer one simply wins.
   */
  keepLoser?(loser: Versioned<T>, winner: T): Versioned<T> | null;
  /** Output order (a total order, so both devices write the same document). */
  compare(a: T, b: T): number;
}

export interface RecordSide<T> {
  records: readonly T[];
  state: RecordSetState;
}

export interface KindMergeCounts {
  /** Records the other copy added that this one did not have. */
  added: number;
  /** Records whose content from the other copy replaced this one's. */
  updated: number;
  /** Records this copy had that the other one deleted. */
  deleted: number;
  /** Records edited differently on both sides (for entries, each leaves "the other version" beside it). */
  conflicts: number;
}

export interface KindMergeResult<T> {
  records: T[];
  state: RecordSetState;
  /** What changed for the first copy ("ours"): the user is told about these. */
  forOurs: KindMergeCounts;
  /** True when the result differs from the second copy, so the merged file has to be written. */
  differsFromTheirs: boolean;
}

export interface Versioned<T> {
  record: T;
  version: RecordVersion | undefined;
}

/** A live record as read from a copy: its stored version is decoded only if the merge needs it. */
interface LiveSlot<T> {
  live: true;
  record: T;
  /** Set while the version is the one read from the copy, unchanged. */
  stored?: StoredVersion | undefined;
  version: RecordVersion | undefined;
}

type Slot<T> = LiveSlot<T> | { live: false; tombstone: Tombstone };

function slotsOf<T>(side: RecordSide<T>, rules: RecordKindRules<T>): Map<string, Slot<T>> {
  const slots = new Map<string, Slot<T>>();
  for (const [key, tombstone] of Object.entries(side.state.deleted)) {
    slots.set(key, {
      live: false,
      tombstone: { deletedAt: tombstone.deletedAt, version: decodeVersion(tombstone.version) },
    });
  }
  // A live record wins over a tombstone in the same copy: it was written after the deletion.
  for (const record of side.records) {
    const key = rules.key(record);
    const stored = side.state.versions[key];
    slots.set(key, { live: true, record, stored, version: undefined });
  }
  return slots;
}

/** The slot with its version decoded. */
function decoded<T>(slot: LiveSlot<T>): LiveSlot<T> {
  if (slot.stored === undefined || slot.version !== undefined) return slot;
  return { ...slot, version: decodeVersion(slot.stored) };
}

interface SlotMerge<T> {
  slot: Slot<T>;
  /** A second record to keep (the losing side of an edit on both devices). */
  extra?: Versioned<T>;
  conflict?: boolean;
}

function newer<T>(a: Versioned<T>, b: Versioned<T>, rules: RecordKindRules<T>): boolean {
  const timeA = rules.writtenAt(a.record, a.version);
  const timeB = rules.writtenAt(b.record, b.version);
  if (timeA !== timeB) return timeA > timeB;
  const byA = a.version?.by ?? '';
  const byB = b.version?.by ?? '';
  if (byA !== byB) return byA > byB;
  return compareCanonical(a.record, b.record) >= 0;
}

function mergeLive<T>(a: Versioned<T>, b: Versioned<T>, rules: RecordKindRules<T>): SlotMerge<T> {
  // A record from before versions existed may hold an edit the versioned side never saw (a
  // format-1 fork): unless the texts are equal, the versioned one stays the record and the other
  // is kept beside it, whatever the clocks say (so the version keeps describing the text).
  if ((a.version === undefined) !== (b.version === undefined) && !rules.same(a.record, b.record)) {
    const [winner, loser] = a.version ? [a, b] : [b, a];
    return conflictOf(winner, loser, rules);
  }
  const order = compareVersions(a.version, b.version);
  if (order === 'after') return { slot: { live: true, ...a } };
  if (order === 'before') return { slot: { live: true, ...b } };
  // The common case: the same record, unchanged on both sides. A version names one edit by one
  // writer session, so equal versions mean equal content; only unversioned records are compared.
  const versioned = a.version !== undefined && sameVersion(a.version, b.version);
  if (order === 'equal' && (versioned || rules.same(a.record, b.record))) {
    return { slot: { live: true, ...a } };
  }
  const aNewer = newer(a, b, rules);
  const [winner, loser] = aNewer ? [a, b] : [b, a];
  if (rules.same(a.record, b.record)) {
    return {
      slot: { live: true, record: winner.record, version: joinVersions(winner.version, loser.version) },
    };
  }
  if (order === 'concurrent') {
    // One side may already have seen the other's text and replaced it (a merge kept it as a copy).
    const aKnownToB = hasSeenContentOf(b.version, a.version);
    const bKnownToA = hasSeenContentOf(a.version, b.version);
    if (aKnownToB !== bKnownToA) {
      const kept = aKnownToB ? b : a;
      const other = aKnownToB ? a : b;
      return {
        slot: { live: true, record: kept.record, version: joinVersions(kept.version, other.version) },
      };
    }
  }
  // Edited differently on both sides (or two copies from before versions existed that differ).
  return conflictOf(winner, loser, rules);
}

function conflictOf<T>(winner: Versioned<T>, loser: Versioned<T>, rules: RecordKindRules<T>): SlotMerge<T> {
  const version = joinVersions(winner.version, loser.version);
  const extra = rules.keepLoser?.(loser, winner.record) ?? undefined;
  return {
    slot: { live: true, record: winner.record, version },
    conflict: true,
    ...(extra ? { extra } : {}),
  };
}

function mergeLiveWithDeleted<T>(live: Versioned<T>, tombstone: Tombstone): SlotMerge<T> {
  // The deletion stands only if whoever deleted had seen this text; otherwise the edit wins.
  if (hasSeenContentOf(tombstone.version, live.version)) {
    return {
      slot: {
        live: false,
        tombstone: { ...tombstone, version: joinVersions(tombstone.version, live.version)! },
      },
    };
  }
  return {
    slot: { live: true, record: live.record, version: joinVersions(live.version, tombstone.version) },
  };
}

function mergeDeleted(a: Tombstone, b: Tombstone): Tombstone {
  const [later, earlier] =
    a.deletedAt > b.deletedAt || (a.deletedAt === b.deletedAt && a.version.by >= b.version.by)
      ? [a, b]
      : [b, a];
  return { deletedAt: later.deletedAt, version: joinVersions(later.version, earlier.version)! };
}

function mergeSlots<T>(
  a: Slot<T> | undefined,
  b: Slot<T> | undefined,
  rules: RecordKindRules<T>,
): SlotMerge<T> {
  if (!a) return { slot: b! };
  if (!b) return { slot: a };
  if (a.live) {
    // The common case, a record unchanged on both sides: a version names one edit by one writer
    // session, so the same stored version means the same content.
    if (b.live && a.stored !== undefined && a.stored === b.stored) return { slot: a };
    return b.live ? mergeLive(decoded(a), decoded(b), rules) : mergeLiveWithDeleted(decoded(a), b.tombstone);
  }
  if (b.live) return mergeLiveWithDeleted(decoded(b), a.tombstone);
  return { slot: { live: false, tombstone: mergeDeleted(a.tombstone, b.tombstone) } };
}

function sameSlot<T>(a: Slot<T> | undefined, b: Slot<T> | undefined, rules: RecordKindRules<T>): boolean {
  if (!a || !b) return a === b;
  if (a.live && b.live) {
    if (a.stored !== undefined && a.stored === b.stored) return true;
    const left = decoded(a).version;
    const right = decoded(b).version;
    if (!sameVersion(left, right)) return false;
    return left !== undefined || a.record === b.record || rules.same(a.record, b.record);
  }
  if (!a.live && !b.live) {
    return (
      a.tombstone.deletedAt === b.tombstone.deletedAt && sameVersion(a.tombstone.version, b.tombstone.version)
    );
  }
  return false;
}

/**
 * Merges the records of one kind. Tombstones older than `forgetBefore` (ISO time) are left out
 * of the result, after they have had their say in this merge.
 */
export function mergeRecordSets<T>(
  ours: RecordSide<T>,
  theirs: RecordSide<T>,
  rules: RecordKindRules<T>,
  forgetBefore: string,
): KindMergeResult<T> {
  const ourSlots = slotsOf(ours, rules);
  const theirSlots = slotsOf(theirs, rules);
  const forOurs: KindMergeCounts = { added: 0, updated: 0, deleted: 0, conflicts: 0 };
  let differsFromTheirs = false;
  const records: T[] = [];
  const versions: Record<string, StoredVersion> = {};
  const deleted: Record<string, StoredTombstone> = {};
  const extras: Versioned<T>[] = [];

  for (const key of new Set([...ourSlots.keys(), ...theirSlots.keys()])) {
    const mine = ourSlots.get(key);
    const other = theirSlots.get(key);
    const merged = mergeSlots(mine, other, rules);
    const { slot } = merged;
    if (merged.extra) extras.push(merged.extra);
    if (merged.conflict) forOurs.conflicts++;
    if (!sameSlot(slot, other, rules)) differsFromTheirs = true;
    if (slot.live) {
      records.push(slot.record);
      const stored = slot.stored ?? (slot.version && encodeVersion(slot.version));
      if (stored) versions[key] = stored;
      if (!mine?.live) forOurs.added++;
      else if (mine.record !== slot.record && !sameSlot(mine, slot, rules)) forOurs.updated++;
    } else {
      if (mine?.live) forOurs.deleted++;
      if (slot.tombstone.deletedAt >= forgetBefore) {
        deleted[key] = {
          deletedAt: slot.tombstone.deletedAt,
          version: encodeVersion(slot.tombstone.version),
        };
      }
    }
  }

  // "The other version" of an entry edited on both sides is a new record; both devices derive
  // the same one, so a copy that already exists on either side is simply kept once.
  const present = new Set(records.map((record) => rules.key(record)));
  for (const extra of extras) {
    const key = rules.key(extra.record);
    if (present.has(key) || deleted[key]) continue;
    present.add(key);
    records.push(extra.record);
    if (extra.version) versions[key] = encodeVersion(extra.version);
    differsFromTheirs = true;
  }

  records.sort(rules.compare);
  return {
    records,
    state: { versions, deleted },
    forOurs,
    differsFromTheirs,
  };
}
