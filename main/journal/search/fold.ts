/**
 * Folding text for search: case-, accent- and width-insensitive, in any script, with a map back to
 * the original text so matches can be highlighted where they really are.
 *
 * Text is folded one cluster at a time (a character with the combining marks that follow it):
 * NFKD (so "ﬁ", full-width "Ａ" and "é" written either way all decompose), lower case, a few
 * letters without a decomposition that people type without their stroke or ligature ("ł" as "l",
 * "ß" as "ss", "ø" as "o"), removal of diacritics, then NFC. Only diacritics are removed, not every
 * combining mark: the vowel signs of Devanagari or Thai are letters, and Japanese voicing marks
 * change the word, so those stay. Invisible format characters (soft hyphens, zero-width spaces,
 * variation selectors) fold to nothing, so "hel\u00ADlo" (with a soft hyphen) is found by "hello".
 */

/**
 * A stretch of folded text and the original text it came from: either a run where each folded
 * code unit stands for the original code unit at the same distance, or one cluster whose folded
 * code units all stand for the whole original cluster.
 */
export interface FoldSegment {
  folded: number;
  original: number;
  originalEnd: number;
  oneToOne: boolean;
}

/** A folded text and the way back from its offsets to the original's. */
export interface FoldedText {
  text: string;
  /** Ordered by `folded`; null when the folded text lines up with the original unit for unit. */
  segments: readonly FoldSegment[] | null;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the range is all of ASCII, control characters included.
const ASCII_ONLY = /^[\x00-\x7f]*$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the range is all of ASCII, control characters included.
const NON_ASCII = /[^\x00-\x7f]/g;
const DIACRITICS_AND_INVISIBLES =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: a class of lone combining marks, to delete each one.
  /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\ufe00-\ufe0f\u{e0100}-\u{e01ef}\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/gu;
const LETTER_FOLDS: Record<string, string> = {
  ß: 'ss',
  ς: 'σ',
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ħ: 'h',
  æ: 'ae',
  œ: 'oe',
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '\u201c': '"',
  '\u201d': '"',
};
const LETTER_FOLD_PATTERN = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');
const MARK = /\p{M}/u;
const WORD = /[\p{L}\p{N}\p{M}]/u;
const CLUSTER_CACHE_LIMIT = 100_000;

const clusterCache = new Map<string, string>();
let bmpExtenders: Uint8Array | undefined;
let bmpWordCharacters: Uint8Array | undefined;

/**
 * The folded form of a text, as the search index stores it and compares it. The same text as
 * foldWithOffsets gives (fold.test.ts checks it), reached faster: the first search after unlocking
 * folds the whole journal, so this is on the path the user waits for.
 */
export function foldForSearch(text: string): string {
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  const parts: string[] = [];
  foldRuns(text, parts);
  return parts.join('');
}

/**
 * Appends the folded form of `text` to `parts`, in pieces, and returns its length: for callers
 * that join many folded texts into one (the search index), which then never holds each one whole.
 */
export function foldForSearchInto(text: string, parts: string[]): number {
  if (ASCII_ONLY.test(text)) {
    parts.push(text.toLowerCase());
    return text.length;
  }
  return foldRuns(text, parts);
}

/**
 * Folds by runs: everything that folds to its own lower case (ASCII, and letters such as Cyrillic
 * or Greek without accents) stays in one run lowered by a single native call, and only the other
 * clusters go one by one through foldCluster. Without offsets to keep, no segment is recorded.
 * Appends the pieces to `parts` and returns their total length.
 */
function foldRuns(text: string, parts: string[]): number {
  const length = text.length;
  let folded = 0;
  const push = (piece: string) => {
    parts.push(piece);
    folded += piece.length;
  };
  // Lowered once, natively; the runs are cut from it when it lines up with the text unit for unit
  // (lower case changes the length only for a letter such as İ).
  const lowered = text.toLowerCase();
  const lower = lowered.length === length ? lowered : null;
  let runStart = 0;
  let index = 0;
  while (index < length) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) {
      // Skip to the next non-ASCII character natively.
      NON_ASCII.lastIndex = index;
      if (NON_ASCII.exec(text) === null) break;
      index = NON_ASCII.lastIndex - 1;
      continue;
    }
    if ((unit < 0xd800 || unit >= 0xe000) && isPlainLetter(unit)) {
      index++;
      continue;
    }
    const codePoint = text.codePointAt(index)!;
    // A mark belongs to the character before it, which leaves the run with it. (Only a one-unit
    // character can be in the run: surrogate pairs never are.)
    const clusterStart = index > runStart && isClusterExtender(codePoint) ? index - 1 : index;
    index += codePoint > 0xffff ? 2 : 1;
    while (index < length) {
      const next = text.codePointAt(index)!;
      if (!isClusterExtender(next)) break;
      index += next > 0xffff ? 2 : 1;
    }
    if (clusterStart > runStart) {
      push(lower ? lower.slice(runStart, clusterStart) : text.slice(runStart, clusterStart).toLowerCase());
    }
    push(
      index - clusterStart === 1
        ? foldUnit(text.charCodeAt(clusterStart))
        : foldCluster(text.slice(clusterStart, index)),
    );
    runStart = index;
  }
  if (runStart < length) push(lower ? lower.slice(runStart) : text.slice(runStart).toLowerCase());
  return folded;
}

