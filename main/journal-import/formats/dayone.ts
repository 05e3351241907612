/**
 * Day One's JSON export: `{ metadata, entries: [{ uuid, creationDate, modifiedDate, timeZone, text,
 * tags, starred, photos, … }] }`, one file per journal. Dates are UTC instants; the day comes from
 * the entry's own time zone.
 */
import { InterludeError } from '../../../shared/errors.ts';
import { idFromContent, importedEntry, occurrenceCounter, SkipEntry } from '../imported-entry.ts';
import {
  asObject,
  entriesLookLike,
  entryLabel,
  type FormatReading,
  type ImportRecord,
  stringList,
} from '../format-reading.ts';
import type { ImportTextFile } from '../read-import-file.ts';
import { dayInTimeZone, isKnownTimeZone, localDayOf } from '../zoned-time.ts';

/** The tag a starred (favourite) Day One entry gets: Interlude has no star of its own. */
export const STARRED_TAG = 'starred';

const MEDIA_LINK = /!\[[^\]\n]*\]\(dayone-moment:\/*(video|audio|pdf)?[^)\n]*\)/gi;
// Day One writes Markdown and escapes punctuation that Markdown would read as markup.
const MARKDOWN_ESCAPE = /\\([\\`*_{}[\]()#+\-.!|>~<=:"'&$%^@,;?/])/g;

/** Day One's Markdown as the text the writer typed: media as "[photo]", no backslash escapes. */
export function dayOneText(text: string): string {
  return text
    .replace(MEDIA_LINK, (_link, kind: string | undefined) => `[${kind ? kind.toLowerCase() : 'photo'}]`)
    .replace(MARKDOWN_ESCAPE, '$1');
}

/** True for parsed JSON that looks like a Day One journal. */
export function looksLikeDayOne(json: unknown): boolean {
  return entriesLookLike(json, ['uuid', 'creationDate'], 'metadata');
}

interface DayOneJournal {
  name: string;
  entries: unknown[];
}

function journalName(fileName: string): string {
  const base = fileName.split('/').pop() ?? fileName;
  return base.replace(/\.json$/i, '');
}

export function parseDayOneFiles(files: ImportTextFile[]): DayOneJournal[] {
  return files.map((file) => {
    let json: unknown;
    try {
      json = JSON.parse(file.text);
    } catch (cause) {
      throw new InterludeError(
        'INVALID_INPUT',
        `“${journalName(file.name)}” in this export is not valid JSON. Export the journal from Day One again.`,
        { cause },
      );
    }
    if (!looksLikeDayOne(json)) {
      throw new InterludeError(
        'INVALID_INPUT',
        `“${journalName(file.name)}” is not a Day One journal (it has no list of entries). Export from Day One as JSON.`,
      );
    }
    return { name: journalName(file.name), entries: (json as { entries: unknown[] }).entries };
  });
}

/** Day One journals (one per JSON file) as records to import. */
export function readDayOne(journals: DayOneJournal[]): FormatReading {
  const notes: string[] = [];
  const unknownZones = new Set<string>();
  const several = journals.length > 1;
  if (several) {
    notes.push(
      `The export holds ${journals.length} journals (${journals.map((j) => j.name).join(', ')}); each entry is tagged with its journal’s name.`,
    );
  }
  const records: ImportRecord[] = [];
  const occurrence = occurrenceCounter();
  let position = 0;
  for (const journal of journals) {
    for (const raw of journal.entries) {
      position += 1;
      const entry = asObject(raw);
      const at = position;
      records.push({
        where: entryLabel(
          at,
          typeof entry?.creationDate === 'string' ? entry.creationDate.slice(0, 10) : undefined,
        ),
        toEntry: () => {
          if (!entry) throw new SkipEntry('it is not an entry');
          return dayOneEntry(entry, several ? journal.name : null, occurrence, unknownZones);
        },
      });
    }
  }
  const zoneNote = () =>
    `Some entries name a time zone this computer does not know (${[...unknownZones].slice(0, 5).join(', ')}); their days were read in this computer’s time zone.`;
  return {
    format: 'dayone',
    source: 'Day One',
    records,
    notes: () => (unknownZones.size === 0 ? notes : [...notes, zoneNote()]),
    customMoods: [],
  };
}

function dayOneEntry(
  entry: Record<string, unknown>,
  journal: string | null,
  occurrence: (key: string) => number,
  unknownZones: Set<string>,
) {
  const created = typeof entry.creationDate === 'string' ? new Date(entry.creationDate) : null;
  if (!created || Number.isNaN(created.getTime())) {
    throw new SkipEntry(
      typeof entry.creationDate === 'string'
        ? `its date (“${entry.creationDate.slice(0, 40)}”) cannot be read`
        : 'it has no date',
    );
  }
  const zone = typeof entry.timeZone === 'string' ? entry.timeZone : null;
  let day = zone ? dayInTimeZone(created, zone) : null;
  if (!day) {
    if (zone && !isKnownTimeZone(zone)) unknownZones.add(zone.slice(0, 60));
    day = localDayOf(created);
  }
  const photos = Array.isArray(entry.photos) ? entry.photos.length : 0;
  let body: string;
  if (typeof entry.text === 'string' && entry.text.trim() !== '') body = dayOneText(entry.text);
  else if (photos > 0) body = Array.from({ length: photos }, () => '[photo]').join(' ');
  else throw new SkipEntry('it has no text');
  const tags = stringList(entry.tags);
  if (entry.starred === true) tags.push(STARRED_TAG);
  if (journal) tags.push(journal);
  const uuid = typeof entry.uuid === 'string' && /^[0-9A-Za-z-]{8,40}$/.test(entry.uuid) ? entry.uuid : null;
  const modified = typeof entry.modifiedDate === 'string' ? new Date(entry.modifiedDate) : null;
  return importedEntry({
    id: uuid
      ? `dayone-${uuid.toLowerCase()}`
      : idFromContent('dayone', [entry.creationDate, body], occurrence),
    day,
    createdAt: created,
    updatedAt: modified,
    body,
    tags,
  });
}
