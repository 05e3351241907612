/**
 * Without Electron's powerMonitor, plain Node cannot hear the machine go to sleep. It can notice
 * that it slept: a timer that should tick every few seconds finds, on waking, that far more time
 * has passed on the wall clock. The journal is then locked before anyone can read it.
 */

export const SLEEP_CHECK_INTERVAL_MS = 5_000;
/** A late tick beyond this counts as a sleep; a busy machine delays timers by far less. */
export const SLEEP_TOLERANCE_MS = 30_000;

/** True when the gap between two ticks is too long for a merely busy machine. */
export function sleptBetween(previousTickMs: number, nowMs: number): boolean {
  return nowMs - previousTickMs > SLEEP_CHECK_INTERVAL_MS + SLEEP_TOLERANCE_MS;
}

/** Calls `onWake` after each detected sleep. Returns a function that stops watching. */
export function watchForSleep(onWake: () => void, now: () => number = Date.now): () => void {
  let previous = now();
  const timer = setInterval(() => {
    const current = now();
    if (sleptBetween(previous, current)) onWake();
    previous = current;
  }, SLEEP_CHECK_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
