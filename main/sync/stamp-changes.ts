/**
 * Stamping: after a change, every entry, contact, pack and settings field that differs from the
 * document before it gets a new version by this writer, and every record that disappeared gets a
 * tombstone. The journal service calls this once per change, so no operation can forget it.
 */
import { isDeepStrictEqual } from 'node:util';
import type { JournalDocument } from '../journal/journal-document.ts';
import { nextVersion } from './record-version.ts';
import { type RecordSetState, SETTINGS_FIELDS, type SyncState, syncStateOf } from './sync-state.ts';

function stampRecords<T>(
  before: readonly T[],
  after: readonly T[],
  key: (record: T) => string,
  state: RecordSetState,
  writer: string,
  now: Date,
): RecordSetState {
  if (before === after) return state;
  const previous = new Map(before.map((record) => [key(record), record]));
  let versions: RecordSetState['versions'] | null = null;
  let deleted: RecordSetState['deleted'] | null = null;
  const stamp = (id: string) => {
    versions ??= { ...state.versions };
    const earlier = versions[id] ?? state.deleted[id]?.version;
    versions[id] = nextVersion(earlier, writer, now);
    if (state.deleted[id]) {
      deleted ??= { ...state.deleted };
      delete deleted[id];
    }
  };
  for (const record of after) {
    const id = key(record);
    const old = previous.get(id);
    previous.delete(id);
    // The service builds changed records anew, so an unchanged record is the same object.
    if (old !== record && (old === undefined || !isDeepStrictEqual(old, record))) stamp(id);
  }
  for (const id of previous.keys()) {
    versions ??= { ...state.versions };
    deleted ??= { ...state.deleted };
    deleted[id] = { deletedAt: now.toISOString(), version: nextVersion(versions[id], writer, now) };
    delete versions[id];
  }
  if (!versions && !deleted) return state;
  return { versions: versions ?? state.versions, deleted: deleted ?? state.deleted };
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
      if (!isDeepStrictEqual(before.settings[field], after.settings[field])) {
        if (settings === state.settings) settings = { ...settings };
        settings[field] = { at: now.toISOString(), by: writer };
      }
    }
  }
  const sync: SyncState = {
    entries: stampRecords(before.entries, after.entries, (e) => e.id, state.entries, writer, now),
    contacts: stampRecords(before.contacts, after.contacts, (c) => c.day, state.contacts, writer, now),
    packs: stampRecords(before.packs, after.packs, (p) => p.id, state.packs, writer, now),
    settings,
  };
  const unchanged =
    sync.entries === state.entries &&
    sync.contacts === state.contacts &&
    sync.packs === state.packs &&
    sync.settings === state.settings &&
    after.sync !== undefined;
  return unchanged ? after : { ...after, sync };
}
