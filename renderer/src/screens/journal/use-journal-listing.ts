import { useEffect, useState } from 'react';
import { call, messageOf } from '../../api-client.ts';
import { entryMatchesFilter, type JournalFilter } from './journal-filter.ts';
import type { ListedEntry } from './journal-rows.ts';

/** How many search results to ask for; enough for any real journal's query, small enough to stay quick. */
export const SEARCH_LIMIT = 1000;

export interface JournalListing {
  /** 'loading' keeps the previous items on show, so the list does not flash while filters change. */
  status: 'loading' | 'ready' | 'error';
  items: ListedEntry[];
  error: string | null;
  /** The search hit its limit: there may be more matches than shown. */
  truncated: boolean;
  /** Whether the items answer the current search (query) rather than a plain listing. */
  searched: boolean;
}

/** Loads the entries for a filter, or the search results for a query (then filtered here). */
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
    const load = async (): Promise<Omit<JournalListing, 'status' | 'error'>> => {
      if (!trimmed) {
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
        if (current) setListing({ ...result, status: 'ready', error: null });
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