/** The fold of each one-unit cluster met so far ("é", "…"), by code unit: no slicing, no hashing. */
const unitFolds: (string | undefined)[] = [];

function foldUnit(unit: number): string {
  let folded = unitFolds[unit];
  if (folded === undefined) {
    folded = foldCluster(String.fromCharCode(unit));
    unitFolds[unit] = folded;
  }
  return folded;
}

/**
 * Per BMP code unit: 1 when the character alone folds to its own lower case, one unit long, and
 * lowers the same in a run as alone; 2 when it does not; 0 until first asked. Capital sigma is
 * never plain: in a run, lower case turns it into the final form at a word's end.
 */
const plainLetters = new Uint8Array(0x10000);

function isPlainLetter(unit: number): boolean {
  let known = plainLetters[unit]!;
  if (known === 0) {
    const character = String.fromCharCode(unit);
    const lower = character.toLowerCase();
    const plain =
      unit !== 0x3a3 &&
      lower.length === 1 &&
      !isClusterExtender(unit) &&
      foldCluster(character) === lower &&
      !isClusterExtender(lower.charCodeAt(0));
    known = plain ? 1 : 2;
    plainLetters[unit] = known;
  }
  return known === 1;
}

/** The folded form of a text with the offsets that lead back to the original. */
export function foldWithOffsets(text: string): FoldedText {
  if (ASCII_ONLY.test(text)) return { text: text.toLowerCase(), segments: null };
  const segments: FoldSegment[] = [];
  return { text: foldClusters(text, segments), segments };
}

/**
 * The range of the original text that produced folded[start, end): whole clusters, so a match
 * never splits a letter from its accent or a surrogate pair.
 */
export function toOriginalRange(
  folded: FoldedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const segments = folded.segments;
  if (!segments) return { start, end };
  const first = segments[segmentAt(segments, start)]!;
  const last = segments[segmentAt(segments, end - 1)]!;
  return {
    start: first.oneToOne ? first.original + (start - first.folded) : first.original,
    end: last.oneToOne ? last.original + (end - 1 - last.folded) + 1 : last.originalEnd,
  };
}

/** True when the code point is a letter, a digit or a combining mark: part of a word. */
export function isWordCodePoint(codePoint: number): boolean {
  if (codePoint < 0x80) {
    return (
      (codePoint >= 0x61 && codePoint <= 0x7a) ||
      (codePoint >= 0x41 && codePoint <= 0x5a) ||
      (codePoint >= 0x30 && codePoint <= 0x39)
    );
  }
  if (codePoint <= 0xffff) {
    bmpWordCharacters ??= bmpTable(WORD);
    return bmpWordCharacters[codePoint] === 1;
  }
  return WORD.test(String.fromCodePoint(codePoint));
}

