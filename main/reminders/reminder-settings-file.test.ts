import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CorePlatform } from '../core/platform.ts';
import { reminderHandlers } from './reminder-handlers.ts';
import { DEFAULT_REMINDER_SETTINGS, readReminderSettings } from './reminder-settings-file.ts';

let dir: string;
let filePath: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'interlude-reminder-'));
  filePath = path.join(dir, 'data', 'reminder.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function platform(trayAvailable: boolean) {
  return { trayAvailable, reminderSettingsChanged: vi.fn() } as unknown as CorePlatform & {
    reminderSettingsChanged: ReturnType<typeof vi.fn>;
  };
}

describe('the reminder settings file', () => {
  it('is off by default, with no file at all', async () => {
    expect(await readReminderSettings(filePath)).toEqual(DEFAULT_REMINDER_SETTINGS);
    expect(DEFAULT_REMINDER_SETTINGS.enabled).toBe(false);
  });

  it('saves a time and two switches, readable by the user only, and tells the shell', async () => {
    const shell = platform(true);
    const handlers = reminderHandlers(filePath, shell);
    const saved = await handlers.updateReminderSettings({ enabled: true, time: '07:45' });
    expect(saved).toEqual({
      settings: { enabled: true, time: '07:45', keepInTray: false },
      trayAvailable: true,
    });
    expect(JSON.parse(await readFile(filePath, 'utf8'))).toEqual(saved.settings);
    if (process.platform !== 'win32') expect((await stat(filePath)).mode & 0o777).toBe(0o600);
    expect(shell.reminderSettingsChanged).toHaveBeenCalledWith(saved.settings);
    expect((await handlers.getReminderSettings(undefined)).settings.time).toBe('07:45');
  });

  it('never keeps the app in a tray the platform does not have', async () => {
    const handlers = reminderHandlers(filePath, platform(false));
    expect((await handlers.updateReminderSettings({ keepInTray: true })).settings.keepInTray).toBe(false);
  });

  it('falls back to the defaults when the file is damaged, so the journal still opens', async () => {
    await reminderHandlers(filePath, platform(true)).updateReminderSettings({ enabled: true });
    await writeFile(filePath, '{"enabled": tru');
    expect(await readReminderSettings(filePath)).toEqual(DEFAULT_REMINDER_SETTINGS);
    await writeFile(filePath, '{"enabled": true, "time": "25:00", "keepInTray": false}');
    expect(await readReminderSettings(filePath)).toEqual(DEFAULT_REMINDER_SETTINGS);
  });
});

describe('something else in place of the reminder settings', () => {
  it('a FIFO, a link to /dev/zero or a folder means the defaults, at once', async () => {
    await mkdir(path.dirname(filePath), { recursive: true });
    execFileSync('mkfifo', [filePath]);
    expect(await readReminderSettings(filePath)).toEqual(DEFAULT_REMINDER_SETTINGS);
    await rm(filePath);
    await symlink('/dev/zero', filePath);
    expect(await readReminderSettings(filePath)).toEqual(DEFAULT_REMINDER_SETTINGS);
    await rm(filePath);
    await mkdir(filePath);
    expect(await readReminderSettings(filePath)).toEqual(DEFAULT_REMINDER_SETTINGS);
  });
});
