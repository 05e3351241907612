/**
 * The best and the worst day by mean mood.
 */
import type { DailyMood } from '../../../shared/api.ts';
import { compareDays } from '../../../shared/dates.ts';

export interface BestAndWorst {
  best: DailyMood | null;
  worst: DailyMood | null;
}

/**
 * The day with the highest and the day with the lowest mean mood. Ties go the way that shows
 * progress: the best day is the most recent of the equally best, the worst day the earliest of the
 * equally worst. Both are null without any mood.
 */
export function bestAndWorstDay(series: readonly DailyMood[]): BestAndWorst {
  let best: DailyMood | null = null;
  let worst: DailyMood | null = null;
  for (const point of series) {
    if (
      !best ||
      point.mean > best.mean ||
      (point.mean === best.mean && compareDays(point.day, best.day) > 0)
    ) {
      best = point;
    }
    if (
      !worst ||
      point.mean < worst.mean ||
      (point.mean === worst.mean && compareDays(point.day, worst.day) < 0)
    ) {
      worst = point;
    }
  }
  return { best, worst };
}
