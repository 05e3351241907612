/**
 * Daylio's CSV export. Current: `full_date,date,weekday,time,mood,activities,note_title,note`;
 * older (2018 and before): `year,date,weekday,time,mood,activities,note`, the day in words ("18 May"). The
 * header stays English; the day and weekday words, the moods' names and the clock follow the
 * phone's language ("9:05 p. m.", "午後9:05"). Daylio's five moods (rad, good, meh, bad, awful)
 * are Interlude's 5 to 1. Daylio lets people rename moods and add their own, and the CSV keeps
 * only the name, never the level, so a custom name gets the level the user chose for it (the
 * preview asks) and is otherwise kept as a tag, with no mood guessed. Notes are HTML.
 */
import Papa from 'papaparse';
import type { ImportReport } from '../../../shared/api.ts';
import { DaySchema, type Mood } from '../../../shared/domain.ts';
import { InterludeError } from '../../../shared/errors.ts';
import { entryLabel, type FormatReading, unreadableTimes } from '../format-reading.ts';
import { idFromContent, importedEntry, occurrenceCounter, SkipEntry } from '../imported-entry.ts';
import { htmlToText } from '../note-html.ts';
import { localWallTime, parseClockTime } from '../zoned-time.ts';
import { type DaylioRow, rowDay } from './daylio-dates.ts';

const KNOWN_COLUMNS = new Set([
  'full_date',
  'year',
  'date',
  'weekday',
  'time',
  'mood',
  'activities',
  'note_title',
  'note',
  '__parsed_extra',
]);

/** Custom moods named in the note; the preview lists them all. */
const MOODS_NAMED = 12;

/** Daylio's own five moods. A Map, so a mood named "constructor" is a name like any other. */
export const DAYLIO_MOODS: ReadonlyMap<string, Mood> = new Map([
  ['rad', 5],
  ['good', 4],
  ['meh', 3],
  ['bad', 2],
  ['awful', 1],
]);

function headerColumns(text: string): string[] {
  const header = text.slice(0, 400).split(/\r?\n/, 1)[0] ?? '';
  return header
    .toLowerCase()
    .split(/[,;\t]/)
    .map((column) => column.trim().replace(/^"|"$/g, ''));
}

function hasDayColumns(columns: readonly string[]): boolean {
  return columns.includes('full_date') || (columns.includes('year') && columns.includes('date'));
}

/** True for text whose first line is Daylio's CSV header, of either era. */
export function looksLikeDaylio(text: string): boolean {
  const columns = headerColumns(text);
  return hasDayColumns(columns) && columns.includes('time') && columns.includes('mood');
}

export function readDaylio(text: string, chosenMoods: Readonly<Record<string, number>> = {}): FormatReading {
  const parsed = Papa.parse<DaylioRow>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim().toLowerCase(),
  });
  const columns = parsed.meta.fields ?? [];
  const missing = [
    ...(hasDayColumns(columns) ? [] : ['full_date']),
    ...['time', 'mood'].filter((column) => !columns.includes(column)),
  ];
  if (missing.length > 0) {
    throw new InterludeError(
      'INVALID_INPUT',
      `This CSV is not a Daylio export: it has no ${missing.join(', ')} column. Export from Daylio as CSV and choose that file.`,
    );
  }
  // Only a line's count of fields names the right row: papaparse counts quote errors' rows another
  // way (header and blank lines included), which would skip a sound line in place of the broken one.
  const brokenRows = new Map<number, string>();
  let endsInsideNote = false;
  for (const error of parsed.errors) {
    if (error.type === 'FieldMismatch' && typeof error.row === 'number')
      brokenRows.set(error.row, error.message);
    if (error.code === 'MissingQuotes') endsInsideNote = true;
  }
  const chosen = new Map(
    Object.entries(chosenMoods)
      .filter(([, mood]) => Number.isInteger(mood) && mood >= 1 && mood <= 5)
      .map(([name, mood]) => [name.trim().toLowerCase(), mood as Mood]),
  );
  const custom = new Map<string, { name: string; count: number; mood: Mood | null }>();
  const occurrence = occurrenceCounter();
  const times = unreadableTimes();
  const dates = rewrittenDates();
  // A column this reader does not know (a later Daylio's, say) may hold what the user recorded:
  // its values go at the end of the entry's text rather than nowhere.
  const extraColumns = columns.filter((column) => column !== '' && !KNOWN_COLUMNS.has(column));
  const records = parsed.data.map((row, index) => {
    const moodName = (row.mood ?? '').trim();
    const key = moodName.toLowerCase();
    if (moodName && !DAYLIO_MOODS.has(key)) {
      const known = custom.get(key) ?? { name: moodName, count: 0, mood: chosen.get(key) ?? null };
      known.count += 1;
      custom.set(key, known);
    }
    return {
      where: entryLabel(index + 1, rowDay(row).shown),
      toEntry: () => {
        const problem = brokenRows.get(index);
        if (problem) throw new SkipEntry(`its line in the file is broken (${problem})`);
        const mood = custom.get(key)?.mood ?? DAYLIO_MOODS.get(key) ?? null;
        return daylioEntry(row, mood, occurrence, times, dates, extraColumns);
      },
    };
  });
  const customMoods: ImportReport['customMoods'] = [...custom.values()];
  const unset = customMoods.filter((mood) => mood.mood === null);
  const named = unset
    .slice(0, MOODS_NAMED)
    .map((mood) => `“${mood.name.length > 40 ? `${mood.name.slice(0, 40)}…` : mood.name}”`)
    .join(', ');
  const more = unset.length > MOODS_NAMED ? ` and ${unset.length - MOODS_NAMED} more` : '';
  const moodNotes =
    unset.length > 0
      ? [
          `Daylio’s CSV names moods but not their levels, and ${unset.length === 1 ? 'this mood is' : 'these moods are'} not one of Daylio’s five: ${named}${more}. Choose a level for each before importing; otherwise those entries get no mood and keep the mood’s name as a tag.`,
        ]
      : [];
  // A file cut short inside a quoted note still holds the words before the cut: they come in.
  const cutNotes = endsInsideNote
    ? [
        `The file ends in the middle of a note, as if it was cut short: ${records.at(-1)?.where ?? 'the last entry'} may be incomplete. Export again from Daylio to be sure.`,
      ]
    : [];
  const columnNotes =
    extraColumns.length > 0
      ? [
          `This export has ${extraColumns.length === 1 ? 'a column' : 'columns'} Interlude does not know (${extraColumns.map((column) => `“${column.slice(0, 40)}”`).join(', ')}); ${extraColumns.length === 1 ? 'its values are' : 'their values are'} written at the end of each entry’s text, so nothing in ${extraColumns.length === 1 ? 'it' : 'them'} is lost.`,
        ]
      : [];
  return {
    format: 'daylio',
    source: 'Daylio',
    records,
    notes: () => [...moodNotes, ...times.notes(), ...dates.notes(), ...cutNotes, ...columnNotes],
    customMoods,
  };
}