/** True when the character that ends just before `index` is part of a word. */
export function isWordBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const unit = text.charCodeAt(index - 1);
  if (unit >= 0xdc00 && unit <= 0xdfff && index >= 2) return isWordCodePoint(text.codePointAt(index - 2)!);
  return isWordCodePoint(unit);
}

/** True when the character that starts at `index` is part of a word. */
export function isWordAt(text: string, index: number): boolean {
  if (index >= text.length) return false;
  return isWordCodePoint(text.codePointAt(index)!);
}

function foldClusters(text: string, segments: FoldSegment[] | null): string {
  const length = text.length;
  let folded = '';
  let index = 0;
  while (index < length) {
    // Runs of plain ASCII fold with one native call; the last one stays out of the run when a
    // combining mark follows it, because it belongs to that mark's cluster.
    NON_ASCII.lastIndex = index;
    const nonAscii = NON_ASCII.exec(text);
    let runEnd = nonAscii ? nonAscii.index : length;
    if (runEnd < length && runEnd > index && isClusterExtender(text.codePointAt(runEnd)!)) runEnd -= 1;
    if (runEnd > index) {
      if (segments) addOneToOne(segments, folded.length, index, runEnd - index);
      folded += text.slice(index, runEnd).toLowerCase();
      index = runEnd;
      if (index >= length) break;
    }
    const clusterStart = index;
    index += text.codePointAt(index)! > 0xffff ? 2 : 1;
    while (index < length) {
      const next = text.codePointAt(index)!;
      if (!isClusterExtender(next)) break;
      index += next > 0xffff ? 2 : 1;
    }
    const foldedCluster = foldCluster(text.slice(clusterStart, index));
    if (segments && foldedCluster.length > 0) {
      if (foldedCluster.length === 1 && index - clusterStart === 1) {
        addOneToOne(segments, folded.length, clusterStart, 1);
      } else {
        segments.push({ folded: folded.length, original: clusterStart, originalEnd: index, oneToOne: false });
      }
    }
    folded += foldedCluster;
  }
  return folded;
}

function addOneToOne(segments: FoldSegment[], folded: number, original: number, length: number): void {
  const last = segments[segments.length - 1];
  if (
    last?.oneToOne &&
    last.originalEnd === original &&
    last.folded + (last.originalEnd - last.original) === folded
  ) {
    last.originalEnd += length;
  } else {
    segments.push({ folded, original, originalEnd: original + length, oneToOne: true });
  }
}

/** The index of the last segment that starts at or before the folded offset. */
function segmentAt(segments: readonly FoldSegment[], offset: number): number {
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (segments[middle]!.folded <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

function foldCluster(cluster: string): string {
  let folded = clusterCache.get(cluster);
  if (folded === undefined) {
    folded = cluster
      .normalize('NFKD')
      .toLowerCase()
      .normalize('NFKD')
      .replace(LETTER_FOLD_PATTERN, (letter) => LETTER_FOLDS[letter] ?? letter)
      .replace(DIACRITICS_AND_INVISIBLES, '')
      .normalize('NFC');
    // Bounded so a journal in a large script cannot grow it without end.
    if (clusterCache.size >= CLUSTER_CACHE_LIMIT) clusterCache.clear();
    clusterCache.set(cluster, folded);
  }
  return folded;
}

/**
 * Combining marks, and the Hangul vowel and final consonant jamo, attach to the character before
 * them: decomposed Korean must fold to the same syllables as precomposed Korean.
 */
function isClusterExtender(codePoint: number): boolean {
  if (codePoint < 0x300) return false;
  if (codePoint <= 0xffff) {
    bmpExtenders ??= buildExtenders();
    return bmpExtenders[codePoint] === 1;
  }
  return MARK.test(String.fromCodePoint(codePoint));
}

function buildExtenders(): Uint8Array {
  const table = bmpTable(MARK);
  table.fill(1, 0x1160, 0x1200);
  table.fill(1, 0xd7b0, 0xd800);
  return table;
}

function bmpTable(pattern: RegExp): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let unit = 0; unit < 0x10000; unit++) {
    if (unit >= 0xd800 && unit <= 0xdfff) continue;
    if (pattern.test(String.fromCharCode(unit))) table[unit] = 1;
  }
  return table;
}
