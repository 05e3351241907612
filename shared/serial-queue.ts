/**
 * Runs tasks one at a time in the order given; a task that fails does not stop the ones after it.
 * Used wherever each write must see the state the previous one left: the vault's file writes, the
 * journal's changes, the renderer's draft saves.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  /** Runs `task` after every task queued before it has settled. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves once every task queued so far has settled. */
  idle(): Promise<void> {
    return this.tail.then(() => undefined);
  }
}
