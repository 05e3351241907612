/**
 * Hard dates: days the user expects to hurt. Pure functions; the caller passes today.
 */
import type { HardDateHeadsUp } from '../../shared/api.ts';
import { addDays, daysBetween } from '../../shared/dates.ts';
import type { Day, HardDate } from '../../shared/domain.ts';

/** How many days ahead Today starts to mention a hard date. */
export const HARD_DATE_NOTICE_DAYS = 3;

export const HARD_DATE_PACK_ID = 'hard-dates';

/**
 * The date a yearly hard date falls on in a given year. 29 February falls on 28 February in
 * years without one, so a leap-day anniversary is still noticed.
 */
export function occurrenceInYear(hardDate: HardDate, year: number): Day {
  const monthDay = hardDate.day.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const shown = monthDay === '02-29' && !leap ? '02-28' : monthDay;
  return `${String(year).padStart(4, '0')}-${shown}`;
}

/** True if the hard date falls on `day` (every year for a yearly one). */
export function fallsOn(hardDate: HardDate, day: Day): boolean {
  if (!hardDate.yearly) return hardDate.day === day;
  return day >= hardDate.day && occurrenceInYear(hardDate, Number(day.slice(0, 4))) === day;
}

/** The days among `days` that are hard dates. */
export function hardDaysAmong(hardDates: readonly HardDate[], days: readonly Day[]): Set<Day> {
  return new Set(days.filter((day) => hardDates.some((hardDate) => fallsOn(hardDate, day))));
}

/** The next day, from `today` on, on which the hard date falls; null if it is in the past. */
export function nextOccurrence(hardDate: HardDate, today: Day): Day | null {
  if (!hardDate.yearly) return hardDate.day >= today ? hardDate.day : null;
  if (today < hardDate.day) return hardDate.day;
  const year = Number(today.slice(0, 4));
  const thisYear = occurrenceInYear(hardDate, year);
  return thisYear >= today ? thisYear : occurrenceInYear(hardDate, year + 1);
}

/**
 * The hard dates coming within three days (today included), soonest first, each with a prompt
 * for planning the day: the heads-up Today shows.
 */
export function hardDateHeadsUps(
  hardDates: readonly HardDate[],
  today: Day,
  noticeDays = HARD_DATE_NOTICE_DAYS,
): HardDateHeadsUp[] {
  const last = addDays(today, noticeDays);
  const headsUps: HardDateHeadsUp[] = [];
  for (const hardDate of hardDates) {
    const day = nextOccurrence(hardDate, today);
    if (day === null || day > last) continue;
    const daysAhead = daysBetween(today, day);
    headsUps.push({
      hardDateId: hardDate.id,
      label: hardDate.label,
      day,
      daysAhead,
      prompt: {
        id: `${HARD_DATE_PACK_ID}/plan`,
        text:
          daysAhead === 0
            ? `Today is ${hardDate.label}. What would make today a little gentler, and who could you spend part of it with?`
            : `${hardDate.label} is coming. What would make that day a little gentler, and who could you spend part of it with?`,
      },
    });
  }
  return headsUps.sort((a, b) => a.daysAhead - b.daysAhead || a.label.localeCompare(b.label));
}

/** The hard dates in the order Settings lists them: by month and day, then by label. */
export function sortedHardDates(hardDates: readonly HardDate[]): HardDate[] {
  return [...hardDates].sort(
    (a, b) => a.day.slice(5).localeCompare(b.day.slice(5)) || a.label.localeCompare(b.label),
  );
}
