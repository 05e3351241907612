/**
 * The in-memory search index over decrypted entries. Nothing here is ever written anywhere: it
 * lives as long as the journal is unlocked and is dropped with it.
 */
import type { MatchRange } from '../../../shared/api.ts';
import type { Entry } from '../../../shared/domain.ts';
import { InterludeError } from '../../../shared/errors.ts';
import { foldForSearch } from './fold.ts';
import { matchRanges, searchableFields } from './match-ranges.ts';
import { searchTerms } from './query.ts';
import { compareRecency, FIELD_WEIGHT, recencyKeys, termInText, termScore } from './ranking.ts';
import {
  createTokenIndex,
  FIELD_CODES,
  postingCount,
  postingField,
  postingSlot,
  type TokenIndex,
} from './token-index.ts';

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
  /** How many entries are indexed. */
  readonly size: number;
}

/** A search result with the whole entry (the API's SearchHit carries a summary instead). */
export interface FullSearchHit {
  entry: Entry;
  score: number;
  matches: MatchRange[];
}

export const DEFAULT_SEARCH_LIMIT = 200;
/** Replaced entries leave dead postings behind; past this many (and more than live ones), rebuild. */
const REBUILD_AFTER_DEAD_SLOTS = 1024;

const WEIGHT_BY_FIELD_CODE = [FIELD_WEIGHT.body, FIELD_WEIGHT.prompt, FIELD_WEIGHT.tags];

/** Builds an index over `entries`; keep it current with upsert and remove. */
export function createSearchIndex(entries: readonly Entry[] = []): SearchIndex {
  let tokens: TokenIndex = createTokenIndex();
  /** Entries by slot; undefined where an entry was removed or replaced. */
  let bySlot: (Entry | undefined)[] = [];
  /** Per slot, the entry's day and creation time as numbers, so ranking ties sort without parsing. */
  let dayKeys: number[] = [];
  let createdKeys: number[] = [];
  const slotById = new Map<string, number>();

  function add(entry: Entry): void {
    const slot = bySlot.length;
    bySlot.push(entry);
    const recency = recencyKeys(entry);
    dayKeys.push(recency.day);
    createdKeys.push(recency.created);
    slotById.set(entry.id, slot);
    for (const { field, text } of searchableFields(entry)) {
      tokens.add(slot, FIELD_CODES[field], foldForSearch(text));
    }
  }

  function forget(id: string): void {
    const slot = slotById.get(id);
    if (slot === undefined) return;
    bySlot[slot] = undefined;
    slotById.delete(id);
    const dead = bySlot.length - slotById.size;
    if (dead > REBUILD_AFTER_DEAD_SLOTS && dead > slotById.size) rebuild();
  }

  function rebuild(): void {
    const live = bySlot.filter((entry): entry is Entry => entry !== undefined);
    tokens = createTokenIndex();
    bySlot = [];
    dayKeys = [];
    createdKeys = [];
    slotById.clear();
    for (const entry of live) add(entry);
  }

  for (const entry of entries) {
    forget(entry.id);
    add(entry);
  }

  function rank(query: string): RankedSearch {
    const terms = searchTerms(query);
    if (terms.length === 0) return { terms, found: [] };
    const slots = findAndScore(tokens, bySlot, terms);
    for (const found of slots) found.score = Math.round(found.score * 1000) / 1000;
    slots.sort(
      (a, b) =>
        b.score - a.score ||
        dayKeys[b.slot]! - dayKeys[a.slot]! ||
        createdKeys[b.slot]! - createdKeys[a.slot]! ||
        compareRecency(bySlot[a.slot]!, bySlot[b.slot]!),
    );
    return { terms, found: slots.map(({ slot, score }) => ({ entry: bySlot[slot]!, score })) };
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
      forget(entry.id);
      add(entry);
    },
    remove(id) {
      forget(id);
    },
    get size() {
      return slotById.size;
    },
  };
}

/**
 * The slots whose entry contains every term, with their scores. Terms are taken one at a time,
 * and each only counts for the slots that matched all the terms before it.
 */
function findAndScore(
  tokens: TokenIndex,
  bySlot: readonly (Entry | undefined)[],
  terms: readonly string[],
): { slot: number; score: number }[] {
  const slotCount = bySlot.length;
  const score = new Float64Array(slotCount);
  const termsMatched = new Uint32Array(slotCount);
  const termBest = new Float64Array(slotCount);
  const termCount = new Float64Array(slotCount);
  let candidates: number[] = [];

  for (let termIndex = 0; termIndex < terms.length; termIndex++) {
    const term = terms[termIndex]!;
    const touched: number[] = [];
    for (const wordId of tokens.wordsContaining(term)) {
      const inWord = termInText(tokens.word(wordId), term);
      for (const posting of tokens.postingsOf(wordId)) {
        const slot = postingSlot(posting);
        if (termsMatched[slot] !== termIndex || bySlot[slot] === undefined) continue;
        if (termCount[slot] === 0) touched.push(slot);
        termCount[slot]! += postingCount(posting) * inWord.count;
        const weight = WEIGHT_BY_FIELD_CODE[postingField(posting)]! * inWord.bestPlacement;
        if (weight > termBest[slot]!) termBest[slot] = weight;
      }
    }
    for (const slot of touched) {
      score[slot]! += termScore(termBest[slot]!, termCount[slot]!);
      termsMatched[slot] = termIndex + 1;
      termBest[slot] = 0;
      termCount[slot] = 0;
    }
    candidates = touched;
    if (candidates.length === 0) return [];
  }
  return candidates.map((slot) => ({ slot, score: score[slot]! }));
}
