/**
 * Mini Diary's JSON export: `{ metadata, entries: { "YYYY-MM-DD": { title, text, dateUpdated } } }`,
 * one entry per day, text in Markdown. Mini Diarium, its successor, also writes a list:
 * `{ metadata: { application: "Mini Diarium" }, entries: [{ id, date, title, text (HTML), tags,
 * dateUpdated }] }`, several entries a day allowed. The date is the writer's own day; there is no
 * time of writing, so the entry takes its last change when that was on the same day, and noon otherwise.
 */
import { DaySchema } from '../../../shared/domain.ts';
import { asObject, entryLabel, type FormatReading, firstEntry, stringList } from '../format-reading.ts';
import { idFromContent, importedEntry, occurrenceCounter, SkipEntry } from '../imported-entry.ts';
import { htmlToText, looksLikeHtml } from '../note-html.ts';
import { localDayOf, localWallTime } from '../zoned-time.ts';

/** Mini Diarium's list of entries: each has a `date` and a `text`, and no jrnl `body`. */
function isEntryList(entries: unknown): entries is unknown[] {
  if (!Array.isArray(entries)) return false;
  const first = firstEntry(entries);
  return entries.length === 0 || Boolean(first && 'date' in first && 'text' in first && !('body' in first));
}

/** True for parsed JSON that looks like a Mini Diary (or Mini Diarium) export. */
export function looksLikeMiniDiary(json: unknown): boolean {
  const object = asObject(json);
  if (!object) return false;
  if (asObject(object.entries)) return 'metadata' in object || Object.keys(object).length === 1;
  return isEntryList(object.entries) && 'metadata' in object;
}

function sourceName(json: unknown): string {
  const application = asObject(asObject(json)?.metadata)?.application;
  return application === 'Mini Diarium' ? 'Mini Diarium' : 'Mini Diary';
}

export function readMiniDiary(json: unknown): FormatReading {
  const entries = asObject(json)?.entries;
  // Each entry with the day it is filed under: the key of Mini Diary's map, or a list entry's `date`.
  const filed: [unknown, unknown][] = isEntryList(entries)
    ? entries.map((raw) => [asObject(raw)?.date, raw])
    : Object.entries(asObject(entries) ?? {});
  const occurrence = occurrenceCounter();
  return {
    format: 'minidiary',
    source: sourceName(json),
    records: filed.map(([day, raw], index) => ({
      where: entryLabel(index + 1, day),
      toEntry: () => {
        const entry = asObject(raw);
        if (!entry) throw new SkipEntry('it is not an entry');
        return miniDiaryEntry(typeof day === 'string' ? day : '', entry, occurrence);
      },
    })),
    notes: () => [],
    customMoods: [],
  };
}

function miniDiaryEntry(day: string, entry: Record<string, unknown>, occurrence: (key: string) => number) {
  if (!day) throw new SkipEntry('it has no date');
  if (!DaySchema.safeParse(day).success)
    throw new SkipEntry(`its date (“${day.slice(0, 40)}”) is not a real date`);
  const title = typeof entry.title === 'string' ? entry.title : '';
  const text = typeof entry.text === 'string' ? entry.text : '';
  if (!title.trim() && !text.trim()) throw new SkipEntry('it has no text');
  const updated = typeof entry.dateUpdated === 'string' ? new Date(entry.dateUpdated) : null;
  const updatedValid = updated && !Number.isNaN(updated.getTime()) ? updated : null;
  const createdAt =
    updatedValid && localDayOf(updatedValid) === day ? updatedValid : localWallTime(day, 12, 0);
  if (!createdAt) throw new SkipEntry('its date cannot be read');
  return importedEntry({
    id: idFromContent('minidiary', [day, title, text], occurrence),
    day,
    createdAt,
    updatedAt: updatedValid,
    title,
    body: looksLikeHtml(text) ? htmlToText(text) : text,
    tags: stringList(entry.tags),
  });
}
