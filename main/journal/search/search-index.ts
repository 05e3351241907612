/**
 * Search over decrypted entries, in memory only: it lives as long as the journal is unlocked and
 * is dropped with it. Nothing here is ever written anywhere.
 *
 * There is no inverted index. Each entry's fields are folded once (when the journal folds itself
 * after unlocking, on the first search, or when the entry is written) and every search scans the
 * folded text with indexOf. The folded fields are kept joined into large chunks of text rather
 * than one string per field: a search is then a few native scans over the whole journal instead
 * of tens of thousands of small ones (about a third faster at 10,000 entries), and the index is a
 * few dozen large strings rather than 20,000 small ones for the garbage collector to trace. The
 * scan is also, by construction, the reference the ranking is defined by
 * (search-index.property.test.ts).
 */
import type { MatchRange } from '../../../shared/api.ts';
import type { Entry } from '../../../shared/domain.ts';
import { InterludeError } from '../../../shared/errors.ts';
import { foldForSearchInto } from './fold.ts';
import { matchRanges, searchableFields } from './match-ranges.ts';
import { searchTerms } from './query.ts';
import {
  compareRecency,
  FIELD_WEIGHT,
  placementIn,
  recencyKeys,
  termScore,
  WHOLE_WORD_WEIGHT,
} from './ranking.ts';

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

/**
 * Between two fields in a chunk. Query words never hold a control character (query.ts removes
 * them), so no match can reach across it, and it is no word character, so a field's first and
 * last letters sit at a word's edge exactly as at the ends of a text of their own.
 */
const FIELD_SEPARATOR = '\u0000';
/**
 * A chunk is sealed once it holds this many characters: large enough (in bytes, past V8's largest
 * ordinary object) to be allocated straight into the large-object space, small enough that an
 * entry written later seals a small chunk rather than copying a big one.
 */
const CHUNK_CHARACTERS = 160_000;

/** An entry as indexed, with a slot number for the per-search tallies. */
interface Indexed {
  entry: Entry;
  slot: number;
  /**
   * recencyKeys, worked out the first time the entry is found (-1 until then). Folding then parses
   * no dates, and hits still sort by numbers: comparing the strings instead cost a word found in
   * nearly every entry about 4 ms of its 28.
   */
  day: number;
  created: number;
  /** False once replaced or removed: its text stays in its chunk until compaction, unsearched. */
  live: boolean;
  /** How many of its fields are in the chunks. */
  fields: number;
}

/** Folded fields joined by FIELD_SEPARATOR, with where each field starts, whose it is and its weight. */
interface Chunk {
  text: string;
  starts: number[];
  owners: Indexed[];
  weights: number[];
}

class ChunkBuilder {
  /** Folded pieces, each field's followed by FIELD_SEPARATOR; joined once when sealed. */
  parts: string[] = [];
  starts: number[] = [];
  owners: Indexed[] = [];
  weights: number[] = [];
  length = 0;

  /** Folds a field's text straight into the chunk; false (and nothing added) when it folds to nothing. */
  addText(owner: Indexed, weight: number, text: string): boolean {
    const before = this.parts.length;
    const folded = foldForSearchInto(text, this.parts);
    if (folded === 0) {
      this.parts.length = before;
      return false;
    }
    this.#added(owner, weight, folded);
    return true;
  }

  /** Adds a field already folded (when compacting). */
  addFolded(owner: Indexed, weight: number, folded: string): void {
    this.parts.push(folded);
    this.#added(owner, weight, folded.length);
  }

  #added(owner: Indexed, weight: number, foldedLength: number): void {
    this.parts.push(FIELD_SEPARATOR);
    this.starts.push(this.length);
    this.owners.push(owner);
    this.weights.push(weight);
    this.length += foldedLength + FIELD_SEPARATOR.length;
  }

  seal(): Chunk {
    const chunk = {
      text: this.parts.join(''),
      starts: this.starts,
      owners: this.owners,
      weights: this.weights,
    };
    this.parts = [];
    this.starts = [];
    this.owners = [];
    this.weights = [];
    this.length = 0;
    return chunk;
  }
}

/**
 * Keeps `entries` searchable; keep it current with upsert and remove. With `deferred`, nothing is
 * folded until prepare() or the first search.
 */
