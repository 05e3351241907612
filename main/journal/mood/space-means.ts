/**
 * Mood during the space period versus after it.
 */
import type { DailyMood, SpacePeriod } from '../../../shared/api.ts';
import { compareDays } from '../../../shared/dates.ts';
import { meanOfDays } from './daily-means.ts';

export interface SpaceMeans {
  /** Mean of the daily means from the space's start to its end, both included. */
  during: number | null;
  /** Mean of the daily means of every day after the space's end. */
  after: number | null;
}

/** The mean mood during the space and after it (each day counts once; days before the start count in neither). */
export function meanDuringAndAfterSpace(
  series: readonly DailyMood[],
  space: Pick<SpacePeriod, 'start' | 'end'>,
): SpaceMeans {
  const during = series.filter(
    (point) => compareDays(point.day, space.start) >= 0 && compareDays(point.day, space.end) <= 0,
  );
  const after = series.filter((point) => compareDays(point.day, space.end) > 0);
  return { during: meanOfDays(during), after: meanOfDays(after) };
}
