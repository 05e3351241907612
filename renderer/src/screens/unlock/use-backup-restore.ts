import { useState } from 'react';
import type { BackupInfo } from '../../../../shared/api.ts';
import { messageOf } from '../../api-client.ts';
import { useCoreMutation, useCoreQuery } from '../../data/core-query.ts';

/**
 * The backups list and the restore-after-confirmation flow, shared by Settings and by the unlock
 * screen of a damaged journal.
 */
export function useBackupRestore(onRestored: (backup: BackupInfo) => void) {
  const listed = useCoreQuery('listBackups', undefined);
  const restoring = useCoreMutation('restoreBackup');
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);

  async function restore(backup: BackupInfo) {
    try {
      await restoring.mutateAsync({ id: backup.id });
      setConfirming(null);
      onRestored(backup);
    } catch {
      // The failure is shown from the mutation's own error, below.
      setConfirming(null);
    }
  }

  const failure = restoring.error ?? listed.error;
  return {
    backups: listed.data ?? null,
    failure: failure ? messageOf(failure) : '',
    confirming,
    setConfirming,
    restoring: restoring.isPending,
    restore,
  };
}
