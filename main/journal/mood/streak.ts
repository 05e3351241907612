/**
 * The writing streak.
 */
import { addDays } from '../../../shared/dates.ts';
import type { Day } from '../../../shared/domain.ts';

/**
 * How many consecutive days, each with at least one entry, end today; if today has no entry yet,
 * the streak ending yesterday still counts, so the morning before writing does not show 0.
 * Entries dated after today are ignored.
 */
export function streakDays(entryDays: Iterable<Day>, today: Day): number {
  const written = new Set(entryDays);
  let day = written.has(today) ? today : addDays(today, -1);
  let streak = 0;
  while (written.has(day)) {
    streak += 1;
    day = addDays(day, -1);
  }
  return streak;
}
