/**
 * Daily mean mood: the base series every other mood statistic is computed from.
 *
 * Every statistic weighs each day once, however many entries it has, so a day the user wrote five
 * times does not count five times in a mean, a trend or a rolling window.
 */
import type { DailyMood } from '../../../shared/api.ts';
import { compareDays } from '../../../shared/dates.ts';
import type { Day, Entry } from '../../../shared/domain.ts';

/** The parts of an entry the mood maths reads. */
export type MoodSample = Pick<Entry, 'day' | 'mood'>;

/** The mean mood of each day that has at least one entry with a mood, oldest day first. */
export function dailyMeans(entries: readonly MoodSample[]): DailyMood[] {
  const totals = new Map<Day, { sum: number; count: number }>();
  for (const entry of entries) {
    if (entry.mood === null) continue;
    const total = totals.get(entry.day);
    if (total) {
      total.sum += entry.mood;
      total.count += 1;
    } else {
      totals.set(entry.day, { sum: entry.mood, count: 1 });
    }
  }
  return [...totals]
    .map(([day, { sum, count }]) => ({ day, mean: sum / count, count }))
    .sort((a, b) => compareDays(a.day, b.day));
}

/** The mean of the daily means (each day counts once), or null when there are none. */
export function meanOfDays(series: readonly DailyMood[]): number | null {
  if (series.length === 0) return null;
  let sum = 0;
  for (const point of series) sum += point.mean;
  return sum / series.length;
}
