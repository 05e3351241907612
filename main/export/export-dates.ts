/**
 * Calendar arithmetic and wording for the export. Days are local calendar dates (`YYYY-MM-DD`), so
 * all the arithmetic runs in UTC, where no day is ever 23 or 25 hours long.
 */
import type { Day } from '../../shared/domain.ts';

const MILLISECONDS_PER_DAY = 86_400_000;

const longDayFormat = new Intl.DateTimeFormat('en-US', {
  weekday: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});
const mediumDayFormat = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});
const shortDayFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });

function dayToUtc(day: Day): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, date);
}

function utcToDay(time: number): Day {
  return new Date(time).toISOString().slice(0, 10);
}

/** The day `count` days after `day` (before it when negative). */
export function addDays(day: Day, count: number): Day {
  return utcToDay(dayToUtc(day) + count * MILLISECONDS_PER_DAY);
}

/** How many days from `from` to `to` (0 for the same day, negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  return Math.round((dayToUtc(to) - dayToUtc(from)) / MILLISECONDS_PER_DAY);
}

/** "Monday, March 3, 2025". */
export function formatLongDay(day: Day): string {
  return longDayFormat.format(dayToUtc(day));
}

/** "March 3, 2025". */
export function formatMediumDay(day: Day): string {
  return mediumDayFormat.format(dayToUtc(day));
}

/** "Mar 3", for chart labels. */
export function formatShortDay(day: Day): string {
  return shortDayFormat.format(dayToUtc(day));
}

/** "March 3, 2025 – April 1, 2025", or a single date when the range is one day. */
export function formatDayRange(from: Day, to: Day): string {
  return from === to ? formatMediumDay(from) : `${formatMediumDay(from)} – ${formatMediumDay(to)}`;
}

/** The calendar date written at the start of an ISO 8601 date-time, or null when there is none. */
export function dayOfIsoDateTime(isoDateTime: string): Day | null {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(isoDateTime);
  return match ? match[1]! : null;
}
