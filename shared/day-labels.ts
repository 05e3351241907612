/**
 * Words for days and times. The app writes them in the user's own locale (no `locale` given);
 * exports pass one locale so a file reads the same on every machine. A Day (`YYYY-MM-DD`) names a
 * wall-calendar date, so it is formatted in UTC, where it cannot shift to the day before in any
 * time zone; an instant (`timeLabel`) is shown in local time.
 */
import type { Day } from './domain.ts';

const DAY_STYLES = {
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  header: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  dayAndMonth: { day: 'numeric', month: 'long' },
  short: { day: 'numeric', month: 'short' },
  medium: { day: 'numeric', month: 'short', year: 'numeric' },
  dayMonthYear: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'short' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

type DayStyle = keyof typeof DAY_STYLES;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(style: DayStyle | 'time', locale: string | undefined): Intl.DateTimeFormat {
  const key = `${style}\u0000${locale ?? ''}`;
  let found = formatters.get(key);
  if (!found) {
    found =
      style === 'time'
        ? new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' })
        : new Intl.DateTimeFormat(locale, { ...DAY_STYLES[style], timeZone: 'UTC' });
    formatters.set(key, found);
  }
  return found;
}

function utcDate(day: Day): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const value = new Date(0);
  value.setUTCFullYear(year, month - 1, date);
  return value;
}

const dayLabel = (style: DayStyle) => (day: Day, locale?: string) =>
  formatter(style, locale).format(utcDate(day));

/** "Tuesday, 3 March 2026" */
export const longDayLabel = dayLabel('long');
/** "Tue, 3 Mar 2026": short enough for the journal's day headers. */
export const dayHeaderLabel = dayLabel('header');
/** "3 March" */
export const dayAndMonthLabel = dayLabel('dayAndMonth');
/** "3 Mar" */
export const shortDayLabel = dayLabel('short');
/** "3 Mar 2026" */
export const mediumDayLabel = dayLabel('medium');
/** "3 March 2026" ("March 3, 2026" in American English) */
export const dayMonthYearLabel = dayLabel('dayMonthYear');

/** "Mar" for a month number 1 to 12. */
export function shortMonthLabel(month: number, locale?: string): string {
  return formatter('month', locale).format(new Date(Date.UTC(2001, month - 1, 1)));
}

/** The local time of an instant: "14:05" (or "2:05 PM", as the locale writes it). */
export function timeLabel(isoInstant: string, locale?: string): string {
  const instant = new Date(isoInstant);
  return Number.isNaN(instant.getTime()) ? '' : formatter('time', locale).format(instant);
}
