import { describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../../../shared/api.ts';
import { backupRows, backupRowWords } from './backups.ts';

const at = '2026-03-10T09:00:00.000Z';
const copy = (id: string, kind: BackupInfo['kind'], createdAt = at, sizeBytes = 4096): BackupInfo => ({
  id,
  kind,
  createdAt,
  sizeBytes,
});

describe('the backups list', () => {
  it('shows the daily, weekly and monthly copies made by one unlock as one row', () => {
    const rows = backupRows([copy('m', 'monthly'), copy('d', 'daily'), copy('w', 'weekly')]);
    expect(rows).toHaveLength(1);
    expect(backupRowWords(rows[0]!.kinds)).toBe('daily, weekly and monthly backup');
  });

  it('keeps copies of other moments, sizes or kinds apart', () => {
    const rows = backupRows([
      copy('d2', 'daily', '2026-03-11T09:00:00.000Z'),
      copy('d1', 'daily'),
      copy('w1', 'weekly', at, 5000),
      copy('r', 'before-restore'),
    ]);
    expect(rows.map((row) => row.kinds)).toEqual([['daily'], ['daily'], ['weekly'], ['before-restore']]);
  });
});
