/**
 * The trash: a deleted entry keeps its place in the document with `deletedAt` set, for 30 days,
 * so a slip of the hand is never final. Only emptying the trash (or the 30 days running out)
 * removes it; with sync, that removal is the moment an entry becomes a tombstone.
 */
import type { TrashedEntry } from '../../shared/api.ts';
import { addDays, dayOf } from '../../shared/dates.ts';
import type { Entry } from '../../shared/domain.ts';
import { InterludeError } from '../../shared/errors.ts';

export const TRASH_KEEP_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export function isTrashed(entry: Entry): boolean {
  return entry.deletedAt !== undefined;
}

/** The entries not in the trash: everything the journal shows, searches, charts and exports. */
export function liveEntries(entries: readonly Entry[]): Entry[] {
  return entries.filter((entry) => !isTrashed(entry));
}

/**
 * True once an entry has been in the trash for the full 30 days. Measured in elapsed time, not
 * calendar days, so a clock moved back never removes anything early.
 */
export function hasExpired(entry: Entry, now: Date): boolean {
  if (entry.deletedAt === undefined) return false;
  return now.getTime() - Date.parse(entry.deletedAt) >= TRASH_KEEP_DAYS * DAY_MS;
}

/** The entries without those whose 30 days in the trash are over. */
export function withoutExpired(entries: readonly Entry[], now: Date): Entry[] {
  return entries.filter((entry) => !hasExpired(entry, now));
}

/** Moves one live entry to the trash. */
export function moveToTrash(entries: readonly Entry[], id: string, now: Date): Entry[] {
  const index = entries.findIndex((entry) => entry.id === id && !isTrashed(entry));
  if (index < 0) {
    throw new InterludeError('NOT_FOUND', 'That entry no longer exists. It may have been deleted already.');
  }
  const next = entries.slice();
  next[index] = { ...entries[index]!, deletedAt: now.toISOString() };
  return next;
}

/** Takes one entry out of the trash, exactly as it was. */
export function restoreFromTrash(entries: readonly Entry[], id: string): { entries: Entry[]; entry: Entry } {
  const index = entries.findIndex((entry) => entry.id === id && isTrashed(entry));
  if (index < 0) {
    throw new InterludeError(
      'NOT_FOUND',
      'That entry is not in the trash any more. It may have been restored or removed for good.',
    );
  }
  const { deletedAt: _removed, ...entry } = entries[index]!;
  const next = entries.slice();
  next[index] = entry;
  return { entries: next, entry };
}

/** Removes trashed entries for good: the given ones, or the whole trash. */
export function purgeTrash(
  entries: readonly Entry[],
  ids?: readonly string[],
): { entries: Entry[]; removedIds: string[] } {
  const chosen = ids ? new Set(ids) : null;
  const removedIds: string[] = [];
  const kept = entries.filter((entry) => {
    const remove = isTrashed(entry) && (chosen === null || chosen.has(entry.id));
    if (remove) removedIds.push(entry.id);
    return !remove;
  });
  if (chosen && removedIds.length === 0) {
    throw new InterludeError('NOT_FOUND', 'That entry is not in the trash any more.');
  }
  return { entries: kept, removedIds };
}

/** What the Trash view lists: most recently deleted first, each with the day it will be removed. */
export function trashListing(entries: readonly Entry[]): TrashedEntry[] {
  return entries
    .filter(isTrashed)
    .map((entry) => ({
      entry,
      deletedAt: entry.deletedAt!,
      removedOn: addDays(dayOf(new Date(entry.deletedAt!)), TRASH_KEEP_DAYS),
    }))
    .sort((a, b) => (a.deletedAt < b.deletedAt ? 1 : a.deletedAt > b.deletedAt ? -1 : 0));
}
