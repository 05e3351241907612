/**
 * An inverted index from whitespace-separated folded words to the entries that contain them.
 *
 * Query words never contain whitespace, so every occurrence of one lies inside a single
 * whitespace-separated word of the text. Finding the distinct words that contain a query word
 * (one scan of the vocabulary) and then their postings gives exactly the entries a scan of every
 * text would find, at a fraction of the cost.
 */

/** Which field a posting comes from. */
export const FIELD_CODES = { body: 0, prompt: 1, tags: 2 } as const;
export type FieldCode = (typeof FIELD_CODES)[keyof typeof FIELD_CODES];

/**
 * Occurrences of one word in one field beyond this count are not counted (repeats add to the
 * score on a log scale, so they stop mattering long before).
 */
export const MAX_COUNTED_REPEATS = 63;

const WORD_SEPARATOR = '\u0000';
// Without the u flag \s still means every Unicode space (they are all in the BMP), and splits faster.
const WHITESPACE = /\s+/;

export interface TokenIndex {
  /** Records the words of one folded field of the entry in `slot`. */
  add(slot: number, field: FieldCode, foldedText: string): void;
  /** The ids of the distinct words that contain `term`. */
  wordsContaining(term: string): number[];
  /** The text of a word. */
  word(id: number): string;
  /**
   * The postings of a word, packed (read them with postingSlot, postingField and postingCount);
   * postings of slots that were forgotten since are still there.
   */
  postingsOf(id: number): readonly number[];
}

/** The entry slot of a packed posting. */
export function postingSlot(posting: number): number {
  return Math.floor(posting / 256);
}

/** The field of a packed posting. */
export function postingField(posting: number): FieldCode {
  return (posting % 4) as FieldCode;
}

/** How often the word occurs in that field (at most MAX_COUNTED_REPEATS). */
export function postingCount(posting: number): number {
  return Math.floor(posting / 4) % 64;
}

/** An empty token index. */
export function createTokenIndex(): TokenIndex {
  const idByWord = new Map<string, number>();
  const words: string[] = [];
  /** Each posting packed into one number: slot × 256 + count × 4 + field. */
  const postings: number[][] = [];
  /** Every word, each followed by WORD_SEPARATOR, so one indexOf scans the whole vocabulary. */
  let vocabulary = '';
  const wordStarts: number[] = [];
  // Per word id: the `add` call that last saw it, and how often it occurred in that call. Arrays
  // indexed by id count the words of a text without a Map per text.
  const lastAddCall: number[] = [];
  const countInCall: number[] = [];
  let addCalls = 0;

  function idOf(word: string): number {
    let id = idByWord.get(word);
    if (id === undefined) {
      id = words.length;
      idByWord.set(word, id);
      words.push(word);
      postings.push([]);
      lastAddCall.push(0);
      countInCall.push(0);
      wordStarts.push(vocabulary.length);
      vocabulary += word + WORD_SEPARATOR;
    }
    return id;
  }

  function wordAt(offset: number): number {
    let low = 0;
    let high = wordStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (wordStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  return {
    add(slot, field, foldedText) {
      if (!foldedText) return;
      addCalls += 1;
      const idsHere: number[] = [];
      for (const word of foldedText.split(WHITESPACE)) {
        if (!word) continue;
        const id = idOf(word);
        if (lastAddCall[id] === addCalls) {
          countInCall[id]! += 1;
        } else {
          lastAddCall[id] = addCalls;
          countInCall[id] = 1;
          idsHere.push(id);
        }
      }
      for (const id of idsHere) {
        postings[id]!.push(slot * 256 + Math.min(countInCall[id]!, MAX_COUNTED_REPEATS) * 4 + field);
      }
    },
    wordsContaining(term) {
      const found: number[] = [];
      if (!term || term.includes(WORD_SEPARATOR)) return found;
      let at = vocabulary.indexOf(term);
      while (at !== -1) {
        const id = wordAt(at);
        found.push(id);
        at = vocabulary.indexOf(term, wordStarts[id]! + words[id]!.length + 1);
      }
      return found;
    },
    word(id) {
      return words[id]!;
    },
    postingsOf(id) {
      return postings[id]!;
    },
  };
}
