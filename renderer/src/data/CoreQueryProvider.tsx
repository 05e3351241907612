import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { invalidateMethods } from './core-query.ts';
import { JOURNAL_CHANGE_INVALIDATES } from './invalidation.ts';
import { createCoreQueryClient } from './query-client.ts';

interface CoreQueryProviderProps {
  /** Called when any call answers LOCKED: the app drops everything and shows the unlock screen. */
  onLocked(): void;
  children: ReactNode;
}

/**
 * The session's query client. When the core says the journal changed behind the renderer's back
 * (a sync merge), everything read from the journal is read again.
 */
export function CoreQueryProvider({ onLocked, children }: CoreQueryProviderProps) {
  const latestOnLocked = useRef(onLocked);
  latestOnLocked.current = onLocked;
  const [client] = useState(() => createCoreQueryClient(() => latestOnLocked.current()));
  useEffect(
    () => window.interlude.onJournalChanged(() => void invalidateMethods(client, JOURNAL_CHANGE_INVALIDATES)),
    [client],
  );
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
