/**
 * The reminder's two API methods. They work while the journal is locked: the settings live in
 * their own small file, outside the vault.
 */
import type { ApiHandlers } from '../core/handlers.ts';
import type { CorePlatform } from '../core/platform.ts';
import { readReminderSettings, writeReminderSettings } from './reminder-settings-file.ts';

export function reminderHandlers(
  filePath: string,
  platform: CorePlatform,
): Pick<ApiHandlers, 'getReminderSettings' | 'updateReminderSettings'> {
  const trayAvailable = platform.trayAvailable ?? false;
  return {
    getReminderSettings: async () => ({ settings: await readReminderSettings(filePath), trayAvailable }),
    updateReminderSettings: async (patch) => {
      const current = await readReminderSettings(filePath);
      const settings = {
        enabled: patch.enabled ?? current.enabled,
        time: patch.time ?? current.time,
        keepInTray: trayAvailable && (patch.keepInTray ?? current.keepInTray),
      };
      await writeReminderSettings(filePath, settings);
      platform.reminderSettingsChanged?.(settings);
      return { settings, trayAvailable };
    },
  };
}
