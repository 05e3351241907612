import { useCoreQuery } from '../../data/core-query.ts';
import { Notice } from '../../ui/Notice.tsx';

/**
 * "Waiting for another Interlude window or command to finish…": shown while an unlock or a save
 * waits its turn behind another writer of the journal, so a slow moment is not mistaken for a hang.
 * The core tells the renderer to read the status again when the wait starts and when it ends.
 */
export function WriterWaitNotice() {
  const waiting = useCoreQuery('vaultStatus', undefined).data?.writerWait ?? null;
  return waiting ? <Notice tone="info">{waiting}</Notice> : null;
}
