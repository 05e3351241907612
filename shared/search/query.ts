/**
 * Turning what the user typed into search terms.
 */
import { foldForSearch } from './fold.ts';

const CONTROL_CHARACTERS = /\p{Cc}/gu;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}\p{M}]+$/gu;

/**
 * The folded, distinct words of a query, longest first (the longest is usually the rarest, so
 * entries without it are ruled out soonest). Punctuation around a word is dropped ("hope," finds
 * "hope") unless the word is nothing but punctuation. Empty for a blank query.
 */
export function searchTerms(query: string): string[] {
  const terms = new Set<string>();
  for (const word of foldForSearch(query).split(/\s+/u)) {
    const clean = word.replace(CONTROL_CHARACTERS, '');
    const trimmed = clean.replace(EDGE_PUNCTUATION, '');
    const term = trimmed || clean;
    if (term) terms.add(term);
  }
  return [...terms].sort((a, b) => b.length - a.length);
}
