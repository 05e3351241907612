/**
 * Everything the mood screen draws, computed in one pass from the journal's entries.
 */
import type { MoodPoint, MoodSummary, MoodTrends, SpacePeriod } from '../../../shared/api.ts';
import { addDays, compareDays, daysBetween, eachDay, earlierDay, yearOf } from '../../../shared/dates.ts';
import type { Contact, Day, Entry, Settings } from '../../../shared/domain.ts';
import { spacePeriodOn } from '../../../shared/space-period.ts';
import { bestAndWorstDay } from './best-and-worst-day.ts';
import { dailyMeans } from './daily-means.ts';
import { emotionFrequencies } from './emotion-frequencies.ts';
import { rollingMean } from './rolling-mean.ts';
import { meanDuringAndAfterSpace } from './space-means.ts';
import { streakDays } from './streak.ts';
import { trendPerWeek } from './trend.ts';

export type TrendRange = MoodTrends['range'];

/** The entry fields the mood screen reads. */
export type TrendEntry = Pick<Entry, 'day' | 'mood' | 'emotions'>;

export interface MoodTrendsInput {
  entries: readonly TrendEntry[];
  contacts: readonly Contact[];
  settings: Pick<Settings, 'spaceStart' | 'spaceLengthDays'>;
  /** The local calendar day now; passed in so the result depends on nothing but its input. */
  today: Day;
  range: TrendRange;
}

/**
 * The first and last day a range covers:
 * - 'space': the space period, start to end (it may reach past today; those days have no mood yet),
 * - '30' and '90': the last 30 or 90 days, ending today,
 * - 'all': from the earliest of the first entry, the space's start and today, to today.
 */
export function trendRangeBounds(
  range: TrendRange,
  space: SpacePeriod,
  entries: readonly Pick<Entry, 'day'>[],
  today: Day,
): { from: Day; to: Day } {
  switch (range) {
    case 'space':
      return { from: space.start, to: space.end };
    case '30':
      return { from: addDays(today, -29), to: today };
    case '90':
      return { from: addDays(today, -89), to: today };
    case 'all': {
      let from = earlierDay(space.start, today);
      for (const entry of entries) if (compareDays(entry.day, from) < 0) from = entry.day;
      return { from, to: today };
    }
  }
}

/**
 * The mood chart and its summary for one range.
 *
 * `points` holds one point per calendar day of the range, with a null mean on days without a mood.
 * `summary` describes the range too (its entries, trend, best and worst day, emotions), except for
 * two figures that compare the whole journal: `meanDuringSpace` and `meanAfterSpace` use every entry,
 * and `streakDays` always ends today. `contacts` are those inside the range, oldest first.
 * `yearPixels` covers the calendar year of `today`, one item per day that has a mood.
 */
export function moodTrends(input: MoodTrendsInput): MoodTrends {
  const { entries, contacts, settings, today, range } = input;
  const space = spacePeriodOn(settings, today);
  const { from, to } = trendRangeBounds(range, space, entries, today);
  const inRange = (day: Day) => compareDays(day, from) >= 0 && compareDays(day, to) <= 0;

  const allDays = dailyMeans(entries);
  const rangeEntries = entries.filter((entry) => inRange(entry.day));
  const rangeDays = allDays.filter((point) => inRange(point.day));
  const contactsInRange = contacts
    .filter((contact) => inRange(contact.day))
    .sort((a, b) => compareDays(a.day, b.day));

  const days = eachDay(from, to);
  const meanByDay = new Map(allDays.map((point) => [point.day, point.mean]));
  const rolling = rollingMean(allDays, 7, days);
  const contactDays = new Set(contactsInRange.map((contact) => contact.day));
  const points: MoodPoint[] = days.map((day, index) => ({
    day,
    dayNumber: daysBetween(space.start, day) + 1,
    mean: meanByDay.get(day) ?? null,
    // The line stops today: a rolling mean over days that have not happened yet would be invented.
    rolling7: compareDays(day, today) > 0 ? null : rolling[index]!.mean,
    contact: contactDays.has(day),
  }));

  const spaceMeans = meanDuringAndAfterSpace(allDays, space);
  const { best, worst } = bestAndWorstDay(rangeDays);
  const summary: MoodSummary = {
    entryCount: rangeEntries.length,
    meanDuringSpace: spaceMeans.during,
    meanAfterSpace: spaceMeans.after,
    trendPerWeek: trendPerWeek(rangeDays),
    bestDay: best,
    worstDay: worst,
    streakDays: streakDays(
      entries.map((entry) => entry.day),
      today,
    ),
    topEmotions: emotionFrequencies(rangeEntries),
  };

  const year = yearOf(today);
  const yearPixels = allDays.filter(
    (point) => compareDays(point.day, year.first) >= 0 && compareDays(point.day, year.last) <= 0,
  );

  return { range, from, to, space, points, summary, contacts: contactsInRange, yearPixels };
}
