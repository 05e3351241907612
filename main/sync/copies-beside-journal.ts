/**
 * The vault's side of step 3 in docs/sync.md: the hooks that tell a copy of this journal from
 * another file, open it with our keys and set it aside, and the words the user is shown.
 */
import { InterludeError } from '../../shared/errors.ts';
import type { Vault } from '../vault/vault.ts';
import { type ConflictScan, scanForConflictCopies } from './conflict-scan.ts';
import type { MergeReport } from './merge-journal.ts';
import { describeMerge, mergeConflictCopies } from './merge-conflict-copies.ts';

export interface CopiesMerged {
  /** How many copies wait where they are (sealed under another key, or unreadable). */
  waitingCount: number;
  reports: MergeReport[];
  /** Names of the copies merged and moved into the backups. */
  setAside: string[];
  /** One plain sentence for each copy left where it is, saying why. */
  waiting: string[];
  /** What to tell the user ("Merged changes from another device: 3 entries. …"); null when nothing happened. */
  notice: string | null;
}

function whyWaiting(name: string, reason: unknown): string {
  if (reason instanceof InterludeError && reason.code === 'KEY_CHANGED_ELSEWHERE') return reason.message;
  if (reason instanceof InterludeError && reason.code === 'WRONG_PASSPHRASE') {
    return `That passphrase does not open ${name} either, so it was not merged. It stays where it is.`;
  }
  const detail = reason instanceof InterludeError ? ` (${reason.message})` : '';
  return `${name} looks like a copy of this journal left by a sync service, but it could not be read, so it was not merged${detail}. It stays where it is.`;
}

/** At most this many sentences about waiting copies in one notice; a folder can hold thousands. */
const WAITING_SENTENCES_SHOWN = 3;

function summarised(waiting: string[]): string[] {
  if (waiting.length <= WAITING_SENTENCES_SHOWN) return waiting;
  const more = waiting.length - WAITING_SENTENCES_SHOWN;
  return [
    ...waiting.slice(0, WAITING_SENTENCES_SHOWN),
    `${more} more file${more === 1 ? '' : 's'} named like copies of this journal were not merged either; they stay where they are.`,
  ];
}

/**
 * Merges every conflict copy of this journal beside it into `journal`, then moves each into the
 * backups. With `otherPassphrase` (the one another device changed to, or from), a copy our keys do
 * not open is tried with it too.
 */
export async function mergeCopiesBesideJournal(
  vault: Vault,
  journal: { mergeCopy(copy: unknown): Promise<MergeReport> },
  otherPassphrase?: string,
): Promise<CopiesMerged> {
  const result = await mergeConflictCopies(vault.path, journal, {
    belongsToJournal: (candidate) => vault.isCopyOfThis(candidate.path),
    openCopy: async (candidate) => {
      try {
        return await vault.openCopy(candidate.path);
      } catch (error) {
        const sealedElsewhere = error instanceof InterludeError && error.code === 'KEY_CHANGED_ELSEWHERE';
        if (!sealedElsewhere || otherPassphrase === undefined) throw error;
        return vault.openCopyWithPassphrase(candidate.path, otherPassphrase);
      }
    },
    setAside: async (candidate) => {
      await vault.setAsideCopy(candidate.path);
    },
  });
  const reports = result.merged.map(({ report }) => report);
  const waiting = result.waiting.map(({ candidate, reason }) => whyWaiting(candidate.name, reason));
  const merged =
    result.merged.length > 0
      ? (describeMerge(reports) ?? 'Merged a copy from another device: nothing new in it.')
      : null;
  const notice = [merged, ...summarised(waiting)].filter(Boolean).join(' ') || null;
  return {
    waitingCount: result.waiting.length,
    reports,
    setAside: result.merged.map(({ candidate }) => candidate.name),
    waiting,
    notice,
  };
}

/** The copies beside the journal, found without merging or moving anything (`verify`). */
export function findCopiesBesideJournal(vault: Vault): Promise<ConflictScan> {
  return scanForConflictCopies(vault.path, (candidate) => vault.isCopyOfThis(candidate.path));
}
