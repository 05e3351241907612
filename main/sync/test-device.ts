/**
 * Test-only: a simulated device holding its own copy of a journal, changing it the way the
 * journal service does (a new document per change, then stampChanges), and merging other copies.
 */
import type { Contact, Entry, Settings } from '../../shared/domain.ts';
import { type JournalDocument, newJournalDocument } from '../journal/journal-document.ts';
import type { SyncClient } from './conflict-names.ts';
import { type MergeReport, mergeJournalDocuments } from './merge-journal.ts';
import { stampChanges } from './stamp-changes.ts';

export const START = new Date('2026-12-01T09:00:00.000Z');

/** The name each sync client would give the n-th conflict copy of `journal.interlude`. */
export function conflictName(client: SyncClient, n: number): string {
  const six = String(n).padStart(6, '0');
  switch (client) {
    case 'syncthing':
      return `journal.sync-conflict-20261201-${six}-ABCDEF7.interlude`;
    case 'dropbox':
      return `journal (Laptop's conflicted copy 2026-12-01) (${n}).interlude`;
    case 'nextcloud':
      return `journal (conflicted copy 2026-12-01 ${six}).interlude`;
    case 'onedrive':
      return `journal-LAPTOP-${n}.interlude`;
    case 'icloud':
      return `journal ${n + 2}.interlude`;
    case 'interlude':
      return `journal.conflict-2026-12-01T10-15-00-000Z-${n + 2}.interlude`;
  }
}

export function blankJournal(): JournalDocument {
  return newJournalDocument('2026-12-01', START);
}

export function entryWith(id: string, body: string, at: Date): Entry {
  const stamp = at.toISOString();
  return {
    id,
    day: stamp.slice(0, 10),
    body,
    mood: null,
    emotions: [],
    tags: [],
    section: null,
    prompt: null,
    createdAt: stamp,
    updatedAt: stamp,
  };
}

export class TestDevice {
  document: JournalDocument;
  readonly writer: string;
  #clock: () => Date;

  constructor(writer: string, document: JournalDocument, clock: () => Date) {
    this.writer = writer;
    this.document = document;
    this.#clock = clock;
  }

  #apply(change: (document: JournalDocument) => JournalDocument): void {
    const before = this.document;
    this.document = stampChanges(before, change(before), this.writer, this.#clock());
  }

  add(id: string, body: string): Entry {
    const entry = entryWith(id, body, this.#clock());
    this.#apply((d) => ({ ...d, entries: [...d.entries, entry] }));
    return entry;
  }

  edit(id: string, body: string): void {
    const at = this.#clock().toISOString();
    this.#apply((d) => ({
      ...d,
      entries: d.entries.map((entry) => (entry.id === id ? { ...entry, body, updatedAt: at } : entry)),
    }));
  }

  delete(id: string): void {
    this.#apply((d) => ({ ...d, entries: d.entries.filter((entry) => entry.id !== id) }));
  }

  setSettings(patch: Partial<Settings>): void {
    this.#apply((d) => ({ ...d, settings: { ...d.settings, ...patch } }));
  }

  logContact(contact: Contact): void {
    this.#apply((d) => ({
      ...d,
      contacts: [...d.contacts.filter((c) => c.day !== contact.day), contact].sort((a, b) =>
        a.day < b.day ? -1 : 1,
      ),
    }));
  }

  removeContact(day: string): void {
    this.#apply((d) => ({ ...d, contacts: d.contacts.filter((c) => c.day !== day) }));
  }

  /** Merges another copy into this one, as the vault does when it finds the file changed. */
  merge(theirs: JournalDocument): MergeReport {
    const { document, report } = mergeJournalDocuments(this.document, theirs, this.#clock());
    this.document = document;
    return report;
  }

  entry(id: string): Entry | undefined {
    return this.document.entries.find((entry) => entry.id === id);
  }
}
