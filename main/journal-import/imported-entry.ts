/**
 * One imported entry, built the same way whatever app it came from: a stable id from the source,
 * the day the writer saw, and the text kept whole. Anything that does not fit Interlude's fields
 * (a tag too long, too many tags) is written into the body rather than dropped.
 */
import { createHash } from 'node:crypto';
import { type Entry, EntrySchema, type Mood } from '../../shared/domain.ts';
import { uniqueTags } from '../journal/entry-records.ts';

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

/** Validates and builds the entry; throws SkipEntry with a plain reason when it cannot be kept. */
export function importedEntry(fields: ImportedEntryFields): Entry {
  if (Number.isNaN(fields.createdAt.getTime())) throw new SkipEntry('its date cannot be read');
  const tags = uniqueTags((fields.tags ?? []).map((tag) => tag.trim()).filter(Boolean));
  const fitting = tags.filter((tag) => tag.length <= TAG_MAX).slice(0, TAGS_MAX);
  const leftOver = tags.filter((tag) => !fitting.includes(tag));
  // Windows line endings (a CSV saved on Windows) become the plain new lines the editor writes.
  const title = fields.title?.replace(/\r\n?/g, '\n').trim();
  const parts = [
    title ? `**${title}**` : '',
    fields.body.replace(/\r\n?/g, '\n').trim(),
    leftOver.length ? `Tags: ${leftOver.join(', ')}` : '',
  ];
  const body = parts.filter(Boolean).join('\n\n');
  const createdAt = fields.createdAt.toISOString();
  const updated = fields.updatedAt && !Number.isNaN(fields.updatedAt.getTime()) ? fields.updatedAt : null;
  const parsed = EntrySchema.safeParse({
    id: fields.id,
    day: fields.day,
    createdAt,
    updatedAt: updated && updated >= fields.createdAt ? updated.toISOString() : createdAt,
    body,
    mood: fields.mood ?? null,
    emotions: [],
    tags: fitting,
    section: null,
    prompt: null,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path[0];
    if (field === 'body')
      throw new SkipEntry('its text is longer than Interlude’s limit of 200,000 characters');
    if (field === 'day') throw new SkipEntry(`its date (${fields.day}) is outside the years Interlude keeps`);
    throw new SkipEntry(`it cannot be read (${String(field ?? 'entry')}: ${issue?.message ?? 'not valid'})`);
  }
  return parsed.data;
}
