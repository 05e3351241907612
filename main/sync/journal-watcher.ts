/**
 * Watching the journal file while it is unlocked, so a version another device synced in is merged
 * without a restart. Sync clients replace a file by renaming a new one over it, which ends a watch
 * on the file itself, so this watches the folder (fs.watch) and looks at the journal's name. Where
 * fs.watch is unavailable or fails (some network and FUSE file systems), it polls instead.
 *
 * Events are hints: the watcher compares size, time and inode only, and also fires for our own
 * writes. The vault decides whether the content really changed (its fingerprint of what it last
 * read or wrote) before anything is merged.
 */
import { type FSWatcher, type Stats, statSync, watch as watchFolder } from 'node:fs';
import path from 'node:path';
import { conflictNameRecogniser } from './conflict-names.ts';

export interface JournalWatcherOptions {
  journalPath: string;
  /** The journal file was replaced or changed (debounced: one call for a burst of changes). */
  onChanged: () => void;
  /** A file named like a sync client's conflict copy of the journal appeared (its full path). */
  onConflictCopy?: (file: string) => void;
  /** Quiet time before reporting, so a sync client's write-then-rename reports once. */
  debounceMs?: number;
  /** How often to look when polling. */
  pollMs?: number;
  /** 'poll' skips fs.watch (for folders known not to report changes). */
  mode?: 'auto' | 'poll';
  /** Test seam: the folder watch function (defaults to node:fs watch). */
  watch?: typeof watchFolder;
}

export interface JournalWatcher {
  /** How it is watching now: 'watch' (fs.watch on the folder) or 'poll'. */
  readonly mode: 'watch' | 'poll';
  close(): void;
}

type Fingerprint = string;

function fingerprint(file: string): Fingerprint {
  let info: Stats;
  try {
    info = statSync(file);
  } catch {
    return 'missing';
  }
  return `${info.size}:${info.mtimeMs}:${info.ctimeMs}:${info.ino}`;
}

/** Starts watching; call close() on lock. */
export function watchJournal(options: JournalWatcherOptions): JournalWatcher {
  const journalPath = path.resolve(options.journalPath);
  const directory = path.dirname(journalPath);
  const name = path.basename(journalPath);
  const isConflictCopy = conflictNameRecogniser(name);
  const debounceMs = options.debounceMs ?? 250;
  const pollMs = options.pollMs ?? 2000;
  let last = fingerprint(journalPath);
  let mode: 'watch' | 'poll' = 'watch';
  let folderWatcher: FSWatcher | null = null;
  let poller: NodeJS.Timeout | null = null;
  let pending: NodeJS.Timeout | null = null;
  let closed = false;
  const seenCopies = new Set<string>();

  const check = () => {
    pending = null;
    if (closed) return;
    const now = fingerprint(journalPath);
    // Mid-replacement the file can be briefly missing; report once the new one is in place.
    if (now !== last && now !== 'missing') options.onChanged();
    last = now;
  };
  const schedule = () => {
    if (closed) return;
    if (pending) clearTimeout(pending);
    pending = setTimeout(check, debounceMs);
    pending.unref();
  };
  const noticeCopy = (file: string) => {
    if (
      !options.onConflictCopy ||
      seenCopies.has(file) ||
      fingerprint(path.join(directory, file)) === 'missing'
    )
      return;
    seenCopies.add(file);
    options.onConflictCopy(path.join(directory, file));
  };

  const startPolling = () => {
    mode = 'poll';
    folderWatcher?.close();
    folderWatcher = null;
    if (poller || closed) return;
    poller = setInterval(check, pollMs);
    poller.unref();
  };

  if (options.mode === 'poll') {
    startPolling();
  } else {
    try {
      folderWatcher = (options.watch ?? watchFolder)(directory, { persistent: false }, (_event, changed) => {
        const file = changed?.toString();
        if (!file || file === name) schedule();
        else if (isConflictCopy(file)) noticeCopy(file);
      });
      folderWatcher.on('error', startPolling);
    } catch {
      startPolling();
    }
  }

  return {
    get mode() {
      return mode;
    },
    close() {
      closed = true;
      folderWatcher?.close();
      if (poller) clearInterval(poller);
      if (pending) clearTimeout(pending);
    },
  };
}
