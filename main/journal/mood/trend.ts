/**
 * The mood trend: which way, and how fast, the mood is moving.
 */
import type { DailyMood } from '../../../shared/api.ts';
import { daysBetween } from '../../../shared/dates.ts';

/**
 * The least-squares slope of the daily means against the calendar day, in mood points per week
 * (a gap of ten days counts as ten days). Null with fewer than two days, where no line is defined.
 */
export function trendPerWeek(series: readonly DailyMood[]): number | null {
  if (series.length < 2) return null;
  const origin = series[0]!.day;
  const xs = series.map((point) => daysBetween(origin, point.day));
  const meanX = xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const meanY = series.reduce((sum, point) => sum + point.mean, 0) / series.length;
  let covariance = 0;
  let varianceX = 0;
  series.forEach((point, index) => {
    const dx = xs[index]! - meanX;
    covariance += dx * (point.mean - meanY);
    varianceX += dx * dx;
  });
  // All points on one day (only possible if the caller repeated a day) leave the slope undefined.
  if (varianceX === 0) return null;
  return (covariance / varianceX) * 7;
}
