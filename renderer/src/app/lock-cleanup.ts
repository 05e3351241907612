/**
 * Module-level caches of decrypted data (if any screen keeps one) register a cleanup here; the
 * app runs them all when the journal locks, alongside unmounting every unlocked component.
 */
const cleanups = new Set<() => void>();

/** Registers a cleanup to run on every lock; returns the unregister function. */
export function onLockCleanup(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

/** Runs every registered cleanup (a failing one does not stop the others). */
export function runLockCleanups(): void {
  for (const cleanup of cleanups) {
    try {
      cleanup();
    } catch {
      // A cleanup that throws must not keep the others from dropping their data.
    }
  }
}
