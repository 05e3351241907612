/**
 * Turning what the user typed into search terms.
 */
import { foldForSearch } from './fold.ts';

const CONTROL_CHARACTERS = /\p{Cc}/gu;
const EDGE_PUNCTUATION = /^\p{P}+|\p{P}+$/gu;

/**
 * The folded, distinct words of a query, longest first (the longest is usually the rarest, so
 * entries without it are ruled out soonest). Punctuation around a word is dropped ("hope," finds
 * "hope"; "(self-care)" finds "self-care"), and a word of nothing but punctuation is ignored,
 * unless the whole query is punctuation ("?!" finds "?!"). Empty for a blank query.
 */
export function searchTerms(query: string): string[] {
  const words = foldForSearch(query)
    .split(/\s+/u)
    .map((word) => word.replace(CONTROL_CHARACTERS, ''))
    .filter((word) => word.length > 0);
  const trimmed = words.map((word) => word.replace(EDGE_PUNCTUATION, '')).filter((word) => word.length > 0);
  const terms = new Set(trimmed.length > 0 ? trimmed : words);
  return [...terms].sort((a, b) => b.length - a.length);
}
