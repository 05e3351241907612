/**
 * Ties the reminder and the tray to the user's choices in Settings (read from the small file
 * outside the vault at start, then pushed by the core whenever they change).
 */
import type { ReminderSettings } from '../../shared/api.ts';
import { DEFAULT_REMINDER_SETTINGS, readReminderSettings } from '../reminders/reminder-settings-file.ts';
import { closeAction, trayAvailableOn } from './reminder-decisions.ts';
import { startReminder } from './reminder.ts';
import { showTray } from './tray.ts';

export interface ReminderAndTray {
  trayAvailable: boolean;
  settingsChanged(settings: ReminderSettings): void;
  /** True when closing the window should hide it in the tray instead. */
  hidesOnClose(): boolean;
  /** Called when the user really quits: closing no longer hides. */
  quitting(): void;
}

export function setUpReminderAndTray(options: {
  filePath: string;
  showWindow: () => void;
  quit: () => void;
}): ReminderAndTray {
  const trayAvailable = trayAvailableOn(process.platform);
  let keepInTray = false;
  let quitting = false;
  let removeTray: (() => void) | null = null;
  const reminder = startReminder(DEFAULT_REMINDER_SETTINGS, options.showWindow);

  function settingsChanged(settings: ReminderSettings): void {
    reminder.update(settings);
    keepInTray = settings.keepInTray && trayAvailable;
    if (keepInTray && !removeTray) {
      removeTray = showTray({ open: options.showWindow, quit: options.quit });
    } else if (!keepInTray && removeTray) {
      removeTray();
      removeTray = null;
    }
  }

  readReminderSettings(options.filePath).then(settingsChanged, (error: unknown) => {
    // A reminder is a convenience: an unreadable file leaves it off and the app keeps working.
    console.error('[interlude] the reminder settings could not be read:', error);
  });

  return {
    trayAvailable,
    settingsChanged,
    hidesOnClose: () => closeAction({ keepInTray, trayAvailable, quitting }) === 'hide-to-tray',
    quitting: () => {
      quitting = true;
      reminder.stop();
    },
  };
}
