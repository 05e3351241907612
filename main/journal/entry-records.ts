/** Pure operations on entry records: creating, changing and ordering them. */
import type { ApiParsedArg } from '../../shared/api.ts';
import type { Entry, EntryChanges, EntryInputSchema } from '../../shared/domain.ts';
import type { z } from 'zod';

type ParsedEntryInput = z.output<typeof EntryInputSchema>;
export type ParsedEntryFilter = ApiParsedArg<'listEntries'>['filter'];

/** A new entry from validated input. Emotions and tags are de-duplicated, keeping first spellings. */
export function newEntry(input: ParsedEntryInput, id: string, now: Date): Entry {
  const stamp = now.toISOString();
  return {
    ...input,
    emotions: [...new Set(input.emotions)],
    tags: uniqueTags(input.tags),
    id,
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** The entry with only the given fields changed. */
export function changedEntry(entry: Entry, changes: EntryChanges, now: Date): Entry {
  const next: Entry = { ...entry, ...definedOnly(changes), updatedAt: now.toISOString() };
  next.emotions = [...new Set(next.emotions)];
  next.tags = uniqueTags(next.tags);
  return next;
}

/** The fields of a patch that are set: `undefined` means "leave as it is", not "clear". */
export function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Tags compare case-insensitively ("Sleep" and "sleep" are one tag); the first spelling wins. */
export function uniqueTags(tags: string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const tag of tags.map((t) => t.trim())) {
    const key = tag.toLocaleLowerCase();
    if (tag && !seen.has(key)) {
      seen.add(key);
      result.push(tag);
    }
  }
  return result;
}

type EntryKey = Pick<Entry, 'day' | 'createdAt' | 'id'>;

/** Newest day first; within a day, the latest written first. */
export function compareEntriesNewestFirst(a: EntryKey, b: EntryKey): number {
  if (a.day !== b.day) return a.day < b.day ? 1 : -1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id === b.id ? 0 : a.id < b.id ? 1 : -1;
}
