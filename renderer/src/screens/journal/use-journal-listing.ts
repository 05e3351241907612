import { useMemo } from 'react';
import { useCorePages } from '../../data/core-query.ts';
import type { JournalFilter } from './filter-form.ts';
import type { ListedEntry } from './journal-rows.ts';

/** Entries per page: a few screenfuls, a small answer (summaries, not whole entries). */
export const JOURNAL_PAGE_SIZE = 50;

export interface JournalListing {
  /** 'loading' keeps the previous items on show, so the list does not flash while filters change. */
  status: 'loading' | 'ready' | 'error';
  items: ListedEntry[];
  /** How many entries the whole listing (or search) holds, loaded or not. */
  total: number;
  error: unknown;
  /** Whether the items answer a search (query) rather than a plain listing. */
  searched: boolean;
  /** Asks for the next page, if there is one and it is not already on its way. */
  loadMore(): void;
  retry(): void;
}

/** The journal's entries for a filter, or the search results for a query, a page at a time. */
export function useJournalListing(filter: JournalFilter, query: string): JournalListing {
  const trimmed = query.trim();
  const listing = useCorePages('listEntries', { filter, limit: JOURNAL_PAGE_SIZE }, { enabled: !trimmed });
  const search = useCorePages(
    'searchEntries',
    { query: trimmed, filter, limit: JOURNAL_PAGE_SIZE },
    { enabled: trimmed !== '' },
  );
  const active = trimmed ? search : listing;
  const listed = listing.data?.items;
  const found = search.data?.items;
  const items = useMemo<ListedEntry[]>(
    () =>
      trimmed
        ? (found ?? []).map((hit) => ({ summary: hit.summary, matches: hit.matches }))
        : (listed ?? []).map((summary) => ({ summary })),
    [trimmed, listed, found],
  );
  return {
    status: active.isError ? 'error' : active.isPending || active.isPlaceholderData ? 'loading' : 'ready',
    items,
    total: active.data?.total ?? 0,
    error: active.error,
    searched: trimmed !== '',
    loadMore: () => {
      if (active.hasNextPage && !active.isFetchingNextPage)
        void active.fetchNextPage({ cancelRefetch: false });
    },
    retry: () => void active.refetch(),
  };
}
