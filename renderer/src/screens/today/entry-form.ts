/** The writing form's value and the rules that turn it into a draft, an entry, or a change. */
import type { PromptOfDay } from '../../../../shared/api.ts';
import type { Draft, DraftInput, Emotion, Entry, EntryInput, Mood } from '../../../../shared/domain.ts';

/** What is on the writing page: exactly what a draft holds. */
export type EntryForm = DraftInput;

/** A blank page for `day`, answering the prompt of the day when there is one. */
export function blankForm(day: string, prompt: PromptOfDay | null): EntryForm {
  return {
    day,
    body: '',
    mood: null,
    emotions: [],
    tags: [],
    section: prompt ? prompt.section.id : null,
    prompt: prompt ? { packId: prompt.pack.id, promptId: prompt.prompt.id, text: prompt.prompt.text } : null,
    entryId: null,
  };
}

/** The page for editing an entry. */
export function formFromEntry(entry: Entry): EntryForm {
  return {
    day: entry.day,
    body: entry.body,
    mood: entry.mood,
    emotions: [...entry.emotions],
    tags: [...entry.tags],
    section: entry.section,
    prompt: entry.prompt,
    entryId: entry.id,
  };
}

/** The page as a saved draft left it. */
export function formFromDraft(draft: Draft): EntryForm {
  const { savedAt: _savedAt, ...form } = draft;
  return form;
}

/** True when the page holds something the user made (words, a mood, emotions or tags). */
export function hasContent(form: Pick<EntryForm, 'body' | 'mood' | 'emotions' | 'tags'>): boolean {
  return (
    form.body.trim().length > 0 || form.mood !== null || form.emotions.length > 0 || form.tags.length > 0
  );
}

/** Why the page cannot be saved yet, or null when it can. */
export function saveProblem(form: EntryForm): string | null {
  if (form.body.trim().length === 0 && form.mood === null) return 'Write something or choose a mood first.';
  return null;
}

/** A new entry from the page. */
export function entryInputOf(form: EntryForm): EntryInput {
  return {
    day: form.day,
    body: form.body,
    mood: form.mood,
    emotions: form.emotions,
    tags: form.tags,
    section: form.section,
    prompt: form.prompt,
  };
}

/** The changes an edit makes (the day and the prompt an entry answered stay as they were). */
export function entryChangesOf(
  form: EntryForm,
): Pick<EntryInput, 'day' | 'body' | 'mood' | 'emotions' | 'tags'> {
  return { day: form.day, body: form.body, mood: form.mood, emotions: form.emotions, tags: form.tags };
}

/** Adds or removes an emotion, keeping the vocabulary's order. */
export function toggleEmotion(
  emotions: readonly Emotion[],
  emotion: Emotion,
  order: readonly Emotion[],
): Emotion[] {
  const next = new Set(emotions);
  if (next.has(emotion)) next.delete(emotion);
  else next.add(emotion);
  return order.filter((candidate) => next.has(candidate));
}

/** Splits typed text into tags: commas separate them, spaces are trimmed, repeats and empties dropped. */
export function addTags(existing: readonly string[], typed: string): string[] {
  const seen = new Set(existing.map((tag) => tag.toLowerCase()));
  const result = [...existing];
  for (const raw of typed.split(',')) {
    const tag = raw.trim().replace(/^#/, '').slice(0, 40);
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    result.push(tag);
  }
  return result.slice(0, 30);
}

/** A short quotation of the page's text for notices ("You have unsaved writing: …"). */
export function excerpt(body: string, length = 80): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`;
}

export function isMood(value: number): value is Mood {
  return Number.isInteger(value) && value >= 1 && value <= 5;
}
