/** The rows of the journal's virtual list: a header for each run of one day, then its entries. */
import type { EntrySummary, MatchRange } from '../../../../shared/api.ts';
import type { Day } from '../../../../shared/domain.ts';

export interface ListedEntry {
  summary: EntrySummary;
  /** Search matches (offsets in the whole entry), when the list shows search results. */
  matches?: MatchRange[];
}

export type JournalRow =
  | { kind: 'day'; day: Day; count: number; key: string }
  | { kind: 'entry'; item: ListedEntry /** 1-based place among all the entries listed. */; position: number };

/**
 * Rows in the order the core sent the entries (newest first for the journal, best first for a
 * search): a header wherever the day changes, so pages that arrive later only add rows below.
 */
export function journalRows(items: readonly ListedEntry[]): JournalRow[] {
  const rows: JournalRow[] = [];
  let header: Extract<JournalRow, { kind: 'day' }> | null = null;
  let position = 0;
  for (const item of items) {
    if (!header || header.day !== item.summary.day) {
      header = {
        kind: 'day',
        day: item.summary.day,
        count: 0,
        key: `day:${item.summary.day}:${item.summary.id}`,
      };
      rows.push(header);
    }
    header.count += 1;
    position += 1;
    rows.push({ kind: 'entry', item, position });
  }
  return rows;
}
