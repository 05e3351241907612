/**
 * The in-memory search index over decrypted entries. Nothing here is ever written anywhere: it
 * lives as long as the journal is unlocked and is dropped with it.
 */
import type { SearchHit } from '../api.ts';
import type { Entry } from '../domain.ts';
import { InterludeError } from '../errors.ts';
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

export interface SearchIndex {
  /**
   * The entries that contain every word of the query (each word in any of body, prompt or tags,
   * ignoring case and accents, anywhere inside a word), best first (see ranking.ts), at most
   * `limit` of them, each with the ranges to highlight. Empty for a blank query.
   */
  search(query: string, limit?: number): SearchHit[];
  /** Adds an entry, or replaces the indexed entry with the same id. */
  upsert(entry: Entry): void;
  /** Forgets an entry; nothing happens if it is not indexed. */
  remove(id: string): void;
  /** How many entries are indexed. */
  readonly size: number;
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

  return {
    search(query, limit = DEFAULT_SEARCH_LIMIT) {
      if (!Number.isInteger(limit) || limit < 1) {
        throw new InterludeError('INVALID_INPUT', 'limit must be a whole number, at least 1.');
      }
      const terms = searchTerms(query);
      if (terms.length === 0) return [];
      const slots = findAndScore(tokens, bySlot, terms);
      for (const found of slots) found.score = Math.round(found.score * 1000) / 1000;
      slots.sort(
        (a, b) =>
          b.score - a.score ||
          dayKeys[b.slot]! - dayKeys[a.slot]! ||
          createdKeys[b.slot]! - createdKeys[a.slot]! ||
          compareRecency(bySlot[a.slot]!, bySlot[b.slot]!),
      );
      return slots.slice(0, limit).map(({ slot, score }) => {
        const entry = bySlot[slot]!;
        return { entry, score, matches: matchRanges(entry, terms) };
      });
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
