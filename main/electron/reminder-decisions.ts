/**
 * The shell's decisions about the reminder and the tray, kept free of Electron so they are
 * tested in plain Node; reminder.ts and tray.ts only carry them out.
 */
import type { ReminderSettings } from '../../shared/api.ts';
import { decideReminder, REMINDER_TEXT } from '../reminders/reminder-schedule.ts';

/** Timers are re-armed at least this often, so a changed clock or time zone is noticed. */
export const MAX_REMINDER_WAIT_MS = 60 * 60 * 1000;

export interface ReminderTick {
  /** What to show, or null. Only the fixed words: never anything from the journal. */
  notification: { title: string; body: string } | null;
  /** How long to wait before the next check. */
  waitMs: number | null;
}

export interface ReminderTickInput {
  settings: ReminderSettings;
  lastCheckedAt: Date;
  now: Date;
  timeZone: string;
  notificationsSupported: boolean;
}

/** One look at the schedule: whether to notify now, and when to look again. */
export function reminderTick(input: ReminderTickInput): ReminderTick {
  const decision = decideReminder(input);
  const notification =
    decision.notify && input.notificationsSupported ? { title: REMINDER_TEXT, body: '' } : null;
  const waitMs =
    decision.nextCheckAt === null
      ? null
      : Math.min(MAX_REMINDER_WAIT_MS, Math.max(1000, decision.nextCheckAt.getTime() - input.now.getTime()));
  return { notification, waitMs };
}

/** Platforms where Electron's Tray shows an icon the user can click to come back. */
export function trayAvailableOn(platform: NodeJS.Platform): boolean {
  return platform === 'win32' || platform === 'darwin' || platform === 'linux';
}

export type CloseAction = 'hide-to-tray' | 'close';

/**
 * What closing the window does. Only when the user chose to keep Interlude in the tray, and the
 * platform has one, does the window hide instead; quitting from the tray or the menu always closes.
 * Either way the journal locks first.
 */
export function closeAction(input: {
  keepInTray: boolean;
  trayAvailable: boolean;
  quitting: boolean;
}): CloseAction {
  return input.keepInTray && input.trayAvailable && !input.quitting ? 'hide-to-tray' : 'close';
}
