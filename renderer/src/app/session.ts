/**
 * What the unlocked app shares with its screens: a way to finish work (save the draft) before the
 * journal locks, and to lock. (Settings and everything else read from the core come from the
 * query cache: see data/core-query.ts.)
 */
import { createContext, useContext, useEffect, useRef } from 'react';

export interface Session {
  /** Registers work to finish before a user-requested lock; returns the unregister function. */
  registerBeforeLock(task: () => Promise<void>): () => void;
  /** Locks now (after the registered tasks), as the Lock button does. */
  lockNow(): void;
  /** Drops everything and shows the unlock screen with `notice`, e.g. after a restore. */
  lockedElsewhere(notice?: string): void;
}

const noop = () => {};

export const SessionContext = createContext<Session>({
  registerBeforeLock: () => noop,
  lockNow: noop,
  lockedElsewhere: noop,
});

/** The current session. Outside the unlocked app it does nothing. */
export function useSession(): Session {
  return useContext(SessionContext);
}

/** Runs `task` before a user-requested lock while the calling component is mounted. */
export function useBeforeLock(task: () => Promise<void>): void {
  const { registerBeforeLock } = useSession();
  const latest = useRef(task);
  latest.current = task;
  useEffect(() => registerBeforeLock(() => latest.current()), [registerBeforeLock]);
}
