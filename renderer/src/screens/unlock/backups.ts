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

/** One copy of the journal, kept under one or more tiers at the same moment. */
export interface BackupRow {
  /** The backup restored when this row is chosen (the copies are the same bytes). */
  backup: BackupInfo;
  kinds: BackupKind[];
}

const TIERS: readonly BackupKind[] = ['daily', 'weekly', 'monthly'];

/**
 * The backups newest first, one row per copy: the first unlock of a week or month saves the same
 * journal as a daily, a weekly and a monthly backup at once, and three rows with the same time
 * would look like a fault.
 */
export function backupRows(backups: readonly BackupInfo[]): BackupRow[] {
  const rows: BackupRow[] = [];
  for (const backup of newestFirst(backups)) {
    const previous = rows.at(-1);
    const sameCopy =
      previous !== undefined &&
      TIERS.includes(backup.kind) &&
      previous.kinds.every((kind) => TIERS.includes(kind)) &&
      !previous.kinds.includes(backup.kind) &&
      previous.backup.sizeBytes === backup.sizeBytes &&
      Math.abs(Date.parse(previous.backup.createdAt) - Date.parse(backup.createdAt)) < 1000;
    if (sameCopy) previous.kinds.push(backup.kind);
    else rows.push({ backup, kinds: [backup.kind] });
  }
  for (const row of rows) row.kinds.sort((a, b) => TIERS.indexOf(a) - TIERS.indexOf(b));
  return rows;
}

/** "daily, weekly and monthly backup". */
export function backupRowWords(kinds: readonly BackupKind[]): string {
  if (kinds.length === 1) return backupKindWords(kinds[0] ?? 'daily');
  return `${kinds.slice(0, -1).join(', ')} and ${kinds.at(-1)} backup`;
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
