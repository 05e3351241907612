/**
 * Daylio's CSV export: `full_date,date,weekday,time,mood,activities,note_title,note`. Daylio's five
 * moods (rad, good, meh, bad, awful) are Interlude's 5 to 1. Daylio lets people rename moods and
 * add their own, and the CSV keeps only the name, never the level, so a custom name gets the level
 * the user chose for it (the preview asks) and is otherwise kept as a tag, with no mood guessed.
 */
import Papa from 'papaparse';
import type { ImportReport } from '../../../shared/api.ts';
import { DaySchema, type Mood } from '../../../shared/domain.ts';
import { InterludeError } from '../../../shared/errors.ts';
import { idFromContent, importedEntry, occurrenceCounter, SkipEntry } from '../imported-entry.ts';
import { entryLabel, type FormatReading } from '../format-reading.ts';
import { localWallTime, parseClockTime } from '../zoned-time.ts';

export const DAYLIO_MOODS: Readonly<Record<string, Mood>> = { rad: 5, good: 4, meh: 3, bad: 2, awful: 1 };
const REQUIRED_COLUMNS = ['full_date', 'time', 'mood'] as const;

/** True for text whose first line is Daylio's CSV header. */
export function looksLikeDaylio(text: string): boolean {
  const header = text.slice(0, 300).split(/\r?\n/, 1)[0]?.toLowerCase() ?? '';
  return REQUIRED_COLUMNS.every((column) => header.includes(column));
}

type DaylioRow = Record<string, string | undefined>;

/** Daylio's notes mark line breaks as HTML; the text keeps them as line breaks. */
function noteText(note: string): string {
  return note.replace(/<br\s*\/?>/gi, '\n').replace(/&nbsp;/g, ' ');
}

export function readDaylio(text: string, chosenMoods: Readonly<Record<string, number>> = {}): FormatReading {
  const parsed = Papa.parse<DaylioRow>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim().toLowerCase(),
  });
  const columns = parsed.meta.fields ?? [];
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    throw new InterludeError(
      'INVALID_INPUT',
      `This CSV is not a Daylio export: it has no ${missing.join(', ')} column. Export from Daylio as CSV and choose that file.`,
    );
  }
  const brokenRows = new Map<number, string>();
  for (const error of parsed.errors) {
    if (typeof error.row === 'number') brokenRows.set(error.row, error.message);
  }
  const chosen = new Map(
    Object.entries(chosenMoods)
      .filter(([, mood]) => Number.isInteger(mood) && mood >= 1 && mood <= 5)
      .map(([name, mood]) => [name.trim().toLowerCase(), mood as Mood]),
  );
  const custom = new Map<string, { name: string; count: number; mood: Mood | null }>();
  const occurrence = occurrenceCounter();
  const records = parsed.data.map((row, index) => {
    const moodName = (row.mood ?? '').trim();
    const key = moodName.toLowerCase();
    if (moodName && !(key in DAYLIO_MOODS)) {
      const known = custom.get(key) ?? { name: moodName, count: 0, mood: chosen.get(key) ?? null };
      known.count += 1;
      custom.set(key, known);
    }
    return {
      where: entryLabel(index + 1, row.full_date),
      toEntry: () => {
        const problem = brokenRows.get(index);
        if (problem) throw new SkipEntry(`its line in the file is broken (${problem})`);
        return daylioEntry(row, custom.get(key)?.mood ?? DAYLIO_MOODS[key] ?? null, occurrence);
      },
    };
  });
  const customMoods: ImportReport['customMoods'] = [...custom.values()];
  const unset = customMoods.filter((mood) => mood.mood === null);
  const notes =
    unset.length > 0
      ? [
          `Daylio’s CSV names moods but not their levels, and ${unset.length === 1 ? 'this mood is' : 'these moods are'} not one of Daylio’s five: ${unset.map((m) => `“${m.name}”`).join(', ')}. Choose a level for each before importing; otherwise those entries get no mood and keep the mood’s name as a tag.`,
        ]
      : [];
  return { format: 'daylio', source: 'Daylio', records, notes: () => notes, customMoods };
}

function daylioEntry(row: DaylioRow, mood: Mood | null, occurrence: (key: string) => number) {
  const day = (row.full_date ?? '').trim();
  if (!DaySchema.safeParse(day).success) {
    throw new SkipEntry(day ? `its date (“${day.slice(0, 40)}”) is not a real date` : 'it has no date');
  }
  const clock = parseClockTime(row.time ?? '');
  if (!clock) throw new SkipEntry(`its time (“${(row.time ?? '').slice(0, 20)}”) cannot be read`);
  const createdAt = localWallTime(day, clock.hours, clock.minutes);
  if (!createdAt) throw new SkipEntry('its date cannot be read');
  const moodName = (row.mood ?? '').trim();
  const activities = (row.activities ?? '')
    .split(' | ')
    .map((activity) => activity.trim())
    .filter(Boolean);
  // A custom mood with no level chosen keeps its name, so nothing the user recorded is lost.
  const tags = mood === null && moodName ? [...activities, moodName] : activities;
  const title = row.note_title ?? '';
  const note = noteText(row.note ?? '');
  return importedEntry({
    id: idFromContent(
      'daylio',
      [day, row.time ?? '', moodName, row.activities ?? '', title, row.note ?? ''],
      occurrence,
    ),
    day,
    createdAt,
    title,
    body: note,
    mood,
    tags,
  });
}
