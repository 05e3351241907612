/**
 * Day One's JSON export: `{ metadata, entries: [{ uuid, creationDate, modifiedDate, timeZone, text,
 * richText, tags, starred, photos, videos, audios, pdfAttachments, location, weather, … }] }`, one
 * file per journal. Dates are UTC instants; the day comes from the entry's own time zone. `text` is
 * Markdown with media as `![](dayone-moment://ID)` (`dayone-moment:/video/ID`, `/audio/`,
 * `/pdfAttachment/`); an entry may have no `text` at all, only `richText` (Day One's own JSON of
 * the same words) or only media.
 */
import { InterludeError } from '../../../shared/errors.ts';
import { idFromContent, importedEntry, occurrenceCounter, SkipEntry } from '../imported-entry.ts';
import {
  asObject,
  entriesLookLike,
  firstEntry,
  entryLabel,
  type FormatReading,
  type ImportRecord,
  plainLabel,
  stringList,
} from '../format-reading.ts';
import type { ImportTextFile } from '../read-import-file.ts';
import { dayInTimeZone, isKnownTimeZone, localDayOf, parseInstant } from '../zoned-time.ts';

/** The tag a starred (favourite) Day One entry gets: Interlude has no star of its own. */
export const STARRED_TAG = 'starred';

// Every repetition is bounded and the parts cannot trade characters, so a hostile text ("![" a
// hundred thousand times, or a run of slashes) is read in linear time, not for minutes.
const MEDIA_LINK =
  /!\[([^\]\n]{0,500})\]\(dayone-moment:\/{0,2}(?:(video|audio|pdf|photo)[A-Za-z]{0,20}\/)?[^)\s/]{0,200}\)/gi;
