import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiFailure, call, messageOf } from '../../api-client.ts';
import type { EntryForm } from './entry-form.ts';

/** How long typing must pause before the draft is saved. */
export const DRAFT_SAVE_DELAY_MS = 800;

// Draft saves and discards run one after another, across mounts of the writing page, so a page
// opened right after another closed never reads the draft before the last save has landed.
let queue: Promise<void> = Promise.resolve();

function enqueue(task: () => Promise<void>): Promise<void> {
  const run = queue.then(task);
  queue = run.catch(() => {});
  return run;
}

/** Resolves once every draft save or discard started so far has finished. */
export function draftWritesSettled(): Promise<void> {
  return queue;
}

export interface DraftAutosave {
  status: 'idle' | 'waiting' | 'saving' | 'saved' | 'failed';
  savedAt: string | null;
  failure: string;
  /** The page changed: save it after a pause in typing. */
  changed(form: EntryForm): void;
  /** Saves a waiting change now; resolves when it is saved (or has failed). */
  flush(): Promise<void>;
  /** Forgets any waiting change and removes the draft from the journal. */
  discard(): Promise<void>;
}

/**
 * Saves the writing page as a draft, debounced, through `saveDraft`. A change still waiting when
 * the page closes is saved at once, so neither navigating away nor locking loses a word.
 */
export function useDraftAutosave(onLocked: () => void, delayMs = DRAFT_SAVE_DELAY_MS): DraftAutosave {
  const waiting = useRef<EntryForm | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const mounted = useRef(true);
  const latestOnLocked = useRef(onLocked);
  latestOnLocked.current = onLocked;
  const [state, setState] = useState<Pick<DraftAutosave, 'status' | 'savedAt' | 'failure'>>({
    status: 'idle',
    savedAt: null,
    failure: '',
  });

  const clearTimer = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  }, []);

  const flush = useCallback((): Promise<void> => {
    clearTimer();
    const form = waiting.current;
    if (!form) return queue;
    waiting.current = null;
    if (mounted.current) setState((current) => ({ ...current, status: 'saving' }));
    return enqueue(async () => {
      try {
        const draft = await call('saveDraft', form);
        if (mounted.current && !waiting.current)
          setState({ status: 'saved', savedAt: draft.savedAt, failure: '' });
      } catch (error) {
        // Keep the unsaved page so the next change or flush tries again with it.
        waiting.current ??= form;
        if (mounted.current)
          setState((current) => ({ ...current, status: 'failed', failure: messageOf(error) }));
        if (error instanceof ApiFailure && error.code === 'LOCKED') latestOnLocked.current();
      }
    });
  }, [clearTimer]);

  const changed = useCallback(
    (form: EntryForm) => {
      waiting.current = form;
      clearTimer();
      timer.current = setTimeout(() => void flush(), delayMs);
      setState((current) => (current.status === 'waiting' ? current : { ...current, status: 'waiting' }));
    },
    [clearTimer, flush, delayMs],
  );

  const discard = useCallback(async () => {
    clearTimer();
    waiting.current = null;
    await enqueue(async () => {
      await call('discardDraft');
    });
    if (mounted.current) setState({ status: 'idle', savedAt: null, failure: '' });
  }, [clearTimer]);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      void flush();
    };
  }, [flush]);

  return { ...state, changed, flush, discard };
}
