/**
 * Dates as the export writes them: in English whatever the machine's locale, so one export reads
 * the same everywhere (the words themselves come from shared/day-labels.ts).
 */
import { dayMonthYearLabel, longDayLabel, shortDayLabel } from '../../shared/day-labels.ts';
import type { Day } from '../../shared/domain.ts';

const EXPORT_LOCALE = 'en-US';

// The time an entry was written, on this computer's clock (the export runs where the user is).
const timeOfDayFormat = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit' });

/** "9:30 PM" for an ISO 8601 instant, in this computer's time zone. */
export function formatTimeOfDay(isoDateTime: string): string {
  return timeOfDayFormat.format(new Date(isoDateTime));
}

/** "Monday, March 3, 2025". */
export const formatLongDay = (day: Day): string => longDayLabel(day, EXPORT_LOCALE);

/** "March 3, 2025". */
export const formatMediumDay = (day: Day): string => dayMonthYearLabel(day, EXPORT_LOCALE);

/** "Mar 3", for chart labels. */
export const formatShortDay = (day: Day): string => shortDayLabel(day, EXPORT_LOCALE);

/** "March 3, 2025 – April 1, 2025", or a single date when the range is one day. */
export function formatDayRange(from: Day, to: Day): string {
  return from === to ? formatMediumDay(from) : `${formatMediumDay(from)} – ${formatMediumDay(to)}`;
}

/** The calendar date written at the start of an ISO 8601 date-time, or null when there is none. */
export function dayOfIsoDateTime(isoDateTime: string): Day | null {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(isoDateTime);
  return match ? match[1]! : null;
}
