/** Splitting text into plain and highlighted pieces from search match ranges, and cutting snippets. */

/** A half-open range [start, end) of UTF-16 code units. */
export interface TextRange {
  start: number;
  end: number;
}

export interface TextPiece {
  text: string;
  highlighted: boolean;
}

/** Sorts, clamps and merges ranges so that overlapping or touching matches become one highlight. */
export function normaliseRanges(ranges: readonly TextRange[], length: number): TextRange[] {
  const clamped = ranges
    .map((range) => ({
      start: Math.max(0, Math.min(length, Math.floor(range.start))),
      end: Math.max(0, Math.min(length, Math.floor(range.end))),
    }))
    .filter((range) => range.end > range.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of clamped) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** The text cut into consecutive pieces, the matched ones marked; joined, the pieces give back the text. */
export function highlightPieces(text: string, ranges: readonly TextRange[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  let cursor = 0;
  for (const range of normaliseRanges(ranges, text.length)) {
    if (range.start > cursor) pieces.push({ text: text.slice(cursor, range.start), highlighted: false });
    pieces.push({ text: text.slice(range.start, range.end), highlighted: true });
    cursor = range.end;
  }
  if (cursor < text.length || pieces.length === 0)
    pieces.push({ text: text.slice(cursor), highlighted: false });
  return pieces;
}

export interface Snippet {
  text: string;
  ranges: TextRange[];
  /** Whether text was cut away before or after the snippet (the caller shows an ellipsis). */
  cutBefore: boolean;
  cutAfter: boolean;
}

/**
 * A short window of `text` around its first match (or its start when there is none), with the
 * ranges that fall inside it shifted to the window. Cuts on whitespace where it can, so words stay whole.
 */
export function snippetAround(text: string, ranges: readonly TextRange[], maxLength: number): Snippet {
  const matches = normaliseRanges(ranges, text.length);
  if (text.length <= maxLength) return { text, ranges: matches, cutBefore: false, cutAfter: false };
  const first = matches[0];
  let start = 0;
  if (first) {
    const lead = Math.floor(maxLength / 4);
    start = Math.max(0, Math.min(first.start - lead, text.length - maxLength));
    if (start > 0) {
      const space = text.indexOf(' ', start);
      if (space !== -1 && space < first.start) start = space + 1;
    }
  }
  let end = Math.min(text.length, start + maxLength);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start && (!first || space >= first.end)) end = space;
  }
  return {
    text: text.slice(start, end),
    ranges: matches
      .filter((range) => range.end > start && range.start < end)
      .map((range) => ({ start: Math.max(0, range.start - start), end: Math.min(end, range.end) - start })),
    cutBefore: start > 0,
    cutAfter: end < text.length,
  };
}
