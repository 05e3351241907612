/**
 * The Markdown export: the journal as plain text anyone can read or keep in a notes app, either as
 * one file or as one file per day. Bodies are copied as written (they already are Markdown-lite),
 * except that `<` is backslash-escaped: a Markdown viewer must show typed HTML as text, not run it.
 */
import type { Day, Entry } from '../../shared/domain.ts';
import { moodLabel } from '../../shared/mood-palette.ts';
import { formatDayRange, formatLongDay } from './export-dates.ts';
import { DEFAULT_EXPORT_TITLE, type ExportDocumentInput } from './export-input.ts';

/** A file the caller writes: a name (no folders) and its UTF-8 text. */
export interface ExportFile {
  fileName: string;
  content: string;
}

export type MarkdownLayout = 'single-file' | 'file-per-day';

/**
 * The Markdown files for an export: one `interlude-FROM-to-TO.md`, or one `YYYY-MM-DD.md` per day
 * with entries (none at all when the range has no entries).
 */
export function buildMarkdownExport(input: ExportDocumentInput, layout: MarkdownLayout): ExportFile[] {
  const byDay = groupByDay(input.entries);
  const contactNotes = new Map((input.contacts ?? []).map((contact) => [contact.day, contact.note]));
  if (layout === 'file-per-day') {
    return [...byDay].map(([day, entries]) => ({
      fileName: `${day}.md`,
      content: `${daySection(day, entries, input, contactNotes, 1)}\n`,
    }));
  }
  const title = input.title?.trim() || DEFAULT_EXPORT_TITLE;
  const count = input.entries.length;
  const lines = [
    `# ${markdownLine(title)}`,
    '',
    `${formatDayRange(input.range.from, input.range.to)} · ${count} ${count === 1 ? 'entry' : 'entries'}`,
    '',
  ];
  if (count === 0) lines.push('There are no entries in this range.', '');
  for (const [day, entries] of byDay) lines.push(daySection(day, entries, input, contactNotes, 2), '');
  return [
    {
      fileName: `interlude-${input.range.from}-to-${input.range.to}.md`,
      content: `${lines.join('\n').trimEnd()}\n`,
    },
  ];
}

function groupByDay(entries: readonly Entry[]): Map<Day, Entry[]> {
  const byDay = new Map<Day, Entry[]>();
  for (const entry of entries) byDay.set(entry.day, [...(byDay.get(entry.day) ?? []), entry]);
  return new Map([...byDay].sort(([first], [second]) => (first < second ? -1 : 1)));
}

function daySection(
  day: Day,
  entries: readonly Entry[],
  input: ExportDocumentInput,
  contactNotes: Map<Day, string>,
  level: number,
): string {
  const lines = [`${'#'.repeat(level)} ${formatLongDay(day)}`, ''];
  if (contactNotes.has(day)) {
    const note = contactNotes.get(day)!.trim();
    lines.push(`*Contact with your ex logged${note ? `: ${markdownLine(note)}` : '.'}*`, '');
  }
  for (const entry of entries) lines.push(entrySection(entry, input, level + 1), '');
  return lines.join('\n').trimEnd();
}

function entrySection(entry: Entry, input: ExportDocumentInput, level: number): string {
  const section = entry.section === null ? 'Entry' : (input.sectionTitles[entry.section] ?? entry.section);
  const lines = [`${'#'.repeat(level)} ${markdownLine(section)}`, ''];
  const facts: string[] = [];
  if (entry.mood !== null) facts.push(`- Mood: ${moodLabel(entry.mood)} (${entry.mood} of 5)`);
  if (entry.emotions.length > 0) facts.push(`- Emotions: ${entry.emotions.join(', ')}`);
  if (entry.tags.length > 0) facts.push(`- Tags: ${entry.tags.map(markdownLine).join(', ')}`);
  if (facts.length > 0) lines.push(...facts, '');
  if (input.includePrompts && entry.prompt) lines.push(`> ${markdownLine(entry.prompt.text)}`, '');
  if (entry.body.trim() !== '') lines.push(escapeMarkdownHtml(entry.body.replace(/\r\n?/g, '\n').trim()));
  return lines.join('\n').trimEnd();
}

/** Text for a single Markdown line: line breaks become spaces and HTML is escaped. */
function markdownLine(text: string): string {
  return escapeMarkdownHtml(text.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}

/**
 * Backslash-escapes every `<` so no Markdown viewer treats typed text as HTML or an autolink.
 * Backslashes right before a `<` are doubled first, so the user's own `\<` still shows as typed.
 */
export function escapeMarkdownHtml(text: string): string {
  return text.replace(/(\\*)</g, (_match, backslashes: string) => `${backslashes}${backslashes}\\<`);
}
