/** What the journal's list shows of an entry: a summary small enough to send thousands of. */
import { EXCERPT_MAX_LENGTH, type EntrySummary } from '../../shared/api.ts';
import type { Entry } from '../../shared/domain.ts';

/** How much text an excerpt keeps before the first match, so the match reads in its context. */
const CONTEXT_BEFORE_MATCH = 60;
const WORD = /\S+/g;

/** The entry's summary; its excerpt starts near `focus` (an offset in the body), or at the start. */
export function entrySummary(entry: Entry, focus = 0): EntrySummary {
  const offset = excerptStart(entry.body, focus);
  return {
    id: entry.id,
    day: entry.day,
    createdAt: entry.createdAt,
    mood: entry.mood,
    emotions: entry.emotions,
    tags: entry.tags,
    section: entry.section,
    prompt: entry.prompt ? clip(entry.prompt.text, 0) : null,
    excerpt: clip(entry.body, offset),
    excerptOffset: offset,
    bodyLength: entry.body.length,
    wordCount: entry.body.match(WORD)?.length ?? 0,
    ...(entry.conflict ? { otherVersionOf: entry.conflict.of } : {}),
  };
}

/** Where an excerpt meant to show `focus` starts: at a word's start a little before it. */
function excerptStart(body: string, focus: number): number {
  if (focus <= CONTEXT_BEFORE_MATCH) return 0;
  let start = focus - CONTEXT_BEFORE_MATCH;
  const space = body.indexOf(' ', start);
  if (space !== -1 && space < focus) start = space + 1;
  return isLowSurrogate(body.charCodeAt(start)) ? start - 1 : start;
}

/** At most EXCERPT_MAX_LENGTH characters of `text` from `start`, never splitting a surrogate pair. */
function clip(text: string, start: number): string {
  let end = Math.min(text.length, start + EXCERPT_MAX_LENGTH);
  if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end -= 1;
  return text.slice(start, end);
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
