/**
 * The daily reminder, carried out: a timer and the OS notification. Every decision (when, whether,
 * what it says) is made by reminderTick in reminder-decisions.ts; this file only waits and shows.
 */
import { Notification, powerMonitor } from 'electron';
import type { ReminderSettings } from '../../shared/api.ts';
import { reminderTick } from './reminder-decisions.ts';

export interface ReminderClock {
  /** Applies new settings (from Settings, or read at start) and re-arms the timer. */
  update(settings: ReminderSettings): void;
  stop(): void;
}

/** Starts the reminder; `onClick` brings the window back when the user clicks the notification. */
export function startReminder(initial: ReminderSettings, onClick: () => void): ReminderClock {
  let settings = initial;
  let lastCheckedAt = new Date();
  let timer: NodeJS.Timeout | undefined;

  function check(): void {
    clearTimeout(timer);
    const now = new Date();
    const tick = reminderTick({
      settings,
      lastCheckedAt,
      now,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      notificationsSupported: Notification.isSupported(),
    });
    lastCheckedAt = now;
    if (tick.notification) {
      const notification = new Notification({ ...tick.notification, silent: false });
      notification.on('click', onClick);
      notification.show();
    }
    if (tick.waitMs !== null) timer = setTimeout(check, tick.waitMs);
  }

  // After a sleep the timer may be late or lost: look again on waking.
  powerMonitor.on('resume', check);
  check();
  return {
    update(next) {
      settings = next;
      // A new time counts from now: changing 20:00 to 19:00 at 19:30 does not fire at once.
      lastCheckedAt = new Date();
      check();
    },
    stop() {
      clearTimeout(timer);
      powerMonitor.off('resume', check);
    },
  };
}
