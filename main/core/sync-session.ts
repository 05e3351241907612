/**
 * Sync while the journal is unlocked (docs/sync.md): at unlock, the conflict copies a sync client
 * left beside the journal are merged and set aside; then a watcher merges the file whenever
 * another device's version arrives. What the user should know is kept as one notice.
 */
import { InterludeError } from '../../shared/errors.ts';
import type { JournalService } from '../journal/journal-service.ts';
import { mergeCopiesBesideJournal } from '../sync/copies-beside-journal.ts';
import { describeMerge } from '../sync/merge-conflict-copies.ts';
import { type JournalWatcher, watchJournal } from '../sync/journal-watcher.ts';
import type { Vault } from '../vault/vault.ts';

export interface SyncSession {
  /** Merges the copies beside the journal and starts watching it; returns the notice, if any. */
  start(): Promise<string | null>;
  /** Stops watching (on lock) and forgets the notice. */
  stop(): void;
  /** What the user should know about sync now ("Merged changes from another device: 3 entries."). */
  notice(): string | null;
  /** True while copies of the journal wait beside it (sealed under another passphrase, or unreadable). */
  copiesWaiting(): boolean;
  /** Tries the waiting copies again with the passphrase another device uses; returns the notice. */
  mergeWaitingCopies(otherPassphrase: string): Promise<string | null>;
}

export interface SyncSessionOptions {
  vault: Vault;
  journal: JournalService;
  /** The notice changed without the renderer asking: it should read the vault status again. */
  onNotice?: () => void;
  /** Test seam: watcher timing. */
  watch?: { debounceMs?: number; pollMs?: number };
}

const problemWith = (error: unknown): string =>
  error instanceof InterludeError
    ? error.message
    : 'Interlude could not merge the changes another device made to the journal file. Your entries here are kept.';

export function createSyncSession(options: SyncSessionOptions): SyncSession {
  const { vault, journal } = options;
  let watcher: JournalWatcher | null = null;
  let notice: string | null = null;
  /** The notice when it is a failed merge while watching, so a later success can clear it. */
  let problem: string | null = null;
  let session = 0;
  let waiting = 0;

  const tell = (words: string | null, current: number) => {
    if (current !== session || words === notice) return;
    notice = words;
    options.onNotice?.();
  };

  const mergeCopies = async (current: number, otherPassphrase?: string): Promise<string | null> => {
    try {
      const result = await mergeCopiesBesideJournal(vault, journal, otherPassphrase);
      if (current === session) waiting = result.waitingCount;
      return result.notice;
    } catch (error) {
      if (current !== session || !journal.isOpen) return null;
      return problemWith(error);
    }
  };

  return {
    async start() {
      session++;
      const current = session;
      watcher?.close();
      notice = await mergeCopies(current);
      if (current !== session || !journal.isOpen) return null;
      watcher = watchJournal({
        journalPath: vault.path,
        debounceMs: options.watch?.debounceMs,
        pollMs: options.watch?.pollMs,
        onChanged: () => {
          journal.syncFromDisk().then(
            (report) => {
              const merged = report?.changedOurs ? describeMerge([report]) : null;
              // A merge that works again clears an earlier problem; other notices stay.
              if (merged) tell(merged, current);
              else if (problem !== null && notice === problem) tell(null, current);
              problem = null;
            },
            (error: unknown) => {
              if (current === session && journal.isOpen) {
                problem = problemWith(error);
                tell(problem, current);
              }
            },
          );
        },
        onConflictCopy: () => {
          void mergeCopies(current).then((words) => {
            if (words) tell(words, current);
          });
        },
      });
      return notice;
    },
    stop() {
      session++;
      watcher?.close();
      watcher = null;
      notice = null;
      problem = null;
      waiting = 0;
    },
    notice: () => notice,
    copiesWaiting: () => waiting > 0,
    async mergeWaitingCopies(otherPassphrase) {
      const current = session;
      const words = await mergeCopies(current, otherPassphrase);
      if (current === session) notice = words;
      return words;
    },
  };
}
