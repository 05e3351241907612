/**
 * When the daily reminder fires. Pure: the caller passes the clock and the time zone, so days,
 * time zones, daylight-saving changes and sleep can all be tested without waiting for them.
 * Luxon does the wall-clock arithmetic: it knows every zone's offsets and their changes.
 */
import { DateTime } from 'luxon';
import type { ReminderSettings } from '../../shared/api.ts';

export const REMINDER_TEXT = 'A few words for today?';

/**
 * The reminder's instant on the local calendar day that contains `at`. On the night clocks spring
 * forward, a time that does not exist (02:30) fires when the clock jumps past it; on the night
 * they fall back, a time that happens twice fires the first time only.
 */
export function reminderInstantOnDayOf(time: string, at: Date, timeZone: string): Date {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const local = DateTime.fromJSDate(at, { zone: timeZone });
  const wanted = local.set({ hour, minute, second: 0, millisecond: 0 });
  if (wanted.hour === hour && wanted.minute === minute) return wanted.toJSDate();
  // The time fell in a spring-forward gap; Luxon moved it on by the gap's length, and the start of
  // that hour is the moment the clock jumped to.
  return wanted.startOf('hour').toJSDate();
}

/** The next instant strictly after `after` at which the reminder fires, or null when it is off. */
export function nextReminderAt(settings: ReminderSettings, after: Date, timeZone: string): Date | null {
  if (!settings.enabled) return null;
  const today = reminderInstantOnDayOf(settings.time, after, timeZone);
  if (today.getTime() > after.getTime()) return today;
  const tomorrow = DateTime.fromJSDate(after, { zone: timeZone }).plus({ days: 1 }).toJSDate();
  return reminderInstantOnDayOf(settings.time, tomorrow, timeZone);
}

export interface ReminderCheck {
  settings: ReminderSettings;
  /** The last time the schedule was looked at (before a sleep, the moment the machine slept). */
  lastCheckedAt: Date;
  now: Date;
  timeZone: string;
}

export interface ReminderDecision {
  /** Show the notification now. */
  notify: boolean;
  /** When to look again; null when the reminder is off. */
  nextCheckAt: Date | null;
}

/**
 * Called when a timer fires, and after the machine wakes. A reminder whose time passed since the
 * last check is shown once, as long as it is still the same local day: a reminder missed while
 * the laptop slept comes on waking, but yesterday's never arrives the next morning. A clock that
 * jumped backwards shows nothing twice, because only instants after the last check count.
 */
export function decideReminder(check: ReminderCheck): ReminderDecision {
  const nextCheckAt = nextReminderAt(check.settings, check.now, check.timeZone);
  if (!check.settings.enabled || check.now.getTime() <= check.lastCheckedAt.getTime()) {
    return { notify: false, nextCheckAt };
  }
  const todays = reminderInstantOnDayOf(check.settings.time, check.now, check.timeZone);
  const notify = todays.getTime() > check.lastCheckedAt.getTime() && todays.getTime() <= check.now.getTime();
  return { notify, nextCheckAt };
}