export function createSearchIndex(
  entries: readonly Entry[] = [],
  options: { deferred?: boolean } = {},
): SearchIndex {
  const byId = new Map<string, Indexed>();
  /** Entries not folded yet, in the order given. */
  const pending = new Map<string, Entry>();
  let chunks: Chunk[] = [];
  const tail = new ChunkBuilder();
  let slots = 0;
  /** Fields of replaced or removed entries still in the chunks. */
  let deadFields = 0;
  let liveFields = 0;
  for (const entry of entries) {
    if (options.deferred) pending.set(entry.id, entry);
    else fold(entry);
  }

  /** Folds an entry into the tail chunk, in place of the version indexed before. */
  function fold(entry: Entry): void {
    forget(entry.id);
    foldNew(entry);
  }

  /** Folds an entry that is neither indexed nor pending (an id is only ever in one of the two). */
  function foldNew(entry: Entry): void {
    const indexed: Indexed = { entry, slot: slots++, day: -1, created: 0, live: true, fields: 0 };
    byId.set(entry.id, indexed);
    for (const field of searchableFields(entry)) {
      if (field.text === '' || !tail.addText(indexed, FIELD_WEIGHT[field.field], field.text)) continue;
      indexed.fields++;
      liveFields++;
    }
    if (tail.length >= CHUNK_CHARACTERS) chunks.push(tail.seal());
  }

  function forget(id: string): void {
    pending.delete(id);
    const indexed = byId.get(id);
    if (!indexed) return;
    indexed.live = false;
    byId.delete(id);
    deadFields += indexed.fields;
    liveFields -= indexed.fields;
  }

  function prepare(budgetMs: number): boolean {
    const until = performance.now() + budgetMs;
    let folds = 0;
    for (const [id, entry] of pending) {
      pending.delete(id);
      foldNew(entry);
      // Reading the clock costs more than folding a short entry: look every 64.
      if (++folds % 64 === 0 && performance.now() >= until) break;
    }
    return pending.size === 0;
  }

  /** Seals the tail and, when most of the chunks' text is dead, rewrites them without it. */
  function readyToScan(): Chunk[] {
    prepare(Number.POSITIVE_INFINITY);
    if (tail.parts.length > 0) chunks.push(tail.seal());
    if (deadFields > liveFields) compact();
    return chunks;
  }

  /** Copies the live fields into new chunks (no folding again, only slicing), and numbers the slots afresh. */
  function compact(): void {
    slots = 0;
    for (const indexed of byId.values()) indexed.slot = slots++;
    const builder = new ChunkBuilder();
    const compacted: Chunk[] = [];
    for (const chunk of chunks) {
      for (let field = 0; field < chunk.owners.length; field++) {
        const owner = chunk.owners[field]!;
        if (!owner.live) continue;
        const start = chunk.starts[field]!;
        const end = field + 1 < chunk.starts.length ? chunk.starts[field + 1]! - 1 : chunk.text.length - 1;
        builder.addFolded(owner, chunk.weights[field]!, chunk.text.slice(start, end));
        if (builder.length >= CHUNK_CHARACTERS) compacted.push(builder.seal());
      }
    }
    if (builder.parts.length > 0) compacted.push(builder.seal());
    chunks = compacted;
    deadFields = 0;
  }

  function rank(query: string): RankedSearch {
    const terms = searchTerms(query);
    if (terms.length === 0) return { terms, found: [] };
    const scan = readyToScan();
    const score = new Float64Array(slots);
    const termsFound = new Uint8Array(slots);
    const count = new Int32Array(slots);
    const best = new Float64Array(slots);
    const touched: Indexed[] = [];
    const found: { indexed: Indexed; score: number }[] = [];
    for (const term of terms) {
      touched.length = 0;
      for (const chunk of scan) tally(chunk, term, count, best, touched);
      for (const indexed of touched) {
        const { slot } = indexed;
        score[slot]! += termScore(best[slot]!, count[slot]!);
        count[slot] = 0;
        best[slot] = 0;
        // Each word counts an entry once, so reaching the last word means it has every one.
        termsFound[slot]! += 1;
        if (termsFound[slot] === terms.length) {
          found.push({ indexed, score: Math.round(score[slot]! * 1000) / 1000 });
        }
      }
    }
    for (const { indexed } of found) {
      if (indexed.day >= 0) continue;
      const keys = recencyKeys(indexed.entry);
      indexed.day = keys.day;
      indexed.created = keys.created;
    }
    found.sort(
      (a, b) =>
        b.score - a.score ||
        b.indexed.day - a.indexed.day ||
        b.indexed.created - a.indexed.created ||
        compareRecency(a.indexed.entry, b.indexed.entry),
    );
    return {
      terms,
      found: found.map(({ indexed, score: value }) => ({ entry: indexed.entry, score: value })),
    };
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
      fold(entry);
    },
    remove(id) {
      forget(id);
    },
    prepare,
    get size() {
      return byId.size + pending.size;
    },
  };
}

/**
 * Counts the term's non-overlapping occurrences in each live field of the chunk (per entry, in
 * `count`), and the best weighted placement (in `best`); `touched` gets each entry found once.
 */
function tally(chunk: Chunk, term: string, count: Int32Array, best: Float64Array, touched: Indexed[]): void {
  const { text, starts, owners, weights } = chunk;
  let field = 0;
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length)) {
    // Matches come in order: walk to the field this one is in.
    while (field + 1 < starts.length && starts[field + 1]! <= at) field++;
    const owner = owners[field]!;
    if (!owner.live) continue;
    const { slot } = owner;
    if (count[slot] === 0) touched.push(owner);
    count[slot]! += 1;
    const weight = weights[field]!;
    if (best[slot]! < weight * WHOLE_WORD_WEIGHT) {
      best[slot] = Math.max(best[slot]!, weight * placementIn(text, at, term));
    }
  }
}
