/**
 * One imported entry, built the same way whatever app it came from: a stable id from the source,
 * the day the writer saw, and the text kept whole. Anything that does not fit Interlude's fields
 * (a tag too long, too many tags, a text over the limit) is written into the body or split into
 * parts rather than dropped, and the report says so.
 */
import { createHash } from 'node:crypto';
import { BODY_MAX, type Entry, EntrySchema, type Mood } from '../../shared/domain.ts';
import { uniqueTags } from '../journal/entry-records.ts';
import { plainLabel } from './format-reading.ts';
import { splitLongText } from './split-long-text.ts';

/** Thrown while converting one entry: that entry is skipped with this reason, the rest go on. */
export class SkipEntry extends Error {}

const TAG_MAX = 40;
const TAGS_MAX = 30;

export interface ImportedEntryFields {
  id: string;
  day: string;
  createdAt: Date;
  updatedAt?: Date | null;
  /** Shown as a bold first line above the text. */
  title?: string | null;
  body: string;
  mood?: Mood | null;
  tags?: string[];
  /**
   * True when the id is the source's own (Day One's uuid), the same for every version of the entry;
   * false when it comes from the content, so that a changed entry already has a new one.
   */
  idFromSource?: boolean;
}

/** Counts repeats of the same content, so two identical entries of one file stay two entries. */
export function occurrenceCounter(): (key: string) => number {
  const seen = new Map<string, number>();
  return (key) => {
    const count = seen.get(key) ?? 0;
    seen.set(key, count + 1);
    return count;
  };
}

/**
 * A stable id for an entry of a source without ids: the same entry of the same file always gets
 * the same one, so importing the file again adds nothing twice. Identical entries are told apart
 * by how many came before them.
 */
export function idFromContent(
  prefix: string,
  parts: readonly unknown[],
  occurrence: (key: string) => number,
): string {
  const hash = createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
  const repeat = occurrence(hash);
  return repeat === 0 ? `${prefix}-${hash}` : `${prefix}-${hash}-${repeat}`;
}

/** What one entry of another app becomes. */
export interface ImportedEntry {
  /** One entry, or several consecutive ones when its text is longer than one entry may hold. */
  parts: Entry[];
  /** Tags that do not fit Interlude's (too long, or too many), written at the end of the text. */
  tagsInText: string[];
  /** See ImportedEntryFields.idFromSource. */
  idFromSource: boolean;
}

/**
 * The entry as a later version of one imported before, when its id is the source's own and the
 * source changed it since (other text, a later change): new ids, made from its text, so it comes
 * in beside the earlier copy, never over it, and only once. Null when it is no later version.
 */
export function laterVersion(
  imported: ImportedEntry,
  known: { body: string; updatedAt: string } | undefined,
): ImportedEntry | null {
  const [first] = imported.parts;
  if (!imported.idFromSource || !first || !known || known.body === first.body) return null;
  if (Date.parse(first.updatedAt) <= Date.parse(known.updatedAt)) return null;
  const text = imported.parts.map((part) => part.body).join('\n');
  const version = `${first.id}-${createHash('sha256').update(text).digest('hex').slice(0, 8)}`;
  const parts = imported.parts.map((part) => ({ ...part, id: version + part.id.slice(first.id.length) }));
  return { ...imported, parts };
}

/**
 * Validates and builds the entry; throws SkipEntry with a plain reason when it cannot be kept.
 * Nothing is cut: a text over the limit is split into parts, tags that do not fit go into the text.
 */
export function importedEntry(fields: ImportedEntryFields): ImportedEntry {
  if (Number.isNaN(fields.createdAt.getTime())) throw new SkipEntry('its date cannot be read');
  const tags = uniqueTags((fields.tags ?? []).map(plainLabel).filter(Boolean));
  const fitting = tags.filter((tag) => tag.length <= TAG_MAX).slice(0, TAGS_MAX);
  const leftOver = tags.filter((tag) => !fitting.includes(tag));
  // Windows line endings (a CSV saved on Windows) become the plain new lines the editor writes.
  const title = fields.title?.replace(/\r\n?/g, '\n').trim();
  const text = [
    title ? `**${title}**` : '',
    // Blank lines around the text go; a first line's indentation (a poem's, say) stays.
    fields.body
      .replace(/\r\n?/g, '\n')
      .replace(/^(?:[ \t]*\n)+/, '')
      .trimEnd(),
    leftOver.length ? `Tags: ${leftOver.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
  const updated = fields.updatedAt && !Number.isNaN(fields.updatedAt.getTime()) ? fields.updatedAt : null;
  const parts = splitLongText(text, BODY_MAX).map((body, index) => {
    // Parts follow each other by a millisecond, so they list in order on their day.
    const created = new Date(fields.createdAt.getTime() + index);
    return validEntry({
      id: index === 0 ? fields.id : `${fields.id}-part${index + 1}`,
      day: fields.day,
      createdAt: created.toISOString(),
      updatedAt: (updated && updated >= created ? updated : created).toISOString(),
      body,
      mood: index === 0 ? (fields.mood ?? null) : null,
      emotions: [],
      tags: fitting,
      section: null,
      prompt: null,
    });
  });
  return { parts, tagsInText: leftOver, idFromSource: fields.idFromSource === true };
}

function validEntry(candidate: Entry): Entry {
  const parsed = EntrySchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path[0];
  if (field === 'day')
    throw new SkipEntry(`its date (${candidate.day}) is outside the years Interlude keeps`);
  throw new SkipEntry(`it cannot be read (${String(field ?? 'entry')}: ${issue?.message ?? 'not valid'})`);
}
