/** The space-period form's values and their validation, shared by first run and Settings. */
import type { Settings } from '../../../../shared/domain.ts';

export const PRESET_LENGTHS = [21, 30, 45, 60, 90] as const;
export const DEFAULT_LENGTH = 30;

export interface SpacePeriodFormValue {
  start: string;
  /** A preset length, or 'custom' to use `customDays`. */
  preset: number | 'custom';
  customDays: string;
}

/** The form's starting value: from settings, or today and the default length for a new journal. */
export function initialSpacePeriod(
  today: string,
  settings?: Pick<Settings, 'spaceStart' | 'spaceLengthDays'>,
) {
  if (!settings)
    return { start: today, preset: DEFAULT_LENGTH, customDays: '' } satisfies SpacePeriodFormValue;
  const isPreset = (PRESET_LENGTHS as readonly number[]).includes(settings.spaceLengthDays);
  return {
    start: settings.spaceStart,
    preset: isPreset ? settings.spaceLengthDays : 'custom',
    customDays: isPreset ? '' : String(settings.spaceLengthDays),
  } satisfies SpacePeriodFormValue;
}

export type SpacePeriodParse =
  | { ok: true; spaceStart: string; spaceLengthDays: number }
  | { ok: false; field: 'start' | 'customDays'; message: string };

/** Checks the form and turns it into settings, or says in plain words what to fix. */
export function parseSpacePeriod(value: SpacePeriodFormValue): SpacePeriodParse {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value.start)) {
    return { ok: false, field: 'start', message: 'Choose the first day of your space period.' };
  }
  if (value.preset !== 'custom') return { ok: true, spaceStart: value.start, spaceLengthDays: value.preset };
  const days = Number(value.customDays);
  if (!Number.isInteger(days) || days < 1 || days > 365) {
    return { ok: false, field: 'customDays', message: 'Enter a whole number of days from 1 to 365.' };
  }
  return { ok: true, spaceStart: value.start, spaceLengthDays: days };
}
