/**
 * Finding conflict copies beside the journal: the names sync clients give them make candidates,
 * and the caller's check (the vault's: same vault id, opens with our keys) makes copies.
 */
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { type ConflictName, conflictNameRecogniser } from './conflict-names.ts';

export interface ConflictCandidate extends ConflictName {
  /** Absolute path of the file. */
  path: string;
  /** Its name in the journal's folder. */
  name: string;
  modifiedAt: Date;
}

/** Files beside `journalPath` whose names are a sync client's conflict name for it, oldest first. */
export async function findConflictCandidates(journalPath: string): Promise<ConflictCandidate[]> {
  const directory = path.dirname(path.resolve(journalPath));
  const recognise = conflictNameRecogniser(path.basename(journalPath));
  let names: string[];
  try {
    names = await readdir(directory);
  } catch {
    // No folder, no copies; the journal's own read reports a missing or unreadable folder.
    return [];
  }
  const candidates: ConflictCandidate[] = [];
  for (const name of names) {
    const recognised = recognise(name);
    if (!recognised) continue;
    const file = path.join(directory, name);
    try {
      // lstat: a link under a conflict name could point anywhere (a file outside the folder, a FIFO);
      // sync clients keep conflicts as plain files, so a link is no copy of ours.
      const info = await lstat(file);
      if (info.isFile()) candidates.push({ ...recognised, path: file, name, modifiedAt: info.mtime });
    } catch {
      // Gone between the listing and the look (a sync client moving it): nothing to merge.
    }
  }
  return candidates.sort(
    (a, b) => a.modifiedAt.getTime() - b.modifiedAt.getTime() || (a.name < b.name ? -1 : 1),
  );
}

/** Asks whether a candidate really is a copy of this journal; throws when it cannot tell yet. */
export type BelongsToJournal = (candidate: ConflictCandidate) => Promise<boolean>;

export interface ConflictScan {
  /** Copies of this journal, to merge (then move into backups/). */
  copies: ConflictCandidate[];
  /** Candidates that turned out to be other files; left alone. */
  unrelated: ConflictCandidate[];
  /** Candidates the check could not decide (sealed under another key, unreadable), with why. */
  undecided: { candidate: ConflictCandidate; reason: unknown }[];
}

/** The conflict copies of the journal at `journalPath`, as `belongsToJournal` decides. */
export async function scanForConflictCopies(
  journalPath: string,
  belongsToJournal: BelongsToJournal,
): Promise<ConflictScan> {
  const scan: ConflictScan = { copies: [], unrelated: [], undecided: [] };
  for (const candidate of await findConflictCandidates(journalPath)) {
    try {
      ((await belongsToJournal(candidate)) ? scan.copies : scan.unrelated).push(candidate);
    } catch (reason) {
      scan.undecided.push({ candidate, reason });
    }
  }
  return scan;
}
