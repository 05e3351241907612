/**
 * Stamping: after a change, every entry, contact, pack and settings field that differs from the
 * document before it gets a new version by this writer, and every record that disappeared gets a
 * tombstone. The journal service calls this once per change, so no operation can forget it.
 */
import type { JournalDocument } from '../journal/journal-document.ts';
import { sameJson } from './canonical.ts';
import { decodeVersion, encodeVersion, nextVersion, type StoredVersion } from './record-version.ts';
import { type RecordSetState, SETTINGS_FIELDS, type SyncState, syncStateOf } from './sync-state.ts';

function stampedAfter(previous: StoredVersion | undefined, writer: string, now: Date): StoredVersion {
  return encodeVersion(
    nextVersion(previous === undefined ? undefined : decodeVersion(previous), writer, now),
  );
}

/** A shallow copy; for a 10,000-key record, a for-in loop copies in about half the time of a spread. */
function copyOf<V>(record: Record<string, V>): Record<string, V> {
  const copy: Record<string, V> = {};
  for (const key in record) copy[key] = record[key]!;
  return copy;
}

/** The records of `after` that are new or changed, and the keys of those gone, compared with `before`. */
function diffRecords<T>(
  before: readonly T[],
  after: readonly T[],
  key: (record: T) => string,
): { changed: string[]; removed: string[] } {
  const changed: string[] = [];
  // The usual change edits one record in place or adds one at the end: compare position by position.
  const shared = Math.min(before.length, after.length);
  let aligned = 0;
  while (
    aligned < shared &&
    (before[aligned] === after[aligned] || key(before[aligned]!) === key(after[aligned]!))
  ) {
    const old = before[aligned]!;
    const record = after[aligned]!;
    // The service builds changed records anew, so an unchanged record is the same object.
    if (old !== record && !sameJson(old, record)) changed.push(key(record));
    aligned++;
  }
  if (aligned === before.length) {
    for (let index = aligned; index < after.length; index++) changed.push(key(after[index]!));
    return { changed, removed: [] };
  }
  const previous = new Map(before.slice(aligned).map((record) => [key(record), record]));
  for (let index = aligned; index < after.length; index++) {
    const record = after[index]!;
    const id = key(record);
    const old = previous.get(id);
    previous.delete(id);
    if (old !== record && (old === undefined || !sameJson(old, record))) changed.push(id);
  }
  return { changed, removed: [...previous.keys()] };
}

function stampRecords<T>(
  before: readonly T[],
  after: readonly T[],
  key: (record: T) => string,
  state: RecordSetState,
  writer: string,
  now: Date,
): RecordSetState {
  if (before === after) return state;
  const { changed, removed } = diffRecords(before, after, key);
  if (changed.length === 0 && removed.length === 0) return state;
  const versions = copyOf(state.versions);
  let deleted = state.deleted;
  for (const id of changed) {
    const tombstone = deleted[id];
    versions[id] = stampedAfter(versions[id] ?? tombstone?.version, writer, now);
    if (tombstone) {
      if (deleted === state.deleted) deleted = copyOf(deleted);
      delete deleted[id];
    }
  }
  for (const id of removed) {
    if (deleted === state.deleted) deleted = copyOf(deleted);
    deleted[id] = { deletedAt: now.toISOString(), version: stampedAfter(versions[id], writer, now) };
    delete versions[id];
  }
  return { versions, deleted };
}

/** `after` with the sync state updated for what changed since `before`, as written by `writer`. */
export function stampChanges(
  before: JournalDocument,
  after: JournalDocument,
  writer: string,
  now: Date,
): JournalDocument {
  const state = syncStateOf(after);
  let settings = state.settings;
  if (before.settings !== after.settings) {
    for (const field of SETTINGS_FIELDS) {
      if (!sameJson(before.settings[field], after.settings[field])) {
        if (settings === state.settings) settings = { ...settings };
        settings[field] = { at: now.toISOString(), by: writer };
      }
    }
  }
  const sync: SyncState = {
    entries: stampRecords(before.entries, after.entries, (e) => e.id, state.entries, writer, now),
    contacts: stampRecords(before.contacts, after.contacts, (c) => c.day, state.contacts, writer, now),
    packs: stampRecords(before.packs, after.packs, (p) => p.id, state.packs, writer, now),
    hardDates: stampRecords(before.hardDates, after.hardDates, (h) => h.id, state.hardDates, writer, now),
    settings,
  };
  const unchanged =
    sync.entries === state.entries &&
    sync.contacts === state.contacts &&
    sync.packs === state.packs &&
    sync.hardDates === state.hardDates &&
    sync.settings === state.settings &&
    after.sync !== undefined;
  return unchanged ? after : { ...after, sync };
}
