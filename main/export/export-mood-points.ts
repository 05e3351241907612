/**
 * The mood chart's points for any export range, computed exactly as the app's mood screen computes
 * them (`moodTrends` in shared/mood-stats.ts), which only knows its fixed ranges.
 */
import type { MoodPoint, SpacePeriod } from '../../shared/api.ts';
import { compareDays, daysBetween, eachDay } from '../../shared/dates.ts';
import type { Contact } from '../../shared/domain.ts';
import { dailyMeans, type MoodSample } from '../journal/mood/daily-means.ts';
import { rollingMean } from '../journal/mood/rolling-mean.ts';
import type { DayRange } from './export-input.ts';

/**
 * One point per calendar day of the range: the day's mean mood, the 7-day rolling mean (none after
 * `space.today`: an average over days that have not happened would be invented), and whether contact
 * was logged. Pass every entry of the journal, not only the exported ones: the chart shows the
 * user's mood whatever sections are exported, and the rolling mean of the first days reaches back
 * before the range.
 */
export function exportMoodPoints(input: {
  entries: readonly MoodSample[];
  range: DayRange;
  space: Pick<SpacePeriod, 'start' | 'today'>;
  contacts: readonly Contact[];
}): MoodPoint[] {
  const days = eachDay(input.range.from, input.range.to);
  const allDays = dailyMeans(input.entries);
  const meanByDay = new Map(allDays.map((point) => [point.day, point.mean]));
  const rolling = rollingMean(allDays, 7, days);
  const contactDays = new Set(input.contacts.map((contact) => contact.day));
  return days.map((day, index) => ({
    day,
    dayNumber: daysBetween(input.space.start, day) + 1,
    mean: meanByDay.get(day) ?? null,
    rolling7: compareDays(day, input.space.today) > 0 ? null : rolling[index]!.mean,
    contact: contactDays.has(day),
  }));
}
