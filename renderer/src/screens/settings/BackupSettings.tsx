import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../../../shared/api.ts';
import { call, messageOf } from '../../api-client.ts';
import { Button } from '../../ui/Button.tsx';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { backupKindWords, describeBackup, formatSize, newestFirst } from '../unlock/backups.ts';

/** The encrypted backups Interlude keeps, newest first, each restorable after a confirmation. */
export function BackupSettings({ onRestored }: { onRestored(backup: BackupInfo): void }) {
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [failure, setFailure] = useState('');
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const [restoring, setRestoring] = useState(false);

  useEffect(() => {
    let active = true;
    call('listBackups').then(
      (list) => {
        if (active) setBackups(newestFirst(list));
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

  return (
    <div className="stack">
      <p className="muted">
        Interlude copies your encrypted journal once a day, keeping 7 daily, 4 weekly and 12 monthly copies on
        this computer.
      </p>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {backups === null && !failure ? <p className="muted">Looking for backups…</p> : null}
      {backups?.length === 0 ? (
        <p>No backups yet. The first is made the next time you unlock on a new day.</p>
      ) : null}
      {backups && backups.length > 0 ? (
        <ul className="backup-list">
          {backups.map((backup) => (
            <li key={backup.id} className="backup-item">
              <div>
                <p className="backup-date">{describeBackup(backup)}</p>
                <p className="muted backup-meta">
                  {backupKindWords(backup.kind)} · {formatSize(backup.sizeBytes)}
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
