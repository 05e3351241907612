/**
 * jrnl's JSON export: `{ tags, entries: [{ title, body, date "YYYY-MM-DD", time "HH:MM", tags,
 * starred, uuid? }] }`; jrnl 1.x wrote the bare list of entries, without the `tags` around it.
 * jrnl stores the writer's local date and time, so the date is the entry's day as is.
 */
import { DaySchema } from '../../../shared/domain.ts';
import { asObject, entryLabel, type FormatReading, firstEntry, stringList } from '../format-reading.ts';
import { idFromContent, importedEntry, occurrenceCounter, SkipEntry } from '../imported-entry.ts';
import { localWallTime, parseClockTime } from '../zoned-time.ts';
import { STARRED_TAG } from './dayone.ts';

/** The list of entries of a jrnl export, in either shape; null when there is none. */
function jrnlEntries(json: unknown): unknown[] | null {
  if (Array.isArray(json)) return json;
  const entries = asObject(json)?.entries;
  return Array.isArray(entries) ? entries : null;
}

/** True for parsed JSON that looks like a jrnl export. */
export function looksLikeJrnl(json: unknown): boolean {
  const entries = jrnlEntries(json);
  if (!entries) return false;
  if (entries.length === 0) return !Array.isArray(json) && 'tags' in (json as object);
  // jrnl always writes `body` beside `date`: Mini Diarium's list has `text`, Day One `creationDate`.
  const first = firstEntry(entries);
  return Boolean(first && 'date' in first && 'body' in first);
}

export function readJrnl(json: unknown): FormatReading {
  const entries = jrnlEntries(json) ?? [];
  const occurrence = occurrenceCounter();
  return {
    format: 'jrnl',
    source: 'jrnl',
    records: entries.map((raw, index) => {
      const entry = asObject(raw);
      return {
        where: entryLabel(index + 1, entry?.date),
        toEntry: () => {
          if (!entry) throw new SkipEntry('it is not an entry');
          return jrnlEntry(entry, occurrence);
        },
      };
    }),
    notes: () => [],
    customMoods: [],
  };
}

function jrnlEntry(entry: Record<string, unknown>, occurrence: (key: string) => number) {
  const day = typeof entry.date === 'string' ? entry.date : '';
  if (!DaySchema.safeParse(day).success) {
    throw new SkipEntry(day ? `its date (“${day.slice(0, 40)}”) is not a real date` : 'it has no date');
  }
  const time = typeof entry.time === 'string' ? entry.time : null;
  const clock = time === null ? null : parseClockTime(time);
  if (time !== null && time !== '' && !clock) {
    throw new SkipEntry(`its time (“${time.slice(0, 20)}”) cannot be read`);
  }
  const createdAt = localWallTime(day, clock?.hours ?? 12, clock?.minutes ?? 0);
  if (!createdAt) throw new SkipEntry('its date cannot be read');
  const title = typeof entry.title === 'string' ? entry.title : '';
  const body = typeof entry.body === 'string' ? entry.body : '';
  if (!title.trim() && !body.trim()) throw new SkipEntry('it has no text');
  // jrnl writes tags with their symbol ("@work"); the word is the tag.
  const tags = stringList(entry.tags).map((tag) => tag.replace(/^[@#]+/, ''));
  if (entry.starred === true) tags.push(STARRED_TAG);
  return importedEntry({
    id: idFromContent('jrnl', [day, time, title, body], occurrence),
    day,
    createdAt,
    title,
    body,
    tags,
  });
}
