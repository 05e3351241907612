/** The rows of the journal's virtual list: a header for each day, then that day's entries. */
import type { MatchRange } from '../../../../shared/api.ts';
import type { Day, Entry } from '../../../../shared/domain.ts';

export interface ListedEntry {
  entry: Entry;
  /** Search matches, when the list shows search results. */
  matches?: MatchRange[];
}

export type JournalRow =
  | { kind: 'day'; day: Day; count: number }
  | { kind: 'entry'; item: ListedEntry /** 1-based place among all the entries listed. */; position: number };

/** Newest day first, and within a day the latest written first. */
export function compareNewestFirst(a: ListedEntry, b: ListedEntry): number {
  if (a.entry.day !== b.entry.day) return a.entry.day < b.entry.day ? 1 : -1;
  if (a.entry.createdAt !== b.entry.createdAt) return a.entry.createdAt < b.entry.createdAt ? 1 : -1;
  return 0;
}

/** Groups entries by day, newest first: one header row per day followed by its entries. */
export function journalRows(items: readonly ListedEntry[]): JournalRow[] {
  const sorted = [...items].sort(compareNewestFirst);
  const rows: JournalRow[] = [];
  let header: { kind: 'day'; day: Day; count: number } | null = null;
  let position = 0;
  for (const item of sorted) {
    if (!header || header.day !== item.entry.day) {
      header = { kind: 'day', day: item.entry.day, count: 0 };
      rows.push(header);
    }
    header.count += 1;
    position += 1;
    rows.push({ kind: 'entry', item, position });
  }
  return rows;
}
