/**
 * Where the query's words are in an entry, in offsets of the original text, for highlighting.
 */
import type { MatchRange } from '../../../shared/api.ts';
import type { Entry } from '../../../shared/domain.ts';
import { foldWithOffsets, toOriginalRange } from './fold.ts';

/** Ranges beyond this many in one entry are not reported (the entry is still found and ranked). */
export const MAX_MATCHES_PER_HIT = 1000;

/** The searchable fields of an entry, in the order their matches are reported. */
export function searchableFields(
  entry: Entry,
): { field: MatchRange['field']; index?: number; text: string }[] {
  return [
    { field: 'body', text: entry.body },
    { field: 'prompt', text: entry.prompt?.text ?? '' },
    ...entry.tags.map((tag, index) => ({ field: 'tags' as const, index, text: tag })),
  ];
}

/**
 * Every match of every folded term: body first, then the prompt, then each tag; within a field in
 * order, overlapping matches merged, and each range widened to whole characters (a letter with its
 * accents, a surrogate pair), so `text.slice(start, end)` is what the user sees as the match.
 */
export function matchRanges(entry: Entry, terms: readonly string[]): MatchRange[] {
  const ranges: MatchRange[] = [];
  for (const { field, index, text } of searchableFields(entry)) {
    if (!text) continue;
    const folded = foldWithOffsets(text);
    const found: { start: number; end: number }[] = [];
    for (const term of terms) {
      if (!term) continue;
      for (let at = folded.text.indexOf(term); at !== -1; at = folded.text.indexOf(term, at + term.length)) {
        found.push(toOriginalRange(folded, at, at + term.length));
      }
    }
    found.sort((a, b) => a.start - b.start || a.end - b.end);
    let last: MatchRange | undefined;
    for (const { start, end } of found) {
      if (last && start < last.end) {
        last.end = Math.max(last.end, end);
        continue;
      }
      if (ranges.length >= MAX_MATCHES_PER_HIT) return ranges;
      last = index === undefined ? { field, start, end } : { field, index, start, end };
      ranges.push(last);
    }
  }
  return ranges;
}
