/**
 * Importing a journal from another app, entry by entry: one entry that cannot be read is reported
 * and skipped, never stopping the rest; entries already imported (same stable id) are not added
 * again; nothing is merged into an entry that exists. All new entries go into the vault in one write.
 */
import type { ImportProgress, ImportReport } from '../../shared/api.ts';
import { BODY_MAX, type Entry } from '../../shared/domain.ts';
import type { FormatReading } from './format-reading.ts';
import { type ImportedEntry, laterVersion, SkipEntry } from './imported-entry.ts';
import { type JournalFile, readJournalFile } from './read-journal-file.ts';

/** How many records are converted between two progress reports (and two breaths of the event loop). */
const PROGRESS_STEP = 500;
const SUMMARY_SKIPS_SHOWN = 5;

export interface JournalImportTarget {
  /** Ids of the entries already in the journal, deleted ones' included. */
  entryIds(): ReadonlySet<string>;
  /** The text and last change of each entry not in the trash. */
  entryVersions(): ReadonlyMap<string, { body: string; updatedAt: string }>;
  /** Adds the entries in one write, leaving out any whose id is already there; returns how many it added. */
  addImportedEntries(entries: Entry[]): Promise<number>;
}

export interface ImportRequest extends JournalFile {
  dryRun: boolean;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Reads the file, converts its entries, and (unless a dry run) adds the new ones. */
export async function importJournalFile(
  target: JournalImportTarget,
  request: ImportRequest,
  onProgress: (progress: ImportProgress) => void = () => {},
): Promise<ImportReport> {
  const reading = readJournalFile(request);
  const { entries, skipped, alreadyImported, notes } = await convertRecords(
    reading,
    target.entryIds(),
    target.entryVersions(),
    onProgress,
  );
  const added =
    request.dryRun || entries.length === 0 ? entries.length : await target.addImportedEntries(entries);
  const days = entries.map((entry) => entry.day).sort();
  const report: Omit<ImportReport, 'summary'> = {
    format: reading.format,
    source: reading.source,
    dryRun: request.dryRun,
    read: reading.records.length,
    added,
    alreadyImported: alreadyImported + (entries.length - added),
    skipped,
    notes: [...reading.notes(), ...notes],
    customMoods: reading.customMoods,
    firstDay: days[0] ?? null,
    lastDay: days.at(-1) ?? null,
  };
  return { ...report, summary: importSummary(report) };
}

async function convertRecords(
  reading: FormatReading,
  existing: ReadonlySet<string>,
  versions: ReadonlyMap<string, { body: string; updatedAt: string }>,
  onProgress: (progress: ImportProgress) => void,
) {
  const total = reading.records.length;
  const entries: Entry[] = [];
  const skipped: ImportReport['skipped'] = [];
  const seen = new Set<string>();
  const split: { where: string; parts: number }[] = [];
  let tagsInText = 0;
  let changedSince = 0;
  let alreadyImported = 0;
  onProgress({ read: 0, total });
  for (const [index, record] of reading.records.entries()) {
    if (index > 0 && index % PROGRESS_STEP === 0) {
      onProgress({ read: index, total });
      await yieldToEventLoop();
    }
    let imported: ImportedEntry;
    try {
      imported = record.toEntry();
    } catch (error) {
      // Anything unexpected in one entry is that entry's problem, not the whole file's.
      const reason = error instanceof SkipEntry ? error.message : 'it cannot be read';
      skipped.push({ where: record.where, reason });
      continue;
    }
    const later = laterVersion(imported, versions.get(imported.parts[0]?.id ?? ''));
    if (later) {
      imported = later;
      changedSince += 1;
    }
    const fresh = imported.parts.filter((entry) => !existing.has(entry.id) && !seen.has(entry.id));
    if (fresh.length === 0) {
      alreadyImported += 1;
      continue;
    }
    for (const entry of fresh) seen.add(entry.id);
    entries.push(...fresh);
    if (imported.parts.length > 1) split.push({ where: record.where, parts: imported.parts.length });
    if (imported.tagsInText.length > 0) tagsInText += 1;
  }
  onProgress({ read: total, total });
  const notes = limitNotes(split, tagsInText);
  if (changedSince > 0) {
    notes.push(
      `${changedSince === 1 ? 'One entry was' : `${plural(changedSince, 'entry', 'entries')} were`} changed in ${reading.source} since an earlier import: ${changedSince === 1 ? 'it comes' : 'they come'} in again as new entries beside the earlier copies, which stay as they are.`,
    );
  }
  return { entries, skipped, alreadyImported, notes };
}

/** What the report says about entries that did not fit Interlude's limits as they were. */
function limitNotes(split: { where: string; parts: number }[], tagsInText: number): string[] {
  const notes: string[] = [];
  if (split.length > 0) {
    const shown = split
      .slice(0, SUMMARY_SKIPS_SHOWN)
      .map((entry) => `${entry.where} in ${entry.parts}`)
      .join(', ');
    notes.push(
      `${split.length === 1 ? 'One entry is' : `${plural(split.length, 'entry', 'entries')} are`} longer than the ${BODY_MAX.toLocaleString('en-US')} characters one Interlude entry holds, so ${split.length === 1 ? 'it comes' : 'each comes'} in whole as consecutive entries on ${split.length === 1 ? 'its' : 'their'} day, marked “part 1 of 2” and so on (${shown}${split.length > SUMMARY_SKIPS_SHOWN ? ', …' : ''}).`,
    );
  }
  if (tagsInText > 0) {
    notes.push(
      `${tagsInText === 1 ? 'One entry has' : `${plural(tagsInText, 'entry', 'entries')} have`} more than 30 tags or tags longer than 40 characters; those tags are written at the end of ${tagsInText === 1 ? 'its' : 'their'} text (“Tags: …”), so none is lost.`,
    );
  }
  return notes;
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

/** "312 entries from Day One, 2 skipped: entry 5 (2024-03-05) has no text; …". */
export function importSummary(report: Omit<ImportReport, 'summary'>): string {
  const lead = report.dryRun ? 'Would import ' : '';
  let text = `${lead}${plural(report.added, 'entry', 'entries')} from ${report.source}`;
  if (report.alreadyImported > 0) {
    text += `, ${plural(report.alreadyImported, 'entry', 'entries')} already in your journal from an earlier import`;
  }
  if (report.skipped.length > 0) {
    const shown = report.skipped
      .slice(0, SUMMARY_SKIPS_SHOWN)
      .map((skip) => `${skip.where} because ${skip.reason}`);
    const more = report.skipped.length - shown.length;
    text += `, ${report.skipped.length.toLocaleString('en-US')} skipped: ${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
  }
  return `${text}.`;
}
