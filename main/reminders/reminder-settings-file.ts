/**
 * The reminder settings file: `reminder.json` in the app's data folder, mode 0600. It is the one
 * setting kept outside the vault, so the reminder can fire while the journal is locked; it holds
 * a time and two switches, nothing the user wrote.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { type ReminderSettings, ReminderSettingsSchema } from '../../shared/api.ts';
import { InterludeError } from '../../shared/errors.ts';
import {
  isMissingFileError,
  PRIVATE_DIRECTORY_MODE,
  toIoError,
  writeFileDurably,
} from '../vault/durable-write.ts';
import { readBoundedFile } from '../vault/read-bounded-file.ts';

export const REMINDER_FILE_NAME = 'reminder.json';
/** A time and two switches are a few dozen bytes. */
const MAXIMUM_FILE_BYTES = 64 * 1024;

/** Off by default; 20:00 is offered when the user turns it on. */
export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  enabled: false,
  time: '20:00',
  keepInTray: false,
};

/**
 * Reads the settings. A missing or unreadable file means the defaults: a reminder is a
 * convenience, and a damaged one must never stop the journal from opening.
 */
export async function readReminderSettings(filePath: string): Promise<ReminderSettings> {
  let text: string;
  try {
    const { bytes } = await readBoundedFile(filePath, {
      maxBytes: MAXIMUM_FILE_BYTES,
      what: 'reminder settings',
    });
    text = bytes.toString('utf8');
  } catch (error) {
    // A folder, a FIFO, a device or a huge file in its place is as good as damaged.
    if (isMissingFileError(error) || error instanceof InterludeError) return DEFAULT_REMINDER_SETTINGS;
    throw toIoError(error, 'read the reminder settings', filePath);
  }
  try {
    const parsed = ReminderSettingsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : DEFAULT_REMINDER_SETTINGS;
  } catch {
    return DEFAULT_REMINDER_SETTINGS;
  }
}

export async function writeReminderSettings(filePath: string, settings: ReminderSettings): Promise<void> {
  try {
    await mkdir(path.dirname(filePath), { recursive: true, mode: PRIVATE_DIRECTORY_MODE });
    await writeFileDurably(filePath, Buffer.from(`${JSON.stringify(settings)}\n`, 'utf8'));
  } catch (error) {
    throw toIoError(error, 'save the reminder settings', filePath);
  }
}
