/**
 * Preferences that belong to this computer rather than to the journal (which may be synced to
 * others): whether spell-check dictionaries may be downloaded here. Nothing personal is in it.
 */
import path from 'node:path';
import { writeFileDurably } from '../vault/durable-write.ts';
import { readBoundedFile } from '../vault/read-bounded-file.ts';

export interface DevicePreferences {
  spellcheckDownloadsAllowed: boolean;
}

export const DEVICE_PREFERENCES_FILE_NAME = 'device-preferences.json';
const DEFAULTS: DevicePreferences = { spellcheckDownloadsAllowed: false };

/** The preferences in `text`; anything missing or unreadable falls back to the private default. */
export function parseDevicePreferences(text: string | null): DevicePreferences {
  if (text === null) return DEFAULTS;
  try {
    const value = JSON.parse(text) as Partial<DevicePreferences> | null;
    return { spellcheckDownloadsAllowed: value?.spellcheckDownloadsAllowed === true };
  } catch {
    return DEFAULTS;
  }
}

export async function readDevicePreferences(dataDir: string): Promise<DevicePreferences> {
  // Bounded and without waiting: a FIFO or a device in its place must not stop the app starting.
  const text = await readBoundedFile(path.join(dataDir, DEVICE_PREFERENCES_FILE_NAME), {
    maxBytes: 64 * 1024,
    what: 'device preferences',
  }).then(
    ({ bytes }) => bytes.toString('utf8'),
    () => null,
  );
  return parseDevicePreferences(text);
}

export async function saveDevicePreferences(dataDir: string, preferences: DevicePreferences): Promise<void> {
  await writeFileDurably(
    path.join(dataDir, DEVICE_PREFERENCES_FILE_NAME),
    Buffer.from(`${JSON.stringify(preferences, null, 2)}\n`),
    { action: 'save the preferences' },
  );
}
