import { useEffect, useState } from 'react';
import { addDays, dayOf } from '../../../../shared/dates.ts';
import { call, messageOf } from '../../api-client.ts';
import { entryMatchesFilter, type JournalFilter } from './journal-filter.ts';
import type { ListedEntry } from './journal-rows.ts';

/** How many search results to ask for; enough for any real journal's query, small enough to stay quick. */
export const SEARCH_LIMIT = 1000;

/**
 * The recent stretches tried first, so the newest entries paint before a long journal has arrived:
 * the last month, or if that holds less than a screenful, the last year.
 */
export const RECENT_WINDOWS_DAYS = [31, 365] as const;
const SCREENFUL = 12;

export interface JournalListing {
  /**
   * 'loading' keeps the previous items on show, so the list does not flash while filters change;
   * 'partial' shows the recent entries while the older ones are still on their way.
   */
  status: 'loading' | 'partial' | 'ready' | 'error';
  items: ListedEntry[];
  error: string | null;
  /** The search hit its limit: there may be more matches than shown. */
  truncated: boolean;
  /** Whether the items answer the current search (query) rather than a plain listing. */
  searched: boolean;
}

/**
 * The filter narrowed to the recent stretch, or null when that would not narrow it. The journal is
 * listed newest first, so the older entries that follow only add rows below: nothing on screen moves.
 */
export function recentFilter(filter: JournalFilter, today: string, days: number): JournalFilter | null {
  const recentFrom = addDays(today, -days);
  if (filter.from && filter.from >= recentFrom) return null;
  if (filter.to && filter.to < recentFrom) return null;
  return { ...filter, from: recentFrom };
}

/** Resolves once the browser has painted what React just committed. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') setTimeout(resolve, 0);
    else requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

/** Loads the entries for a filter (recent ones first), or the search results for a query (then filtered here). */
export function useJournalListing(filter: JournalFilter, query: string, version: number): JournalListing {
  const [listing, setListing] = useState<JournalListing>({
    status: 'loading',
    items: [],
    error: null,
    truncated: false,
    searched: false,
  });
  const filterKey = JSON.stringify(filter);

  // biome-ignore lint/correctness/useExhaustiveDependencies: filterKey stands for filter; version forces a reload.
  useEffect(() => {
    let current = true;
    setListing((previous) => ({ ...previous, status: 'loading', error: null }));
    const trimmed = query.trim();
    const load = async (): Promise<Omit<JournalListing, 'status' | 'error'> | null> => {
      if (!trimmed) {
        const today = dayOf(new Date());
        for (const days of RECENT_WINDOWS_DAYS) {
          const recent = recentFilter(filter, today, days);
          if (!recent) break;
          const recentEntries = await call('listEntries', recent);
          if (!current) return null;
          if (recentEntries.length >= SCREENFUL) {
            setListing({
              status: 'partial',
              items: recentEntries.map((entry) => ({ entry })),
              error: null,
              truncated: false,
              searched: false,
            });
            // Let the recent entries reach the screen before the rest of the journal arrives.
            await afterPaint();
            if (!current) return null;
            break;
          }
        }
        const entries = await call('listEntries', filter);
        return { items: entries.map((entry) => ({ entry })), truncated: false, searched: false };
      }
      const hits = await call('searchEntries', { query: trimmed, limit: SEARCH_LIMIT });
      return {
        items: hits
          .filter((hit) => entryMatchesFilter(hit.entry, filter))
          .map((hit) => ({ entry: hit.entry, matches: hit.matches })),
        truncated: hits.length >= SEARCH_LIMIT,
        searched: true,
      };
    };
    load().then(
      (result) => {
        if (current && result) setListing({ ...result, status: 'ready', error: null });
      },
      (error: unknown) => {
        if (current) setListing((previous) => ({ ...previous, status: 'error', error: messageOf(error) }));
      },
    );
    return () => {
      current = false;
    };
  }, [filterKey, query, version]);

  return listing;
}

/** The value, once it has stopped changing for `delayMs` (typing in the search box). */
export function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
