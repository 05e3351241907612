import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../../../shared/api.ts';
import { call, messageOf } from '../../api-client.ts';

/**
 * The backups list and the restore-after-confirmation flow, shared by Settings and by the unlock
 * screen of a damaged journal.
 */
export function useBackupRestore(onRestored: (backup: BackupInfo) => void) {
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [failure, setFailure] = useState('');
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const [restoring, setRestoring] = useState(false);

  useEffect(() => {
    let active = true;
    call('listBackups').then(
      (list) => {
        if (active) setBackups(list);
      },
      (error) => {
        if (active) setFailure(messageOf(error));
      },
    );
    return () => {
      active = false;
    };
  }, []);

  async function restore(backup: BackupInfo) {
    setRestoring(true);
    try {
      await call('restoreBackup', { id: backup.id });
      setConfirming(null);
      onRestored(backup);
    } catch (error) {
      setFailure(messageOf(error));
      setConfirming(null);
    } finally {
      setRestoring(false);
    }
  }

  return { backups, failure, confirming, setConfirming, restoring, restore };
}
