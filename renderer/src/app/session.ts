/**
 * What the unlocked app shares with its screens: settings (for the theme and the space period),
 * and a way to finish work (save the draft) before the journal locks.
 */
import { createContext, useContext, useEffect, useRef } from 'react';
import type { Settings } from '../../../shared/domain.ts';

export interface Session {
  /** The journal's settings, or null until they have loaded. */
  settings: Settings | null;
  /** Screens call this after changing settings, so the frame (theme) and other screens follow. */
  settingsChanged(settings: Settings): void;
  /** Registers work to finish before a user-requested lock; returns the unregister function. */
  registerBeforeLock(task: () => Promise<void>): () => void;
  /** Locks now (after the registered tasks), as the Lock button does. */
  lockNow(): void;
  /**
   * Drops everything and shows the unlock screen, e.g. when a call answered LOCKED, or after a
   * restore; `notice` is shown on the unlock screen.
   */
  lockedElsewhere(notice?: string): void;
}

const noop = () => {};

export const SessionContext = createContext<Session>({
  settings: null,
  settingsChanged: noop,
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
