/**
 * The writing page's state and the named steps between its modes: writing, settling a draft left
 * from before (conflict), and saved. Loading is not a mode here: the page starts once the queries
 * for the draft, the entry being edited and today's prompt have answered (TodayScreen).
 */
import type { PromptOfDay } from '../../../../shared/api.ts';
import type { Draft, Entry } from '../../../../shared/domain.ts';
import type { WriteRequest } from '../../navigation.ts';
import { blankForm, type EntryForm, formFromDraft, formFromEntry, hasContent } from './entry-form.ts';

interface Common {
  form: EntryForm;
  /** The entry being edited, as saved. */
  editing: Entry | null;
  promptOfDay: PromptOfDay | null;
  /** A tag typed but not yet added (Enter or comma adds it; saving adds it too). */
  pendingTag: string;
  error: string;
}

export type TodayPage =
  | { mode: 'starting' }
  | (Common & {
      mode: 'writing';
      /** The draft the page was restored from, to say so. */
      restored: Draft | null;
      saving: boolean;
      confirmingCancel: boolean;
    })
  | (Common & { mode: 'conflict'; draft: Draft; confirmingDiscard: boolean })
  | { mode: 'saved'; day: string; wasEdit: boolean; conflict?: string; promptOfDay: PromptOfDay | null };

export type TodayAction =
  | {
      type: 'opened';
      request: WriteRequest | null;
      draft: Draft | null;
      editing: Entry | null;
      promptOfDay: PromptOfDay | null;
      today: string;
    }
  | { type: 'edited'; changes: Partial<EntryForm> }
  | { type: 'pendingTagTyped'; text: string }
  | { type: 'promptChanged'; promptOfDay: PromptOfDay }
  | { type: 'failed'; message: string }
  | { type: 'saveStarted'; form: EntryForm }
  | { type: 'saved'; day: string; wasEdit: boolean; conflict?: string }
  | { type: 'draftKept' }
  | { type: 'draftSetAside' }
  | { type: 'discardAsked' }
  | { type: 'discardDismissed' };

export const STARTING: TodayPage = { mode: 'starting' };

/** What the page opens on: the saved draft, the request, or a blank page for today. */
function opened(action: Extract<TodayAction, { type: 'opened' }>): TodayPage {
  const { request, draft, editing, promptOfDay, today } = action;
  const common = { editing, promptOfDay, pendingTag: '', error: '' };
  const writing = (form: EntryForm, restored: Draft | null): TodayPage => ({
    ...common,
    mode: 'writing',
    form,
    restored,
    saving: false,
    confirmingCancel: false,
  });
  const conflict = (incoming: EntryForm, pending: Draft): TodayPage => ({
    ...common,
    mode: 'conflict',
    form: incoming,
    draft: pending,
    confirmingDiscard: false,
  });
  const draftHasContent = draft !== null && hasContent(draft);
  if (request?.kind === 'edit' && editing) {
    if (draft && draft.entryId === editing.id) return writing(formFromDraft(draft), draft);
    return draft && draftHasContent
      ? conflict(formFromEntry(editing), draft)
      : writing(formFromEntry(editing), null);
  }
  if (request?.kind === 'prompt') {
    const incoming: EntryForm = {
      ...blankForm(today, null),
      section: request.sectionId,
      prompt: request.prompt,
    };
    if (!draft || !draftHasContent) return writing(incoming, null);
    const samePrompt = !draft.entryId && draft.prompt?.promptId === request.prompt.promptId;
    return samePrompt ? writing(formFromDraft(draft), draft) : conflict(incoming, draft);
  }
  if (draft && draftHasContent) return writing(formFromDraft(draft), draft);
  return writing(blankForm(today, promptOfDay), null);
}

export function todayPage(page: TodayPage, action: TodayAction): TodayPage {
  if (action.type === 'opened') return page.mode === 'starting' ? opened(action) : page;
  if (page.mode === 'starting' || page.mode === 'saved') return page;
  switch (action.type) {
    case 'edited':
      // While an entry is being saved the form is what is being saved: a change now would be in
      // neither the entry nor the draft (which the save removes).
      if (page.mode === 'writing' && page.saving) return page;
      return { ...page, form: { ...page.form, ...action.changes }, error: '' };
    case 'pendingTagTyped':
      return { ...page, pendingTag: action.text };
    case 'promptChanged':
      return { ...page, promptOfDay: action.promptOfDay };
    case 'failed':
      return page.mode === 'writing'
        ? { ...page, error: action.message, saving: false }
        : { ...page, error: action.message, confirmingDiscard: false };
    case 'saveStarted':
      return page.mode === 'writing' ? { ...page, form: action.form, saving: true, error: '' } : page;
    case 'saved':
      return {
        mode: 'saved',
        day: action.day,
        wasEdit: action.wasEdit,
        conflict: action.conflict,
        promptOfDay: page.promptOfDay,
      };
    case 'draftKept':
      return page.mode === 'conflict'
        ? {
            ...page,
            mode: 'writing',
            form: formFromDraft(page.draft),
            editing: null,
            restored: page.draft,
            saving: false,
            confirmingCancel: false,
          }
        : page;
    case 'draftSetAside':
      return page.mode === 'conflict'
        ? { ...page, mode: 'writing', restored: null, saving: false, confirmingCancel: false }
        : page;
    case 'discardAsked':
      return page.mode === 'writing'
        ? { ...page, confirmingCancel: true }
        : { ...page, confirmingDiscard: true };
    case 'discardDismissed':
      return page.mode === 'writing'
        ? { ...page, confirmingCancel: false }
        : { ...page, confirmingDiscard: false };
  }
}
