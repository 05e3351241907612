/**
 * Search over decrypted entries, in memory only: it lives as long as the journal is unlocked and
 * is dropped with it. Nothing here is ever written anywhere.
 *
 * There is no inverted index. Each entry's fields are folded once (on the first search, or when
 * the entry is written) and every search scans the folded text with indexOf. At 10,000 entries of
 * about 1 KB a scan takes a few milliseconds, and the first search right after unlocking pays only
 * the folding, where building a token index took about half a second; the scan is also, by
 * construction, the reference the ranking is defined by (search-index.property.test.ts).
 */
import type { MatchRange } from '../../../shared/api.ts';
import type { Entry } from '../../../shared/domain.ts';
import { InterludeError } from '../../../shared/errors.ts';
import { foldForSearch } from './fold.ts';
import { matchRanges, searchableFields } from './match-ranges.ts';
import { searchTerms } from './query.ts';
import { compareRecency, FIELD_WEIGHT, recencyKeys, termInText, termScore } from './ranking.ts';

/** A search result with the whole entry (the API's SearchHit carries a summary instead). */
export interface FullSearchHit {
  entry: Entry;
  score: number;
  matches: MatchRange[];
}

/** Every entry a query finds, best first, without match ranges (those are worked out per page). */
export interface RankedSearch {
  /** The query's folded words; pass them to matchRanges. */
  terms: string[];
  found: { entry: Entry; score: number }[];
}

export interface SearchIndex {
  /** Like search, but every entry found and no match ranges: for filtering and paging. */
  rank(query: string): RankedSearch;
  /**
   * The entries that contain every word of the query (each word in any of body, prompt or tags,
   * ignoring case and accents, anywhere inside a word), best first (see ranking.ts), at most
   * `limit` of them, each with the ranges to highlight. Empty for a blank query.
   */
  search(query: string, limit?: number): FullSearchHit[];
  /** Adds an entry, or replaces the indexed entry with the same id. */
  upsert(entry: Entry): void;
  /** Forgets an entry; nothing happens if it is not indexed. */
  remove(id: string): void;
  /**
   * Folds entries not yet folded for at most about `budgetMs` (a search folds whatever is left
   * first); true once every entry is folded. Lets the journal fold itself while the user is not
   * waiting, so the first search after unlocking finds it ready.
   */
  prepare(budgetMs: number): boolean;
  /** How many entries are indexed. */
  readonly size: number;
}

export const DEFAULT_SEARCH_LIMIT = 200;

interface FoldedEntry {
  entry: Entry;
  /** Each searchable field folded, with its weight. */
  fields: { weight: number; text: string }[];
  day: number;
  created: number;
}

function folded(entry: Entry): FoldedEntry {
  const recency = recencyKeys(entry);
  return {
    entry,
    fields: searchableFields(entry)
      .filter((field) => field.text !== '')
      .map((field) => ({ weight: FIELD_WEIGHT[field.field], text: foldForSearch(field.text) })),
    day: recency.day,
    created: recency.created,
  };
}

/** The entry's score for the terms, or null when one of them is in none of its fields. */
function scoreOf(entry: FoldedEntry, terms: readonly string[]): number | null {
  let score = 0;
  for (const term of terms) {
    let best = 0;
    let count = 0;
    for (const field of entry.fields) {
      if (!field.text.includes(term)) continue;
      const inField = termInText(field.text, term);
      count += inField.count;
      best = Math.max(best, field.weight * inField.bestPlacement);
    }
    if (count === 0) return null;
    score += termScore(best, count);
  }
  return Math.round(score * 1000) / 1000;
}

/**
 * Keeps `entries` searchable; keep it current with upsert and remove. With `deferred`, nothing is
 * folded until prepare() or the first search.
 */
export function createSearchIndex(
  entries: readonly Entry[] = [],
  options: { deferred?: boolean } = {},
): SearchIndex {
  const byId = new Map<string, FoldedEntry>();
  /** Entries not folded yet, in the order given. */
  const pending = new Map<string, Entry>();
  for (const entry of entries) {
    if (options.deferred) pending.set(entry.id, entry);
    else byId.set(entry.id, folded(entry));
  }

  function prepare(budgetMs: number): boolean {
    const until = performance.now() + budgetMs;
    let folds = 0;
    for (const [id, entry] of pending) {
      byId.set(id, folded(entry));
      pending.delete(id);
      // Reading the clock costs more than folding a short entry: look every 64.
      if (++folds % 64 === 0 && performance.now() >= until) break;
    }
    return pending.size === 0;
  }

  function rank(query: string): RankedSearch {
    prepare(Number.POSITIVE_INFINITY);
    const terms = searchTerms(query);
    if (terms.length === 0) return { terms, found: [] };
    const found: { folded: FoldedEntry; score: number }[] = [];
    for (const candidate of byId.values()) {
      const score = scoreOf(candidate, terms);
      if (score !== null) found.push({ folded: candidate, score });
    }
    found.sort(
      (a, b) =>
        b.score - a.score ||
        b.folded.day - a.folded.day ||
        b.folded.created - a.folded.created ||
        compareRecency(a.folded.entry, b.folded.entry),
    );
    return { terms, found: found.map(({ folded: hit, score }) => ({ entry: hit.entry, score })) };
  }

  return {
    rank,
    search(query, limit = DEFAULT_SEARCH_LIMIT) {
      if (!Number.isInteger(limit) || limit < 1) {
        throw new InterludeError('INVALID_INPUT', 'limit must be a whole number, at least 1.');
      }
      const { terms, found } = rank(query);
      return found
        .slice(0, limit)
        .map(({ entry, score }) => ({ entry, score, matches: matchRanges(entry, terms) }));
    },
    upsert(entry) {
      pending.delete(entry.id);
      byId.set(entry.id, folded(entry));
    },
    remove(id) {
      pending.delete(id);
      byId.delete(id);
    },
    prepare,
    get size() {
      return byId.size + pending.size;
    },
  };
}
