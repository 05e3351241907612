/**
 * `mergeJournalDocuments(ours, theirs, now)`: one journal from two copies of it, with no common
 * ancestor needed. Pure and symmetric: merge(a, b) and merge(b, a) give the same document, and
 * merging in any order converges. The rules, with a diagram per case, are in docs/sync.md.
 */
import type { Contact, Draft, Entry, HardDate, Pack, Settings } from '../../shared/domain.ts';
import { CURRENT_SCHEMA_VERSION, type JournalDocument } from '../journal/journal-document.ts';
import { canonicalJson, compareCanonical, derivedId, sameJson } from './canonical.ts';
import {
  type KindMergeCounts,
  type KindMergeResult,
  mergeRecordSets,
  type RecordKindRules,
  type Versioned,
} from './merge-records.ts';
import {
  type FieldStamp,
  SETTINGS_FIELDS,
  type SettingsField,
  type SyncState,
  syncStateOf,
  TOMBSTONE_RETENTION_DAYS,
} from './sync-state.ts';

const DAY_MS = 86_400_000;

/** What the merge brought into "ours", for a message such as "Merged changes from another device: 3 entries". */
export interface MergeReport {
  entries: KindMergeCounts;
  contacts: KindMergeCounts;
  packs: KindMergeCounts;
  hardDates: KindMergeCounts;
  /** Settings fields whose value came from the other copy. */
  settings: SettingsField[];
  /** True when the merged journal differs from "theirs", so it must be written back. */
  differsFromTheirs: boolean;
  /** True when the merged journal differs from "ours" (the screen needs refreshing). */
  changedOurs: boolean;
}

export interface MergedJournal {
  document: JournalDocument;
  report: MergeReport;
}

/**
 * The id of "the other version" of an entry: derived from the entry's id and the losing edit, so
 * every device that finds the same conflict makes the same copy, and it is kept once.
 */
export function otherVersionId(loser: Versioned<Entry>): string {
  const edit = loser.version ? `${loser.version.by}:${loser.version.seen[loser.version.by] ?? 0}` : '';
  return derivedId('interlude/other-version', loser.record.id, edit, canonicalJson(loser.record));
}

const entryRules: RecordKindRules<Entry> = {
  key: (entry) => entry.id,
  same: sameJson,
  writtenAt: (entry) => entry.updatedAt,
  keepLoser: (loser, winner) => {
    const id = otherVersionId(loser);
    return {
      record: { ...loser.record, id, conflict: { of: winner.id } },
      // A new record with a history of its own: one edit by a writer named after it, the same on
      // every device. (The original's history would make the copy's later edits reuse its counts.)
      version: {
        by: `c${id.slice(0, 8)}`,
        at: loser.version?.at ?? loser.record.updatedAt,
        seen: { [`c${id.slice(0, 8)}`]: 1 },
      },
    };
  },
  compare: (a, b) =>
    a.createdAt !== b.createdAt ? (a.createdAt < b.createdAt ? -1 : 1) : a.id < b.id ? -1 : 1,
};

const contactRules: RecordKindRules<Contact> = {
  key: (contact) => contact.day,
  same: (a, b) => a.day === b.day && a.note === b.note,
  writtenAt: (_contact, version) => version?.at ?? '',
  compare: (a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0),
};