/** Dates a spreadsheet rewrote, read back, for one note with an example the user can check. */
function rewrittenDates() {
  let count = 0;
  let example = '';
  return {
    add(shown: string, day: string) {
      count += 1;
      example ||= `“${shown}” as ${day}`;
    },
    notes(): string[] {
      if (count === 0) return [];
      return [
        `${count === 1 ? 'One date is' : `${count.toLocaleString('en-US')} dates are`} not in the form Daylio writes (YYYY-MM-DD), as when a spreadsheet re-saves the file; Interlude read ${count === 1 ? 'it' : 'them'} back (${example}), telling day from month by the date Daylio wrote in words beside ${count === 1 ? 'it' : 'them'} where needed. Check a few days in the preview.`,
      ];
    },
  };
}

function daylioEntry(
  row: DaylioRow,
  mood: Mood | null,
  occurrence: (key: string) => number,
  times: ReturnType<typeof unreadableTimes>,
  dates: ReturnType<typeof rewrittenDates>,
  extraColumns: readonly string[],
) {
  const { day, shown, rewritten } = rowDay(row);
  if (!DaySchema.safeParse(day).success) {
    if (!shown) throw new SkipEntry('it has no date');
    const quoted = `its date (“${shown.slice(0, 40)}”)`;
    if (row.full_date === undefined && !day) {
      throw new SkipEntry(
        `${quoted} cannot be read: this older export gives the day in words. Export again from a current Daylio, whose file has a full_date column`,
      );
    }
    if (!day && !/^\d{4}-\d{2}-\d{2}$/.test(shown)) {
      throw new SkipEntry(
        `${quoted} is not in the form Daylio writes (YYYY-MM-DD), as when a spreadsheet re-saves the file, and its day and month cannot be told apart. Export again from Daylio and import that file unchanged`,
      );
    }
    throw new SkipEntry(`${quoted} is not a real date`);
  }
  if (rewritten) dates.add(shown, day);
  const time = (row.time ?? '').trim();
  const clock = parseClockTime(time);
  // The day is what a journal is filed by; a clock written in an unknown way costs only the hour.
  if (!clock && time) times.add(time);
  const createdAt = localWallTime(day, clock?.hours ?? 12, clock?.minutes ?? 0);
  if (!createdAt) throw new SkipEntry('its date cannot be read');
  const moodName = (row.mood ?? '').trim();
  const activities = (row.activities ?? '')
    .split(' | ')
    .map((activity) => activity.trim())
    .filter(Boolean);
  // A custom mood with no level chosen keeps its name, so nothing the user recorded is lost.
  const tags = mood === null && moodName ? [...activities, moodName] : activities;
  return importedEntry({
    id: idFromContent(
      'daylio',
      [day, row.time ?? '', moodName, row.activities ?? '', row.note_title ?? '', row.note ?? ''],
      occurrence,
    ),
    day,
    createdAt,
    title: htmlToText(row.note_title ?? ''),
    body: [
      htmlToText(row.note ?? ''),
      ...extraColumns.flatMap((column) => (row[column]?.trim() ? [`${column}: ${row[column].trim()}`] : [])),
    ]
      .filter(Boolean)
      .join('\n\n'),
    mood,
    tags,
  });
}
