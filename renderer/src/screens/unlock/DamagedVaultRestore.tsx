import type { BackupInfo } from '../../../../shared/api.ts';
import { Button } from '../../ui/Button.tsx';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { Spinner } from '../../ui/Spinner.tsx';
import { describeBackup, newestRestorableBackup } from './backups.ts';
import { useBackupRestore } from './use-backup-restore.ts';

/**
 * Shown when the journal file is damaged: offers the newest backup, restores it after a
 * confirmation, then asks the user to unlock again (with the passphrase the backup had).
 */
export function DamagedVaultRestore({ onRestored }: { onRestored(backup: BackupInfo): void }) {
  const { backups, failure, confirming, setConfirming, restoring, restore } = useBackupRestore(onRestored);

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
