import type { BackupInfo } from '../../../../shared/api.ts';
import { BackupProblemNotice } from '../../components/backup-problem/BackupProblemNotice.tsx';
import { Button } from '../../ui/Button.tsx';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { backupRows, backupRowWords, describeBackup, formatSize } from '../unlock/backups.ts';
import { useBackupRestore } from '../unlock/use-backup-restore.ts';

/** The encrypted backups Interlude keeps, newest first, each restorable after a confirmation. */
export function BackupSettings({ onRestored }: { onRestored(backup: BackupInfo): void }) {
  const {
    backups: listed,
    failure,
    confirming,
    setConfirming,
    restoring,
    restore,
  } = useBackupRestore(onRestored);
  const backups = listed ? backupRows(listed) : null;

  return (
    <div className="stack">
      <p className="muted">
        Interlude copies your encrypted journal once a day, keeping 7 daily, 4 weekly and 12 monthly copies on
        this computer.
      </p>
      <BackupProblemNotice />
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {backups === null && !failure ? <p className="muted">Looking for backups…</p> : null}
      {backups?.length === 0 ? (
        <p>
          No backups yet. The first is made the next time you unlock your journal, then one each day you open
          it.
        </p>
      ) : null}
      {backups && backups.length > 0 ? (
        <ul className="backup-list">
          {backups.map(({ backup, kinds }) => (
            <li key={backup.id} className="backup-item">
              <div>
                <p className="backup-date">{describeBackup(backup)}</p>
                <p className="muted backup-meta">
                  {backupRowWords(kinds)} · {formatSize(backup.sizeBytes)}
                </p>
              </div>
              <Button
                size="small"
                onClick={() => setConfirming(backup)}
                aria-label={`Restore the backup from ${describeBackup(backup)}`}
              >
                Restore
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title="Restore this backup?"
          confirmLabel="Restore"
          busy={restoring}
          onConfirm={() => void restore(confirming)}
          onCancel={() => setConfirming(null)}
        >
          <p>
            Your journal goes back to how it was on {describeBackup(confirming)}. What you wrote since is not
            in that backup, but your journal as it is now is kept as a backup first, so you can come back to
            it.
          </p>
          <p>Afterwards, unlock with the passphrase you had then.</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
