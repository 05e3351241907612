/**
 * Step 3 of docs/sync.md ("at unlock"): merge every conflict copy a sync client left beside the
 * journal, then set it aside (into backups/, never deleted). What only the vault knows (is it this
 * journal, how to open it, where backups go) comes in as hooks.
 */
import type { MergeReport } from './merge-journal.ts';
import { type BelongsToJournal, type ConflictCandidate, scanForConflictCopies } from './conflict-scan.ts';

export interface ConflictCopyHooks {
  /** Is this candidate a copy of the open journal (same vault id)? Throws when it cannot tell yet. */
  belongsToJournal: BelongsToJournal;
  /** The copy's decrypted document. Throws when it is sealed under another key (another passphrase). */
  openCopy(candidate: ConflictCandidate): Promise<unknown>;
  /** Moves a merged copy out of the journal's folder, into the backups. */
  setAside(candidate: ConflictCandidate): Promise<void>;
}

export interface ConflictCopiesMerged {
  merged: { candidate: ConflictCandidate; report: MergeReport }[];
  /** Copies left where they are, with the reason (the user is told; nothing is lost). */
  waiting: { candidate: ConflictCandidate; reason: unknown }[];
}

/** Merges the conflict copies beside `journalPath` into `journal`, oldest first. */
export async function mergeConflictCopies(
  journalPath: string,
  journal: { mergeCopy(copy: unknown): Promise<MergeReport> },
  hooks: ConflictCopyHooks,
): Promise<ConflictCopiesMerged> {
  const scan = await scanForConflictCopies(journalPath, hooks.belongsToJournal);
  const result: ConflictCopiesMerged = { merged: [], waiting: [...scan.undecided] };
  for (const candidate of scan.copies) {
    let report: MergeReport;
    try {
      report = await journal.mergeCopy(await hooks.openCopy(candidate));
    } catch (reason) {
      result.waiting.push({ candidate, reason });
      continue;
    }
    result.merged.push({ candidate, report });
    try {
      await hooks.setAside(candidate);
    } catch (reason) {
      // Merged already; left in place it is merged again next time, which changes nothing.
      result.waiting.push({ candidate, reason });
    }
  }
  return result;
}

/** "Merged changes from another device: 3 entries, settings." or null when nothing came in. */
export function describeMerge(reports: readonly MergeReport[]): string | null {
  let entries = 0;
  let contacts = 0;
  let packs = 0;
  let conflicts = 0;
  let settings = false;
  for (const report of reports) {
    entries += report.entries.added + report.entries.updated + report.entries.deleted;
    conflicts += report.entries.conflicts;
    contacts += report.contacts.added + report.contacts.updated + report.contacts.deleted;
    packs += report.packs.added + report.packs.updated + report.packs.deleted;
    settings ||= report.settings.length > 0;
  }
  const count = (n: number, one: string, many: string) => (n === 0 ? [] : [`${n} ${n === 1 ? one : many}`]);
  const parts = [
    ...count(entries, 'entry', 'entries'),
    ...count(contacts, 'contact day', 'contact days'),
    ...count(packs, 'prompt pack', 'prompt packs'),
    ...(settings ? ['settings'] : []),
  ];
  const edited =
    conflicts === 0
      ? ''
      : ` ${count(conflicts, 'entry was', 'entries were')[0]} edited on both devices: both versions are kept.`;
  if (parts.length === 0 && !edited) return null;
  return `Merged changes from another device: ${parts.join(', ') || 'no new entries'}.${edited}`;
}
