/** What each format's reader hands to the import: the file's entries, each converted on demand. */
import type { ImportFormat, ImportReport } from '../../shared/api.ts';
import type { ImportedEntry } from './imported-entry.ts';

export interface ImportRecord {
  /** Which entry, for the report: "entry 12 (2024-03-05)". */
  where: string;
  /** The entry as Interlude keeps it; throws SkipEntry when this one cannot be imported. */
  toEntry(): ImportedEntry;
}

export interface FormatReading {
  format: ImportFormat;
  /** The app's name, for the report. */
  source: string;
  records: ImportRecord[];
  /** Things the user should know about the whole file, asked once every record is converted. */
  notes(): string[];
  customMoods: ImportReport['customMoods'];
}

/** "entry 12 (2024-03-05)", or "entry 12" when the date itself is what is missing. */
export function entryLabel(position: number, date?: unknown): string {
  const shown = typeof date === 'string' && date.length > 0 && date.length <= 40 ? ` (${date})` : '';
  return `entry ${position}${shown}`;
}

/** A JSON value as a plain object, or null. */
export function asObject(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** The strings of an array of tags; anything else in it is ignored. */
export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/**
 * The first entry that is an object, among the first few: one broken entry at the top of a file
 * must not hide which app wrote it.
 */
export function firstEntry(entries: readonly unknown[]): Record<string, unknown> | null {
  for (const entry of entries.slice(0, 10)) {
    const object = asObject(entry);
    if (object) return object;
  }
  return null;
}

/**
 * True when `json.entries` is an array whose first entry has one of `keys`, or an empty array
 * beside `emptyMarker` (how each app's export says what it is).
 */
export function entriesLookLike(json: unknown, keys: readonly string[], emptyMarker: string): boolean {
  const entries = asObject(json)?.entries;
  if (!Array.isArray(entries)) return false;
  if (entries.length === 0) return emptyMarker in (json as object);
  const first = firstEntry(entries);
  return Boolean(first && keys.some((key) => key in first));
}

/** Counts entries whose time of day could not be read and were kept at noon, for one note. */
export function unreadableTimes() {
  const seen: string[] = [];
  return {
    add(time: string) {
      seen.push(time.slice(0, 20));
    },
    notes(): string[] {
      if (seen.length === 0) return [];
      const examples = [...new Set(seen)].slice(0, 3).map((time) => `“${time}”`);
      const count =
        seen.length === 1 ? 'One entry has' : `${seen.length.toLocaleString('en-US')} entries have`;
      return [
        `${count} a time of day Interlude cannot read (${examples.join(', ')}); ${seen.length === 1 ? 'it is' : 'they are'} kept on ${seen.length === 1 ? 'its' : 'their'} own day, at noon.`,
      ];
    },
  };
}

/**
 * A name for a tag or a label, on one line: control characters (new lines, tabs, escapes) become
 * spaces and direction overrides go, which could otherwise make a tag read as something else.
 * Joiners inside emoji (👨‍👩‍👧) stay.
 */
export function plainLabel(text: string): string {
  return text
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