/** The word each kind of Day One media is shown by, in the order an entry without text lists them. */
const MEDIA_KINDS = [
  ['photos', 'photo'],
  ['videos', 'video'],
  ['audios', 'audio'],
  ['pdfAttachments', 'pdf'],
] as const;
// Day One writes Markdown and escapes punctuation that Markdown would read as markup.
const MARKDOWN_ESCAPE = /\\([\\`*_{}[\]()#+\-.!|>~<=:"'&$%^@,;?/])/g;

/** Day One's Markdown as the text the writer typed: media as "[photo]" (with its caption), no backslash escapes. */
export function dayOneText(text: string): string {
  return text
    .replace(MEDIA_LINK, (_link, caption: string, kind: string | undefined) => {
      const word = kind ? kind.toLowerCase() : 'photo';
      return caption.trim() ? `[${word}: ${caption.trim()}]` : `[${word}]`;
    })
    .replace(MARKDOWN_ESCAPE, '$1');
}

/**
 * The words of Day One's `richText` (a JSON string: `{ contents: [{ text }, { embeddedObjects }] }`),
 * for an entry exported without `text`; media as "[photo]". Empty when it holds none.
 */
function richTextWords(richText: unknown): string {
  if (typeof richText !== 'string') return '';
  let contents: unknown;
  try {
    contents = asObject(JSON.parse(richText))?.contents;
  } catch {
    return '';
  }
  if (!Array.isArray(contents)) return '';
  let words = '';
  for (const part of contents) {
    const piece = asObject(part);
    if (typeof piece?.text === 'string') words += piece.text;
    for (const embedded of Array.isArray(piece?.embeddedObjects) ? piece.embeddedObjects : []) {
      const type = String(asObject(embedded)?.type ?? '').toLowerCase();
      const kind = MEDIA_KINDS.find(([, word]) => type.startsWith(word))?.[1];
      if (kind) words += `[${kind}]\n`;
    }
  }
  return words;
}

/** "[photo] [photo] [video]" for an entry that is only media. */
function mediaPlaceholders(entry: Record<string, unknown>): string {
  return MEDIA_KINDS.flatMap(([field, word]) => {
    const list = entry[field];
    return Array.isArray(list) ? list.map(() => `[${word}]`) : [];
  }).join(' ');
}

/** True for parsed JSON that looks like a Day One journal. */
export function looksLikeDayOne(json: unknown): boolean {
  if (!entriesLookLike(json, ['uuid', 'creationDate'], 'metadata')) return false;
  // jrnl's export of a journal kept in Day One carries each entry's uuid too, beside jrnl's `body`.
  const first = firstEntry((json as { entries: unknown[] }).entries);
  return !first || 'creationDate' in first || !('body' in first);
}

interface DayOneJournal {
  name: string;
  entries: unknown[];
}

/**
 * The journal's name from its file's name inside the zip, shown in the report and used as a tag:
 * no folders (whatever the slashes), no control or direction characters a hostile zip could carry.
 */
function journalName(fileName: string): string {
  const base = fileName.split(/[/\\]/).pop() ?? fileName;
  return plainLabel(base.replace(/\.json$/i, '')) || 'Journal';
}

/** Why one JSON file of the export cannot be read as a journal, and what to do; null when it can. */
function journalProblem(name: string, json: unknown): { reason: string; leftOut: string } | null {
  if (json === undefined) {
    return {
      reason: `“${name}” is damaged or incomplete (it is not valid JSON)`,
      leftOut:
        'so it was left out; the other journals came in. Export that journal from Day One again to bring it too.',
    };
  }
  if (!looksLikeDayOne(json)) {
    return {
      reason: `“${name}” is not a Day One journal (it has no list of entries)`,
      leftOut: 'so it was left out.',
    };
  }
  return null;
}

/**
 * The journals of the export's JSON files. A file that is not a readable journal is left out and
 * named in a note, so one damaged journal (or a JSON file a later Day One adds beside them) does
 * not keep the others out; when none can be read, the import stops with the first reason.
 */
export function parseDayOneFiles(files: ImportTextFile[]): { journals: DayOneJournal[]; leftOut: string[] } {
  const journals: DayOneJournal[] = [];
  const problems: { reason: string; leftOut: string }[] = [];
  for (const file of files) {
    const name = journalName(file.name);
    let json: unknown;
    try {
      json = JSON.parse(file.text);
    } catch {
      json = undefined;
    }
    const problem = journalProblem(name, json);
    if (problem) problems.push(problem);
    else journals.push({ name, entries: (json as { entries: unknown[] }).entries });
  }
  if (journals.length === 0) {
    throw new InterludeError(
      'INVALID_INPUT',
      `${problems[0]?.reason ?? 'This export holds no journal'}. Export the journal from Day One again, as JSON, and import the zip it makes.`,
    );
  }
  return { journals, leftOut: problems.map((problem) => `${problem.reason}, ${problem.leftOut}`) };
}

/** Day One journals (one per JSON file) as records to import. */
export function readDayOne({ journals, leftOut }: ReturnType<typeof parseDayOneFiles>): FormatReading {
  const notes: string[] = [...leftOut];
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
  const created = typeof entry.creationDate === 'string' ? parseInstant(entry.creationDate) : null;
  if (!created) {
    if (typeof entry.creationDate !== 'string') throw new SkipEntry('it has no date');
    const shown = entry.creationDate.slice(0, 40);
    throw new SkipEntry(
      /^\d{4}-\d{2}-\d{2}/.test(shown)
        ? `its date (“${shown}”) is not a real date`
        : `its date (“${shown}”) cannot be read`,
    );
  }
  const zone = typeof entry.timeZone === 'string' ? entry.timeZone : null;
  let day = zone ? dayInTimeZone(created, zone) : null;
  if (!day) {
    if (zone && !isKnownTimeZone(zone)) unknownZones.add(zone.slice(0, 60));
    day = localDayOf(created);
  }
  // Text first; then the same words from richText; then the media, so a photo-only day still comes in.
  const text = typeof entry.text === 'string' && entry.text.trim() !== '' ? entry.text : '';
  const body = text ? dayOneText(text) : richTextWords(entry.richText).trim() || mediaPlaceholders(entry);
  if (!body) throw new SkipEntry('it has no text');
  const tags = stringList(entry.tags);
  if (entry.starred === true) tags.push(STARRED_TAG);
  if (journal) tags.push(journal);
  const uuid = typeof entry.uuid === 'string' && /^[0-9A-Za-z-]{8,40}$/.test(entry.uuid) ? entry.uuid : null;
  const modified = typeof entry.modifiedDate === 'string' ? parseInstant(entry.modifiedDate) : null;
  return importedEntry({
    id: uuid
      ? `dayone-${uuid.toLowerCase()}`
      : idFromContent('dayone', [entry.creationDate, body], occurrence),
    idFromSource: uuid !== null,
    day,
    createdAt: created,
    updatedAt: modified,
    body,
    tags,
  });
}
