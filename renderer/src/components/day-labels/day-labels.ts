/**
 * Words for days and times, in the user's own locale. A Day (`YYYY-MM-DD`) names a wall-calendar
 * date, so it is formatted in UTC, where it cannot shift to the day before in any time zone.
 */
import type { Day } from '../../../../shared/domain.ts';

const longDay = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const dayHeader = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const dayAndMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', timeZone: 'UTC' });
const shortDay = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const mediumDay = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthShort = new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' });
const timeOfDay = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

function utcDate(day: Day): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const value = new Date(0);
  value.setUTCFullYear(year, month - 1, date);
  return value;
}

/** "Tuesday, 3 March 2026" */
export function longDayLabel(day: Day): string {
  return longDay.format(utcDate(day));
}

/** "Tue, 3 Mar 2026": short enough for the journal's day headers. */
export function dayHeaderLabel(day: Day): string {
  return dayHeader.format(utcDate(day));
}

/** "3 March" */
export function dayAndMonthLabel(day: Day): string {
  return dayAndMonth.format(utcDate(day));
}

/** "3 Mar" */
export function shortDayLabel(day: Day): string {
  return shortDay.format(utcDate(day));
}

/** "3 Mar 2026" */
export function mediumDayLabel(day: Day): string {
  return mediumDay.format(utcDate(day));
}

/** "Mar" for a month number 1 to 12. */
export function shortMonthLabel(month: number): string {
  return monthShort.format(new Date(Date.UTC(2001, month - 1, 1)));
}

/** The local time of an instant: "14:05" (or "2:05 PM", as the user's locale writes it). */
export function timeLabel(isoInstant: string): string {
  const instant = new Date(isoInstant);
  return Number.isNaN(instant.getTime()) ? '' : timeOfDay.format(instant);
}
