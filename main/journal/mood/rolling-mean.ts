/**
 * The trailing rolling mean that smooths the mood chart.
 */
import type { DailyMood } from '../../../shared/api.ts';
import { addDays, compareDays, eachDay } from '../../../shared/dates.ts';
import type { Day } from '../../../shared/domain.ts';
import { InterludeError } from '../../../shared/errors.ts';

export interface RollingMean {
  day: Day;
  /** Null when no day of the window has a mood. */
  mean: number | null;
}

/**
 * The mean of the daily means over the trailing `window` calendar days ending on each day (the day
 * itself and the `window - 1` days before it). Days without a mood are left out of the window, never
 * counted as zeros, so a gap in writing does not drag the line down. Evaluated on `days` when given
 * (the chart's every calendar day, including days after the last entry), otherwise on every
 * calendar day from the series' first day to its last.
 */
export function rollingMean(
  series: readonly DailyMood[],
  window = 7,
  days: readonly Day[] = spanOf(series),
): RollingMean[] {
  if (!Number.isInteger(window) || window < 1) {
    throw new InterludeError('INVALID_INPUT', 'A rolling window must be a whole number of days, at least 1.');
  }
  const meanByDay = new Map(series.map((point) => [point.day, point.mean]));
  return days.map((day) => {
    let sum = 0;
    let count = 0;
    for (let back = 0; back < window; back++) {
      const mean = meanByDay.get(back === 0 ? day : addDays(day, -back));
      if (mean !== undefined) {
        sum += mean;
        count += 1;
      }
    }
    return { day, mean: count === 0 ? null : sum / count };
  });
}

function spanOf(series: readonly DailyMood[]): Day[] {
  if (series.length === 0) return [];
  let first = series[0]!.day;
  let last = first;
  for (const point of series) {
    if (compareDays(point.day, first) < 0) first = point.day;
    if (compareDays(point.day, last) > 0) last = point.day;
  }
  return eachDay(first, last);
}
