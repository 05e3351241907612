/** The journal's filter form: its values as typed, and the API filter they mean (the core applies it). */
import type { EntryFilter } from '../../../../shared/api.ts';
import type { Mood } from '../../../../shared/domain.ts';

export interface FilterForm {
  section: string;
  /** '' for any mood, or '1' to '5'. */
  mood: string;
  tag: string;
  from: string;
  to: string;
}

/** The filter listEntries and searchEntries take (never undefined here). */
export type JournalFilter = NonNullable<EntryFilter>;

export const EMPTY_FILTER_FORM: FilterForm = { section: '', mood: '', tag: '', from: '', to: '' };

/** The API filter for the form; blank fields filter nothing. */
export function filterFromForm(form: FilterForm): JournalFilter {
  const filter: JournalFilter = {};
  if (form.section) filter.section = form.section;
  if (form.mood) filter.mood = Number(form.mood) as Mood;
  if (form.tag.trim()) filter.tag = form.tag.trim();
  if (form.from) filter.from = form.from;
  if (form.to) filter.to = form.to;
  return filter;
}

/** Whether any field of the form narrows the list. */
export function isFiltering(form: FilterForm): boolean {
  return Object.keys(filterFromForm(form)).length > 0;
}
