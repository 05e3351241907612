/**
 * "On this day": what the user wrote a week, a month and a year ago, and "You wrote today".
 * Pure functions; the caller passes today, the settings and the live entries (never the trash).
 */
import type { OnThisDay, Throwback, ThrowbackSpan, WrittenToday } from '../../shared/api.ts';
import { addDays } from '../../shared/dates.ts';
import type { Day, Entry, HardDate, Settings } from '../../shared/domain.ts';
import { streakDays } from './mood/streak.ts';
import { compareEntriesNewestFirst } from './entry-records.ts';
import { fallsOn } from './hard-dates.ts';

/** The same date `months` months earlier; a day the shorter month lacks becomes its last day. */
export function sameDateMonthsBefore(day: Day, months: number): Day {
  const [year, month, dayOfMonth] = day.split('-').map(Number) as [number, number, number];
  const monthIndex = year * 12 + (month - 1) - months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  const lastOfMonth = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  const target = Math.min(dayOfMonth, lastOfMonth);
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth).padStart(2, '0')}-${String(target).padStart(2, '0')}`;
}

/** The day each throwback looks back to. */
export function throwbackDays(today: Day): Record<ThrowbackSpan, Day> {
  return {
    week: addDays(today, -7),
    month: sameDateMonthsBefore(today, 1),
    year: sameDateMonthsBefore(today, 12),
  };
}

export interface OnThisDayInput {
  entries: readonly Entry[];
  settings: Settings;
  hardDates: readonly HardDate[];
  today: Day;
}

/**
 * The entries written a week, a month and a year ago. Two guards protect someone still raw:
 * days before the space period began are left out unless the user turned them on in Settings,
 * and days the user marked as hard are always left out.
 */
export function onThisDay(input: OnThisDayInput): OnThisDay {
  const includeBeforeSpace = input.settings.throwbacksBeforeSpace === true;
  const throwbacks: Throwback[] = [];
  for (const [span, day] of Object.entries(throwbackDays(input.today)) as [ThrowbackSpan, Day][]) {
    if (!includeBeforeSpace && day < input.settings.spaceStart) continue;
    if (input.hardDates.some((hardDate) => fallsOn(hardDate, day))) continue;
    const entries = input.entries.filter((entry) => entry.day === day).sort(compareEntriesNewestFirst);
    if (entries.length > 0) throwbacks.push({ span, day, entries });
  }
  return { today: input.today, throwbacks };
}

/** What Today shows once the user has written: today's entries and the writing streak. */
export function writtenToday(entries: readonly Entry[], today: Day): WrittenToday {
  return {
    day: today,
    entries: entries.filter((entry) => entry.day === today).sort(compareEntriesNewestFirst),
    streakDays: streakDays(
      entries.map((entry) => entry.day),
      today,
    ),
  };
}
