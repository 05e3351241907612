/** Backup helpers for the unlock screen and Settings. */
import type { BackupInfo, BackupKind } from '../../../../shared/api.ts';
import { timeLabel } from '../../../../shared/day-labels.ts';

const KIND_WORDS: Record<BackupKind, string> = {
  daily: 'daily backup',
  weekly: 'weekly backup',
  monthly: 'monthly backup',
  'before-restore': 'copy saved before a restore',
  conflict: 'copy from another device',
};

/** Backups newest first. */
export function newestFirst(backups: readonly BackupInfo[]): BackupInfo[] {
  return [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/**
 * The backup to offer when the journal is damaged: the newest regular one. Copies kept before a
 * restore or from a sync conflict are the user's to choose, not ours to suggest.
 */
export function newestRestorableBackup(backups: readonly BackupInfo[]): BackupInfo | null {
  return (
    newestFirst(backups).find((backup) => backup.kind !== 'conflict' && backup.kind !== 'before-restore') ??
    null
  );
}

/** "Tuesday, 10 March 2026 at 09:00" in the user's locale. */
export function describeBackup(backup: BackupInfo): string {
  const date = new Date(backup.createdAt);
  if (Number.isNaN(date.getTime())) return 'an unknown date';
  const day = date.toLocaleDateString(undefined, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return `${day} at ${timeLabel(backup.createdAt)}`;
}

/** What kind of backup it is, in words. */
export function backupKindWords(kind: BackupKind): string {
  return KIND_WORDS[kind];
}

/** A size in kB or MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
