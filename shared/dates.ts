/**
 * Local calendar days as `YYYY-MM-DD` strings.
 *
 * A Day names a date on the user's wall calendar, not an instant. The only place a time zone
 * matters is `dayOf`, which reads the local date of an instant. All arithmetic on days is done
 * on their date parts in UTC, where every day has exactly 24 hours, so daylight-saving changes
 * and leap years can never add or lose a day.
 */
import type { Day } from './domain.ts';
import { InterludeError } from './errors.ts';

const MS_PER_DAY = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Weekday numbers as `Date#getUTCDay` counts them: 0 is Sunday, 1 is Monday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Milliseconds since the epoch at UTC midnight of the day; throws INVALID_INPUT for a malformed or unreal date. */
export function dayToUtcMilliseconds(day: Day): number {
  const match = DAY_PATTERN.exec(day);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const dayOfMonth = Number(match[3]);
    const date = new Date(0);
    // setUTCFullYear, unlike Date.UTC, does not map the years 0 to 99 onto 1900 to 1999.
    date.setUTCFullYear(year, month - 1, dayOfMonth);
    if (date.getUTCMonth() === month - 1 && date.getUTCDate() === dayOfMonth) return date.getTime();
  }
  throw new InterludeError('INVALID_INPUT', 'A date must be a real calendar date written as YYYY-MM-DD.');
}

/** The Day whose UTC midnight is `milliseconds` (or the UTC date of any instant that day). */
export function dayFromUtcMilliseconds(milliseconds: number): Day {
  const date = new Date(milliseconds);
  return formatDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The local calendar date of an instant, in the time zone this process runs in (not UTC). */
export function dayOf(date: Date): Day {
  if (Number.isNaN(date.getTime())) {
    throw new InterludeError('INVALID_INPUT', 'The date is not valid. Check the system clock and try again.');
  }
  return formatDay(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** The day `count` days after `day` (before it when `count` is negative). */
export function addDays(day: Day, count: number): Day {
  if (!Number.isInteger(count)) {
    throw new InterludeError('INVALID_INPUT', 'A number of days must be a whole number.');
  }
  return dayFromUtcMilliseconds(dayToUtcMilliseconds(day) + count * MS_PER_DAY);
}

/** How many days from `from` to `to`: positive when `to` is later, 0 for the same day. */
export function daysBetween(from: Day, to: Day): number {
  return Math.round((dayToUtcMilliseconds(to) - dayToUtcMilliseconds(from)) / MS_PER_DAY);
}

/** -1, 0 or 1 as `a` is before, the same as, or after `b` (for `Array#sort`; days must be valid). */
export function compareDays(a: Day, b: Day): number {
  // Fixed-width YYYY-MM-DD strings sort like the dates they name, and this runs inside sorts of
  // thousands of entries, so it compares the text instead of parsing it.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The earlier of two days. */
export function earlierDay(a: Day, b: Day): Day {
  return compareDays(a, b) <= 0 ? a : b;
}

/** The later of two days. */
export function laterDay(a: Day, b: Day): Day {
  return compareDays(a, b) >= 0 ? a : b;
}

/** Every day from `from` to `to`, both included, in order; empty when `to` is before `from`. */
export function eachDay(from: Day, to: Day): Day[] {
  const start = dayToUtcMilliseconds(from);
  const count = daysBetween(from, to) + 1;
  const days: Day[] = [];
  for (let index = 0; index < count; index++) days.push(dayFromUtcMilliseconds(start + index * MS_PER_DAY));
  return days;
}

/** The day of the week: 0 is Sunday, 6 is Saturday. */
export function weekdayOf(day: Day): Weekday {
  return new Date(dayToUtcMilliseconds(day)).getUTCDay() as Weekday;
}

/** The first day of the week containing `day`; weeks start on Monday unless told otherwise. */
export function startOfWeek(day: Day, weekStartsOn: Weekday = 1): Day {
  return addDays(day, -((weekdayOf(day) - weekStartsOn + 7) % 7));
}

/** The first and last day of the calendar year containing `day`. */
export function yearOf(day: Day): { first: Day; last: Day } {
  const year = new Date(dayToUtcMilliseconds(day)).getUTCFullYear();
  return { first: formatDay(year, 1, 1), last: formatDay(year, 12, 31) };
}

function formatDay(year: number, month: number, dayOfMonth: number): Day {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}
