/**
 * The best and the worst day by mean mood.
 */
import type { DailyMood } from '../../../shared/api.ts';
import { compareDays } from '../../../shared/dates.ts';

export interface BestAndWorst {
  best: DailyMood | null;
  /** Null when no day was harder than another (one day, or every day the same). */
  worst: DailyMood | null;
}

/**
 * The day with the highest and the day with the lowest mean mood. Ties are broken the same way
 * for both: the most recent of the equal days, the one the user remembers best. When every day has
 * the same mean (a single entry, say), there is a best day but no hardest one: calling one day both
 * would say nothing true.
 */
export function bestAndWorstDay(series: readonly DailyMood[]): BestAndWorst {
  let best: DailyMood | null = null;
  let worst: DailyMood | null = null;
  const laterThan = (point: DailyMood, other: DailyMood) => compareDays(point.day, other.day) > 0;
  for (const point of series) {
    if (!best || point.mean > best.mean || (point.mean === best.mean && laterThan(point, best))) best = point;
    if (!worst || point.mean < worst.mean || (point.mean === worst.mean && laterThan(point, worst))) {
      worst = point;
    }
  }
  if (best && worst && best.mean === worst.mean) worst = null;
  return { best, worst };
}
