/** How entries read on a terminal. */
import { MOOD_LABELS, type Entry } from '../../../shared/domain.ts';

export function moodWord(mood: Entry['mood']): string {
  return mood === null ? 'no mood' : `${MOOD_LABELS[mood - 1]} (${mood})`;
}

/** One line per entry for `list`: day, mood, id, and the start of the text. */
export function entryLine(entry: Entry): string {
  const firstLine = entry.body.split('\n', 1)[0] ?? '';
  const preview = firstLine.length > 60 ? `${firstLine.slice(0, 59)}…` : firstLine;
  return `${entry.day}  ${moodWord(entry.mood).padEnd(11)}  ${entry.id}  ${preview}`;
}

/** The whole entry for `show` and `search`. */
export function entryBlock(entry: Entry): string {
  const lines = [`${entry.day} · ${moodWord(entry.mood)} · ${entry.id}`];
  if (entry.prompt) lines.push(`Prompt: ${entry.prompt.text}`);
  if (entry.section) lines.push(`Section: ${entry.section}`);
  if (entry.emotions.length > 0) lines.push(`Emotions: ${entry.emotions.join(', ')}`);
  if (entry.tags.length > 0) lines.push(`Tags: ${entry.tags.join(', ')}`);
  lines.push('', entry.body, '');
  return lines.join('\n');
}
