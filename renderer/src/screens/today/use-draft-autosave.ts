import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Draft } from '../../../../shared/domain.ts';
import { SerialQueue } from '../../../../shared/serial-queue.ts';
import { call, messageOf } from '../../api-client.ts';
import { coreKey, useCoreCall } from '../../data/core-query.ts';
import type { EntryForm } from './entry-form.ts';

/** How long typing must pause before the draft is saved. */
export const DRAFT_SAVE_DELAY_MS = 800;

// Draft saves and discards run one after another, across mounts of the writing page, so a page
// opened right after another closed never reads the draft before the last save has landed.
const draftWrites = new SerialQueue();

/**
 * The draft as it is on disk, read afresh each time the writing page opens, after every draft
 * write already started has landed.
 */
export function useDraftOnDisk() {
  return useQuery<Draft | null>({
    queryKey: coreKey('getDraft'),
    queryFn: async () => {
      await draftWrites.idle();
      return call('getDraft');
    },
    refetchOnMount: 'always',
  });
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
  /** Forgets any waiting change: the core already removed the draft (saving the entry does). */
  forget(): void;
}

/**
 * Saves the writing page as a draft, debounced, through `saveDraft`. A change still waiting when
 * the page closes is saved at once, so neither navigating away nor locking loses a word.
 */
export function useDraftAutosave(delayMs = DRAFT_SAVE_DELAY_MS): DraftAutosave {
  const client = useQueryClient();
  const coreCall = useCoreCall();
  const waiting = useRef<EntryForm | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const mounted = useRef(true);
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
    if (!form) return draftWrites.idle();
    waiting.current = null;
    if (mounted.current) setState((current) => ({ ...current, status: 'saving' }));
    return draftWrites.run(async () => {
      try {
        const draft = await coreCall('saveDraft', form);
        client.setQueryData(coreKey('getDraft'), draft);
        if (mounted.current && !waiting.current)
          setState({ status: 'saved', savedAt: draft.savedAt, failure: '' });
      } catch (error) {
        // Keep the unsaved page so the next change or flush tries again with it.
        waiting.current ??= form;
        if (mounted.current)
          setState((current) => ({ ...current, status: 'failed', failure: messageOf(error) }));
      }
    });
  }, [clearTimer, coreCall, client]);

  const changed = useCallback(
    (form: EntryForm) => {
      waiting.current = form;
      clearTimer();
      timer.current = setTimeout(() => void flush(), delayMs);
      setState((current) => (current.status === 'waiting' ? current : { ...current, status: 'waiting' }));
    },
    [clearTimer, flush, delayMs],
  );

  const forget = useCallback(() => {
    clearTimer();
    waiting.current = null;
    client.setQueryData(coreKey('getDraft'), null);
    if (mounted.current) setState({ status: 'idle', savedAt: null, failure: '' });
  }, [clearTimer, client]);

  const discard = useCallback(async () => {
    clearTimer();
    waiting.current = null;
    await draftWrites.run(() => coreCall('discardDraft'));
    forget();
  }, [clearTimer, coreCall, forget]);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      void flush();
    };
  }, [flush]);

  return { ...state, changed, flush, discard, forget };
}