const packRules: RecordKindRules<Pack> = {
  key: (pack) => pack.id,
  same: (a, b) => sameJson(a, b),
  writtenAt: (pack, version) => version?.at ?? pack.importedAt ?? '',
  compare: (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
};

const hardDateRules: RecordKindRules<HardDate> = {
  key: (hardDate) => hardDate.id,
  same: (a, b) => sameJson(a, b),
  writtenAt: (_hardDate, version) => version?.at ?? '',
  compare: (a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
};

function stampWins(a: FieldStamp | undefined, b: FieldStamp | undefined): number {
  if (!a || !b) return a ? 1 : b ? -1 : 0;
  if (a.at !== b.at) return a.at > b.at ? 1 : -1;
  return a.by === b.by ? 0 : a.by > b.by ? 1 : -1;
}

/** Per field, the newest change wins; unstamped values lose to stamped ones, and tie by value. */
function mergeSettings(
  ours: Settings,
  theirs: Settings,
  ourStamps: SyncState['settings'],
  theirStamps: SyncState['settings'],
): { settings: Settings; stamps: SyncState['settings']; fromTheirs: SettingsField[] } {
  const settings = { ...ours } as Record<SettingsField, unknown>;
  const stamps: SyncState['settings'] = {};
  const fromTheirs: SettingsField[] = [];
  for (const field of SETTINGS_FIELDS) {
    let order = stampWins(ourStamps[field], theirStamps[field]);
    if (order === 0) order = compareCanonical(ours[field], theirs[field]);
    const takeTheirs = order < 0;
    const stamp = takeTheirs ? theirStamps[field] : ourStamps[field];
    if (takeTheirs && !sameJson(ours[field], theirs[field])) fromTheirs.push(field);
    settings[field] = takeTheirs ? theirs[field] : ours[field];
    if (stamp) stamps[field] = stamp;
  }
  return { settings: settings as Settings, stamps, fromTheirs };
}

/** An entry's text and fields, leaving out which record it is. */
function contentOf(entry: Entry): Omit<Entry, 'id' | 'conflict'> {
  const { id, conflict, ...content } = entry;
  return content;
}

/**
 * Drops "the other version" of an entry once the entry itself holds the same text again. Merges
 * in different orders can reach that state (one device kept one version, another device the other,
 * and a later edit or deletion settled it): the copy then only shows the same words twice. The
 * rule looks at the merged result alone, so every device drops the same copies.
 */
function withoutRedundantCopies(
  merged: KindMergeResult<Entry>,
  ourEntries: readonly Entry[],
  theirEntries: readonly Entry[],
): KindMergeResult<Entry> {
  const byId = new Map(merged.records.map((entry) => [entry.id, entry]));
  const redundant = merged.records.filter((entry) => {
    const original = entry.conflict && byId.get(entry.conflict.of);
    return original !== undefined && sameJson(contentOf(original), contentOf(entry));
  });
  if (redundant.length === 0) return merged;
  const dropped = new Set(redundant.map((entry) => entry.id));
  const versions = { ...merged.state.versions };
  for (const id of dropped) delete versions[id];
  const weHad = ourEntries.filter((entry) => dropped.has(entry.id)).length;
  return {
    ...merged,
    records: merged.records.filter((entry) => !dropped.has(entry.id)),
    state: { ...merged.state, versions },
    forOurs: { ...merged.forOurs, deleted: merged.forOurs.deleted + weHad },
    differsFromTheirs: merged.differsFromTheirs || theirEntries.some((entry) => dropped.has(entry.id)),
  };
}

/** Drafts belong to one device (docs/sync.md); until they move out of the journal, the newer is kept. */
function mergeDraft(a: Draft | null, b: Draft | null): Draft | null {
  if (!a || !b) return a ?? b;
  if (a.savedAt !== b.savedAt) return a.savedAt > b.savedAt ? a : b;
  return compareCanonical(a, b) >= 0 ? a : b;
}

/**
 * Merges two copies of a journal (both already loaded and migrated). `now` decides which
 * tombstones are old enough to forget (TOMBSTONE_RETENTION_DAYS).
 */
export function mergeJournalDocuments(
  ours: JournalDocument,
  theirs: JournalDocument,
  now: Date,
): MergedJournal {
  const ourSync = syncStateOf(ours);
  const theirSync = syncStateOf(theirs);
  const forgetBefore = new Date(now.getTime() - TOMBSTONE_RETENTION_DAYS * DAY_MS).toISOString();

  const entries = withoutRedundantCopies(
    mergeRecordSets(
      { records: ours.entries, state: ourSync.entries },
      { records: theirs.entries, state: theirSync.entries },
      entryRules,
      forgetBefore,
    ),
    ours.entries,
    theirs.entries,
  );
  const contacts = mergeRecordSets(
    { records: ours.contacts, state: ourSync.contacts },
    { records: theirs.contacts, state: theirSync.contacts },
    contactRules,
    forgetBefore,
  );
  const packs = mergeRecordSets(
    { records: ours.packs, state: ourSync.packs },
    { records: theirs.packs, state: theirSync.packs },
    packRules,
    forgetBefore,
  );
  const hardDates = mergeRecordSets(
    { records: ours.hardDates, state: ourSync.hardDates },
    { records: theirs.hardDates, state: theirSync.hardDates },
    hardDateRules,
    forgetBefore,
  );
  const settings = mergeSettings(ours.settings, theirs.settings, ourSync.settings, theirSync.settings);
  const draft = mergeDraft(ours.draft, theirs.draft);

  const document: JournalDocument = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: [ours.createdAt, theirs.createdAt].sort()[0]!,
    settings: settings.settings,
    entries: entries.records,
    draft,
    contacts: contacts.records,
    packs: packs.records,
    hardDates: hardDates.records,
    sync: {
      entries: entries.state,
      contacts: contacts.state,
      packs: packs.state,
      hardDates: hardDates.state,
      settings: settings.stamps,
    },
  };
  const counted = (counts: KindMergeCounts) =>
    counts.added + counts.updated + counts.deleted + counts.conflicts > 0;
  const report: MergeReport = {
    entries: entries.forOurs,
    contacts: contacts.forOurs,
    packs: packs.forOurs,
    hardDates: hardDates.forOurs,
    settings: settings.fromTheirs,
    differsFromTheirs:
      entries.differsFromTheirs ||
      contacts.differsFromTheirs ||
      packs.differsFromTheirs ||
      hardDates.differsFromTheirs ||
      !sameJson(document.settings, theirs.settings) ||
      !sameJson(settings.stamps, theirSync.settings) ||
      document.draft !== theirs.draft ||
      document.createdAt !== theirs.createdAt,
    changedOurs:
      counted(entries.forOurs) ||
      counted(contacts.forOurs) ||
      counted(packs.forOurs) ||
      counted(hardDates.forOurs) ||
      settings.fromTheirs.length > 0 ||
      document.draft !== ours.draft,
  };
  return { document, report };
}
