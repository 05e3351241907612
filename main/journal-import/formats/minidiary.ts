/**
 * Mini Diary's JSON export: `{ metadata, entries: { "YYYY-MM-DD": { title, text, dateUpdated } } }`,
 * one entry per day. The key is the writer's own day; there is no time of writing, so the entry
 * takes its last change when that was on the same day, and noon otherwise.
 */
import { DaySchema } from '../../../shared/domain.ts';
import { idFromContent, importedEntry, occurrenceCounter, SkipEntry } from '../imported-entry.ts';
import { asObject, entryLabel, type FormatReading } from '../format-reading.ts';
import { localDayOf, localWallTime } from '../zoned-time.ts';

/** True for parsed JSON that looks like a Mini Diary export. */
export function looksLikeMiniDiary(json: unknown): boolean {
  const object = asObject(json);
  return Boolean(
    object && asObject(object.entries) && ('metadata' in object || Object.keys(object).length === 1),
  );
}

export function readMiniDiary(json: unknown): FormatReading {
  const entries = asObject(asObject(json)?.entries) ?? {};
  const occurrence = occurrenceCounter();
  return {
    format: 'minidiary',
    source: 'Mini Diary',
    records: Object.entries(entries).map(([day, raw], index) => ({
      where: entryLabel(index + 1, day),
      toEntry: () => {
        const entry = asObject(raw);
        if (!entry) throw new SkipEntry('it is not an entry');
        return miniDiaryEntry(day, entry, occurrence);
      },
    })),
    notes: () => [],
    customMoods: [],
  };
}

function miniDiaryEntry(day: string, entry: Record<string, unknown>, occurrence: (key: string) => number) {
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
    body: text,
  });
}
