/** For the importer's tests: a journal in memory, and the import run on a fixture or on bytes. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImportReport } from '../../shared/api.ts';
import type { Entry } from '../../shared/domain.ts';
import { InterludeError } from '../../shared/errors.ts';
import { type ImportRequest, importJournalFile, type JournalImportTarget } from './import-journal.ts';

export const FIXTURES = path.join(import.meta.dirname, 'fixtures');

/** A journal in memory that counts its writes, as the service does with one vault write per call. */
export function memoryJournal(initial: Entry[] = []) {
  const entries = [...initial];
  let writes = 0;
  const target: JournalImportTarget = {
    entryIds: () => new Set(entries.map((entry) => entry.id)),
    entryVersions: () =>
      new Map(entries.map((entry) => [entry.id, { body: entry.body, updatedAt: entry.updatedAt }])),
    addImportedEntries: async (fresh) => {
      writes += 1;
      const present = new Set(entries.map((entry) => entry.id));
      const added = fresh.filter((entry) => !present.has(entry.id));
      entries.push(...added);
      return added.length;
    },
  };
  return { target, entries, writes: () => writes };
}

export async function fixture(name: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(path.join(FIXTURES, name)));
}

export function request(
  fileName: string,
  bytes: Uint8Array,
  extra: Partial<ImportRequest> = {},
): ImportRequest {
  return { fileName, bytes, dryRun: false, ...extra };
}

/** The entry whose text holds `fragment`; throws when there is none, naming the fragment. */
export function byBody(entries: Entry[], fragment: string): Entry {
  const entry = entries.find((candidate) => candidate.body.includes(fragment));
  if (!entry) throw new Error(`no entry containing ${fragment}`);
  return entry;
}

/** Imports the bytes into a fresh journal: the report and the entries it kept. */
export async function importInto(
  fileName: string,
  bytes: Uint8Array,
  extra: Partial<ImportRequest> = {},
): Promise<{ report: ImportReport; entries: Entry[] }> {
  const journal = memoryJournal();
  const report = await importJournalFile(journal.target, request(fileName, bytes, extra));
  return { report, entries: journal.entries };
}

/** The error an import of these bytes fails with; throws when it does not fail. */
export async function importFailure(
  bytes: Uint8Array,
  fileName = 'Export.zip',
  extra: Partial<ImportRequest> = {},
): Promise<{ code: string; message: string }> {
  try {
    await importJournalFile(memoryJournal().target, request(fileName, bytes, extra));
  } catch (error) {
    if (error instanceof InterludeError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('the import did not fail');
}
