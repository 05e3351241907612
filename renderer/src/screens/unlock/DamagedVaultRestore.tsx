import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../../../shared/api.ts';
import { call, messageOf } from '../../api-client.ts';
import { Button } from '../../ui/Button.tsx';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { Spinner } from '../../ui/Spinner.tsx';
import { describeBackup, newestRestorableBackup } from './backups.ts';

/**
 * Shown when the journal file is damaged: offers the newest backup, restores it after a
 * confirmation, then asks the user to unlock again (with the passphrase the backup had).
 */
export function DamagedVaultRestore({ onRestored }: { onRestored(backup: BackupInfo): void }) {
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

  if (failure) return <Notice tone="error">{failure}</Notice>;
  if (!backups) return <Spinner label="Looking for backups…" />;
  const newest = newestRestorableBackup(backups);
  if (!newest) {
    return (
      <Notice tone="warning" title="No backup to restore">
        <p>
          Interlude found no backup of your journal. Do not delete the file: if you have a copy elsewhere
          (another computer, a synced folder), it may still open.
        </p>
      </Notice>
    );
  }
  return (
    <div className="stack">
      <Notice
        tone="info"
        title="A backup can bring your journal back"
        actions={
          <Button variant="primary" onClick={() => setConfirming(newest)}>
            Restore the newest backup
          </Button>
        }
      >
        <p>The newest backup is from {describeBackup(newest)}.</p>
      </Notice>
      {confirming ? (
        <ConfirmDialog
          title="Restore this backup?"
          confirmLabel="Restore"
          busy={restoring}
          onConfirm={() => void restore(confirming)}
          onCancel={() => setConfirming(null)}
        >
          <p>
            Your journal goes back to how it was on {describeBackup(confirming)}. Anything written after that
            is not in this backup. The damaged file is kept, not deleted.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
