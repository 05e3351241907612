import { useCoreQuery } from '../../data/core-query.ts';
import { Notice } from '../../ui/Notice.tsx';

/**
 * A calm word when today's backup could not be made. The entry the user writes is still saved in
 * the journal itself; only the extra copy is missing, so this is a warning, never an alarm.
 */
export function BackupProblemNotice() {
  const problem = useCoreQuery('vaultStatus', undefined).data?.backupProblem;
  if (!problem) return null;
  return (
    <Notice tone="warning" title="Today's backup was not made">
      <p>{problem}</p>
      <p>
        Your journal itself is saved as usual. Check that the disk has room and that the journal's folder can
        be written to; Interlude tries again the next time you unlock on a new day.
      </p>
    </Notice>
  );
}
