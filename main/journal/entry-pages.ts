/**
 * The journal a page at a time. A listing's cursor names the last entry of the page before, so a
 * page never repeats or skips an entry when others are written or deleted between two pages.
 */
import type { EntryPage } from '../../shared/api.ts';
import type { Entry } from '../../shared/domain.ts';
import { InterludeError } from '../../shared/errors.ts';
import { compareEntriesNewestFirst, type ParsedEntryFilter } from './entry-records.ts';

/** Sorting 10,000 entries on every page would cost more than the page: keep one order per document. */
const newestFirstByList = new WeakMap<readonly Entry[], readonly Entry[]>();

/** The entries newest first; computed once per entries array (documents are never edited in place). */
export function newestFirst(entries: readonly Entry[]): readonly Entry[] {
  let sorted = newestFirstByList.get(entries);
  if (!sorted) {
    sorted = [...entries].sort(compareEntriesNewestFirst);
    newestFirstByList.set(entries, sorted);
  }
  return sorted;
}

/** Whether an entry passes every criterion of the filter. */
export function matchesFilter(entry: Entry, filter: ParsedEntryFilter): boolean {
  const tag = filter.tag?.trim().toLocaleLowerCase();
  return (
    (!filter.from || entry.day >= filter.from) &&
    (!filter.to || entry.day <= filter.to) &&
    (!filter.section || entry.section === filter.section) &&
    (filter.mood === undefined || entry.mood === filter.mood) &&
    (!tag || entry.tags.some((candidate) => candidate.toLocaleLowerCase() === tag))
  );
}

/** Every entry that passes the filter, newest first (the command line lists them all). */
export function filteredEntries(entries: readonly Entry[], filter: ParsedEntryFilter): Entry[] {
  return newestFirst(entries).filter((entry) => matchesFilter(entry, filter));
}

function cursorOf(entry: Entry): string {
  return JSON.stringify([entry.day, entry.createdAt, entry.id]);
}

function entryKeyOf(cursor: string): Pick<Entry, 'day' | 'createdAt' | 'id'> {
  try {
    const [day, createdAt, id] = JSON.parse(cursor) as unknown[];
    if (typeof day === 'string' && typeof createdAt === 'string' && typeof id === 'string') {
      return { day, createdAt, id };
    }
  } catch {
    // Falls through to the plain error below.
  }
  throw new InterludeError(
    'INVALID_INPUT',
    'cursor is not a page of this journal. Start from the first page.',
  );
}

/** One page of the filtered journal, newest first, after the entry the cursor names. */
export function entryPage<T>(
  entries: readonly Entry[],
  options: { filter: ParsedEntryFilter; cursor: string | null; limit: number },
  toItem: (entry: Entry) => T,
): EntryPage<T> {
  const after = options.cursor === null ? null : entryKeyOf(options.cursor);
  const items: Entry[] = [];
  let total = 0;
  let more = false;
  for (const entry of newestFirst(entries)) {
    if (!matchesFilter(entry, options.filter)) continue;
    total += 1;
    if (after && compareEntriesNewestFirst(entry, after) <= 0) continue;
    if (items.length < options.limit) items.push(entry);
    else more = true;
  }
  const last = items.at(-1);
  return { items: items.map(toItem), nextCursor: more && last ? cursorOf(last) : null, total };
}

/** One page of ranked results (search), by position: a ranking has no order to resume from. */
export function rankedPage<T, U>(
  ranked: readonly T[],
  options: { cursor: string | null; limit: number },
  toItem: (item: T) => U,
): EntryPage<U> {
  const start = options.cursor === null ? 0 : Number(options.cursor);
  if (!Number.isSafeInteger(start) || start < 0) {
    throw new InterludeError('INVALID_INPUT', 'cursor is not a page of these results. Search again.');
  }
  const end = start + options.limit;
  return {
    items: ranked.slice(start, end).map(toItem),
    nextCursor: end < ranked.length ? String(end) : null,
    total: ranked.length,
  };
}
