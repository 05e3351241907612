/**
 * How search results are ranked.
 *
 * For each word of the query, an entry scores the best of its matches, weighed by where the match
 * is (a tag counts most: the user chose that word; then the prompt; then the body) and how it sits
 * in the text (a whole word beats the start of a word, which beats the middle of one), plus a small
 * bonus for repeats, on a log scale. The words' scores add up. Equal scores go to the more recent
 * entry.
 */
import type { MatchRange } from '../../../shared/api.ts';
import type { Entry } from '../../../shared/domain.ts';
import { isWordAt, isWordBefore } from './fold.ts';

export const FIELD_WEIGHT: Readonly<Record<MatchRange['field'], number>> = { body: 1, prompt: 2, tags: 3 };
export const WHOLE_WORD_WEIGHT = 3;
export const PREFIX_WEIGHT = 2;
export const INSIDE_WEIGHT = 1;
/** Eight mentions add 1.5 points, not 8: a long entry should not bury a short one that is on topic. */
export const REPEAT_WEIGHT = 0.5;

export interface TermInText {
  /** Non-overlapping occurrences of the term. */
  count: number;
  /** WHOLE_WORD_WEIGHT, PREFIX_WEIGHT or INSIDE_WEIGHT for the best-placed occurrence; 0 without one. */
  bestPlacement: number;
}

/** How often a folded term occurs in a folded text, and how well its best occurrence sits. */
export function termInText(text: string, term: string): TermInText {
  let count = 0;
  let bestPlacement = 0;
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length)) {
    count += 1;
    if (bestPlacement < WHOLE_WORD_WEIGHT)
      bestPlacement = Math.max(bestPlacement, placementIn(text, at, term));
  }
  return { count, bestPlacement };
}

/** One query word's contribution to an entry's score. */
export function termScore(bestWeight: number, count: number): number {
  return bestWeight + REPEAT_WEIGHT * Math.log2(count);
}

/**
 * An entry's day (as YYYYMMDD) and creation time (milliseconds), the larger the more recent: the
 * order compareRecency gives, as numbers, for sorting many hits at once.
 */
export function recencyKeys(entry: Pick<Entry, 'day' | 'createdAt'>): { day: number; created: number } {
  const created = Date.parse(entry.createdAt);
  return { day: Number(entry.day.replaceAll('-', '')), created: Number.isNaN(created) ? 0 : created };
}

/**
 * Newer first: by day, then by creation time, then by id so the order is stable. No dates are
 * built: a search sorts thousands of hits by this, and most comparisons end at the day.
 */
export function compareRecency(
  a: Pick<Entry, 'day' | 'createdAt' | 'id'>,
  b: Pick<Entry, 'day' | 'createdAt' | 'id'>,
): number {
  // Days are always YYYY-MM-DD, and strings of that shape compare like the dates they spell.
  if (a.day !== b.day) return a.day < b.day ? 1 : -1;
  const created = compareInstants(b.createdAt, a.createdAt);
  if (created !== 0) return created;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Orders two ISO times as instants. Written alike (UTC, the same number of fraction digits) they
 * compare as strings; otherwise ("…08:00:01Z" beside "…08:00:00.000Z") they are parsed, and one
 * that does not parse counts as the earliest.
 */
function compareInstants(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === b.length && a.endsWith('Z') && b.endsWith('Z')) return a < b ? -1 : 1;
  const instantA = Date.parse(a);
  const instantB = Date.parse(b);
  return (Number.isNaN(instantA) ? 0 : instantA) - (Number.isNaN(instantB) ? 0 : instantB);
}

/** How well the occurrence of `term` at `start` of a folded text sits: a whole word, a word's start, or inside one. */
export function placementIn(text: string, start: number, term: string): number {
  const startsWord = !isWordBefore(text, start) || !isWordAt(term, 0);
  if (!startsWord) return INSIDE_WEIGHT;
  const endsWord = !isWordAt(text, start + term.length) || !isWordBefore(term, term.length);
  return endsWord ? WHOLE_WORD_WEIGHT : PREFIX_WEIGHT;
}
