/**
 * Turning command-line options into entry fields, validated by the same zod schemas as the API,
 * so `--mood 9` fails with the same words ("mood must be 1 to 5") and before anything is opened.
 */
import type { z } from 'zod';
import { apiArgs } from '../../../shared/api.ts';
import { InterludeError } from '../../../shared/errors.ts';
import { describeValidationError } from '../../core/dispatch.ts';

/** The options `add` and `edit` share. */
export const ENTRY_OPTIONS = {
  vault: { type: 'string' },
  'passphrase-file': { type: 'string' },
  json: { type: 'boolean' },
  text: { type: 'string' },
  'text-file': { type: 'string' },
  mood: { type: 'string' },
  day: { type: 'string' },
  section: { type: 'string' },
  tags: { type: 'string' },
  emotions: { type: 'string' },
} as const;

/** The options besides the text (which entry-text.ts reads). */
export interface EntryOptionValues {
  mood?: string | undefined;
  day?: string | undefined;
  section?: string | undefined;
  tags?: string | undefined;
  emotions?: string | undefined;
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** A mood option: empty or "none" clears it; anything else must be a whole number (checked by the schema). */
function mood(value: string): number | null {
  const trimmed = value.trim().toLowerCase();
  if (trimmed === '' || trimmed === 'none') return null;
  if (!/^-?\d+$/.test(trimmed)) {
    throw new InterludeError(
      'INVALID_INPUT',
      'Not saved: mood must be 1 to 5 (or "none"). Nothing was changed.',
    );
  }
  return Number(trimmed);
}

/** The fields the options other than the text set (and only those). */
export function fieldsFromOptions(values: EntryOptionValues): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  if (values.mood !== undefined) fields.mood = mood(values.mood);
  if (values.day !== undefined) fields.day = values.day;
  if (values.section !== undefined) fields.section = values.section.trim() === '' ? null : values.section;
  if (values.tags !== undefined) fields.tags = list(values.tags);
  if (values.emotions !== undefined) fields.emotions = list(values.emotions);
  return fields;
}

/** Validates with a contract schema; the error names the field, with the CLI's option name. */
export function validate<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const message = describeValidationError(parsed.error).replace(/^body /, 'text ');
  throw new InterludeError('INVALID_INPUT', `Not saved: ${message}. Nothing was changed.`);
}

export const createEntrySchema = apiArgs.createEntry;
export const entryChangesSchema = apiArgs.updateEntry.shape.changes;
