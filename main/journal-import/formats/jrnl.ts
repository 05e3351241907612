/**
 * jrnl's JSON export: `{ tags, entries: [{ title, body, date "YYYY-MM-DD", time "HH:MM", tags,
 * starred }] }`. jrnl stores the writer's local date and time, so the date is the entry's day as is.
 */
import { DaySchema } from '../../../shared/domain.ts';
import { idFromContent, importedEntry, occurrenceCounter, SkipEntry } from '../imported-entry.ts';
import { asObject, entriesLookLike, entryLabel, type FormatReading, stringList } from '../format-reading.ts';
import { localWallTime, parseClockTime } from '../zoned-time.ts';
import { STARRED_TAG } from './dayone.ts';

/** True for parsed JSON that looks like a jrnl export. */
export function looksLikeJrnl(json: unknown): boolean {
  // jrnl's entries have a date and a body or title; Day One's have a creationDate instead.
  const first = asObject((asObject(json)?.entries as unknown[] | undefined)?.[0]);
  return entriesLookLike(json, ['body', 'title'], 'tags') && (!first || 'date' in first);
}

export function readJrnl(json: unknown): FormatReading {
  const entries = (asObject(json)?.entries as unknown[] | undefined) ?? [];
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
  const clock = typeof entry.time === 'string' ? parseClockTime(entry.time) : null;
  if (typeof entry.time === 'string' && entry.time !== '' && !clock) {
    throw new SkipEntry(`its time (“${entry.time.slice(0, 20)}”) cannot be read`);
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
    id: idFromContent('jrnl', [day, entry.time ?? null, title, body], occurrence),
    day,
    createdAt,
    title,
    body,
    tags,
  });
}
