/**
 * Locks the journal after a stretch without user activity. Activity is reported by the
 * renderer (throttled) and by every API call, so typing in a long entry keeps it open.
 */
export interface IdleLock {
  /** Restarts the countdown. */
  touch(): void;
  /** Changes the idle limit (from settings) and restarts the countdown. */
  setLimitMs(limitMs: number): void;
  /** Stops the countdown (while locked nothing needs locking). */
  stop(): void;
}

export function createIdleLock(limitMs: number, onIdle: () => void): IdleLock {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let limit = limitMs;
  const stop = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
  };
  const touch = () => {
    stop();
    timer = setTimeout(onIdle, limit);
    // The countdown must never keep a CLI or test process alive on its own.
    timer.unref?.();
  };
  return {
    touch,
    stop,
    setLimitMs(next) {
      limit = next;
      if (timer) touch();
    },
  };
}
