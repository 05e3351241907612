import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { PromptOfDay } from '../../../../shared/api.ts';
import { dayOf, formatDayLong } from '../../../../shared/dates.ts';
import type { Draft, Entry } from '../../../../shared/domain.ts';
import { ApiFailure, call, messageOf } from '../../api-client.ts';
import { useBeforeLock, useSession } from '../../app/session.ts';
import type { ScreenProps, WriteRequest } from '../../navigation.ts';
import { Button } from '../../ui/Button.tsx';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { TodayCareCard } from '../../components/care-card/TodayCareCard.tsx';
import { timeLabel } from '../../components/day-labels/day-labels.ts';
import { EmotionChips } from './EmotionChips.tsx';
import {
  addTags,
  blankForm,
  type EntryForm,
  entryChangesOf,
  entryInputOf,
  excerpt,
  formFromDraft,
  formFromEntry,
  hasContent,
  saveProblem,
} from './entry-form.ts';
import { MoodPicker } from './MoodPicker.tsx';
import { PromptCard } from './PromptCard.tsx';
import { SavedConfirmation } from './SavedConfirmation.tsx';
import { SpaceProgress } from './SpaceProgress.tsx';
import { TagsInput } from './TagsInput.tsx';
import { draftWritesSettled, useDraftAutosave } from './use-draft-autosave.ts';
import { useFocusOnce } from '../../ui/use-focus-once.ts';
import { wordCountLabel } from './word-count.ts';
import './today.css';

export interface TodayScreenProps extends ScreenProps {
  /** A prompt chosen elsewhere (Guide) or an entry to edit (Journal); null for today's page. */
  request?: WriteRequest | null;
  /** Put the cursor in the editor when it appears (the first page after unlocking). */
  focusEditor?: boolean;
}

type Loaded =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; editing: Entry | null; restored: Draft | null }
  | { status: 'conflict'; draft: Draft; incoming: EntryForm; editing: Entry | null };

/** Decides what the page shows: the saved draft, the request, or a blank page for today. */
function decidePage(
  request: WriteRequest | null,
  draft: Draft | null,
  editing: Entry | null,
  prompt: PromptOfDay | null,
  today: string,
): { form: EntryForm; loaded: Loaded } {
  const draftHasContent = draft !== null && hasContent(draft);
  if (request?.kind === 'edit' && editing) {
    if (draft && draft.entryId === editing.id) {
      return { form: formFromDraft(draft), loaded: { status: 'ready', editing, restored: draft } };
    }
    const incoming = formFromEntry(editing);
    if (draft && draftHasContent)
      return { form: incoming, loaded: { status: 'conflict', draft, incoming, editing } };
    return { form: incoming, loaded: { status: 'ready', editing, restored: null } };
  }
  if (request?.kind === 'prompt') {
    const incoming: EntryForm = {
      ...blankForm(today, null),
      section: request.sectionId,
      prompt: request.prompt,
    };
    if (draft && draftHasContent) {
      const samePrompt = !draft.entryId && draft.prompt?.promptId === request.prompt.promptId;
      if (samePrompt)
        return { form: formFromDraft(draft), loaded: { status: 'ready', editing: null, restored: draft } };
      return { form: incoming, loaded: { status: 'conflict', draft, incoming, editing: null } };
    }
    return { form: incoming, loaded: { status: 'ready', editing: null, restored: null } };
  }
  if (draft && draftHasContent) {
    return { form: formFromDraft(draft), loaded: { status: 'ready', editing: null, restored: draft } };
  }
  return { form: blankForm(today, prompt), loaded: { status: 'ready', editing: null, restored: null } };
}

/**
 * Today's page: where the user stands in the space period, today's prompt, the writing area
 * (its draft saves itself), mood, emotions, tags, and Save. Also the page for editing an entry.
 */
export function TodayScreen({ navigate, request = null, focusEditor = false }: TodayScreenProps) {
  const session = useSession();
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  useFocusOnce(bodyRef, focusEditor);
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [promptOfDay, setPromptOfDay] = useState<PromptOfDay | null>(null);
  const [form, setForm] = useState<EntryForm | null>(null);
  const [pendingTag, setPendingTag] = useState('');
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState('');
  const [saved, setSaved] = useState<{
    entry: Pick<Entry, 'day'>;
    wasEdit: boolean;
    conflict?: string;
  } | null>(null);
  const [confirmDiscard, setConfirmDiscard] = useState<'conflict' | 'edit' | null>(null);
  const [reloadCount, setReloadCount] = useState(0);
  const autosave = useDraftAutosave(session.lockedElsewhere);
  const bodyId = useId();
  const today = promptOfDay?.space.today ?? dayOf(new Date());

  useBeforeLock(autosave.flush);

  // biome-ignore lint/correctness/useExhaustiveDependencies: loads once per mount and per "write another"; the request never changes within a mount (the shell remounts the page for a new one).
  useEffect(() => {
    let active = true;
    setLoaded({ status: 'loading' });
    (async () => {
      // The prompt is a nicety: if it cannot be had, the page still opens for writing.
      const promptPromise = call('todayPrompt', { offset: 0 }).catch(() => null);
      const editingPromise = request?.kind === 'edit' ? call('getEntry', { id: request.entryId }) : null;
      await draftWritesSettled();
      const [prompt, draft, editing] = await Promise.all([promptPromise, call('getDraft'), editingPromise]);
      if (!active) return;
      const page = decidePage(request, draft, editing, prompt, prompt?.space.today ?? dayOf(new Date()));
      setPromptOfDay(prompt);
      setForm(page.form);
      setLoaded(page.loaded);
    })().catch((error: unknown) => {
      if (!active) return;
      if (error instanceof ApiFailure && error.code === 'LOCKED') session.lockedElsewhere();
      else setLoaded({ status: 'failed', message: messageOf(error) });
    });
    return () => {
      active = false;
    };
  }, [reloadCount]);

  function update(changes: Partial<EntryForm>) {
    // While an entry is being saved the form is what is being saved: a change now would be in
    // neither the entry nor the draft (which is discarded once the entry is safe).
    if (!form || saving) return;
    const next = { ...form, ...changes };
    setForm(next);
    setSaveError('');
    autosave.changed(next);
  }

  async function anotherPrompt() {
    if (!promptOfDay || !form) return;
    const offset = promptOfDay.candidates > 0 ? (promptOfDay.offset + 1) % promptOfDay.candidates : 0;
    try {
      const next = await call('todayPrompt', { offset });
      setPromptOfDay(next);
      update({
        section: next.section.id,
        prompt: { packId: next.pack.id, promptId: next.prompt.id, text: next.prompt.text },
      });
    } catch (error) {
      setSaveError(messageOf(error));
    }
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!form || saving) return;
    const complete = pendingTag.trim() ? { ...form, tags: addTags(form.tags, pendingTag) } : form;
    const problem = saveProblem(complete);
    if (problem) {
      setSaveError(problem);
      return;
    }
    setSaving(true);
    setSaveError('');
    try {
      // The draft must be on disk before the entry is written, and gone after.
      await autosave.flush();
      const entry = complete.entryId
        ? await call('updateEntry', { id: complete.entryId, changes: entryChangesOf(complete) })
        : await call('createEntry', entryInputOf(complete));
      await autosave.discard().catch(() => autosave.discard());
      setPendingTag('');
      setSaved({ entry, wasEdit: complete.entryId !== null });
    } catch (error) {
      if (error instanceof ApiFailure && error.code === 'CHANGED_ON_DISK') {
        // The entry is safe, in a copy beside the file another device changed (the message says
        // where). Saving again would only add it twice, so this counts as saved, with the warning.
        await autosave.discard().catch(() => undefined);
        setPendingTag('');
        setSaved({ entry: complete, wasEdit: complete.entryId !== null, conflict: error.message });
        return;
      }
      if (error instanceof ApiFailure && error.code === 'LOCKED') session.lockedElsewhere();
      setSaveError(messageOf(error));
    } finally {
      setSaving(false);
    }
  }

  async function resolveConflict(choice: 'continue' | 'save-draft' | 'discard') {
    if (loaded.status !== 'conflict') return;
    try {
      if (choice === 'continue') {
        setForm(formFromDraft(loaded.draft));
      } else {
        if (choice === 'save-draft') {
          const draftForm = formFromDraft(loaded.draft);
          if (draftForm.entryId) {
            await call('updateEntry', { id: draftForm.entryId, changes: entryChangesOf(draftForm) });
          } else {
            await call('createEntry', entryInputOf(draftForm));
          }
        }
        await autosave.discard();
        setForm(loaded.incoming);
      }
      const keepsDraft = choice === 'continue';
      const editing = keepsDraft ? null : loaded.editing;
      setLoaded({ status: 'ready', editing, restored: keepsDraft ? loaded.draft : null });
      setConfirmDiscard(null);
    } catch (error) {
      setSaveError(messageOf(error));
      setConfirmDiscard(null);
    }
  }

  async function cancelEdit() {
    setConfirmDiscard(null);
    await autosave.discard().catch(() => {});
    navigate('journal');
  }

  if (loaded.status === 'loading' || (loaded.status !== 'failed' && !form)) {
    return <p className="screen-loading">Opening today’s page…</p>;
  }
  if (loaded.status === 'failed' || !form) {
    return (
      <div className="stack">
        <PageHeading>Today</PageHeading>
        <Notice
          tone="error"
          actions={<Button onClick={() => setReloadCount((count) => count + 1)}>Try again</Button>}
        >
          {loaded.status === 'failed' ? loaded.message : ''}
        </Notice>
      </div>
    );
  }

  if (saved) {
    return (
      <SavedConfirmation
        entry={saved.entry}
        wasEdit={saved.wasEdit}
        conflict={saved.conflict}
        space={promptOfDay?.space ?? null}
        navigate={navigate}
        // A fresh page for today, whatever this one was opened for (a Guide prompt, an edit).
        onWriteAnother={() => navigate('today')}
      />
    );
  }

  const editing = loaded.status === 'ready' ? loaded.editing : null;
  const conflict = loaded.status === 'conflict' ? loaded : null;
  const isEdit = form.entryId !== null;
  const promptIsOfTheDay = promptOfDay !== null && form.prompt?.promptId === promptOfDay.prompt.id;

  return (
    <div className="today stack">
      <header className="today-header">
        <PageHeading>{isEdit ? 'Edit entry' : 'Today'}</PageHeading>
        {/* The day the entry will be filed under: a draft started before midnight keeps its own day. */}
        <p className="muted today-date">{formatDayLong(form.day)}</p>
        {!isEdit && form.day !== today ? (
          <p className="muted">
            This writing was started on an earlier day and will be saved under it.{' '}
            <Button size="small" variant="quiet" onClick={() => update({ day: today })}>
              Save it under today instead
            </Button>
          </p>
        ) : null}
        {promptOfDay && !isEdit ? <SpaceProgress space={promptOfDay.space} /> : null}
      </header>

      {!isEdit ? <TodayCareCard /> : null}

      {conflict ? (
        <Notice
          tone="warning"
          title="You have unsaved writing"
          actions={
            <>
              <Button variant="primary" onClick={() => void resolveConflict('continue')}>
                Continue that draft
              </Button>
              <Button onClick={() => void resolveConflict('save-draft')}>Save it as an entry first</Button>
              <Button variant="quiet" onClick={() => setConfirmDiscard('conflict')}>
                Discard it
              </Button>
            </>
          }
        >
          <p>
            From {formatDayLong(conflict.draft.day)}
            {conflict.draft.body.trim() ? `: “${excerpt(conflict.draft.body)}”` : '.'} What would you like to
            do with it before you go on?
          </p>
        </Notice>
      ) : null}

      {loaded.status === 'ready' && loaded.restored ? (
        <Notice tone="info">
          <p>Your unsaved writing is back, just as you left it.</p>
        </Notice>
      ) : null}

      {!conflict ? (
        <>
          <PromptCard
            form={form}
            promptOfDay={promptOfDay}
            promptIsOfTheDay={promptIsOfTheDay}
            readOnly={isEdit}
            onAnotherPrompt={() => void anotherPrompt()}
            onWithoutPrompt={() => update({ prompt: null, section: null })}
            onUsePromptOfDay={() =>
              promptOfDay &&
              update({
                section: promptOfDay.section.id,
                prompt: {
                  packId: promptOfDay.pack.id,
                  promptId: promptOfDay.prompt.id,
                  text: promptOfDay.prompt.text,
                },
              })
            }
          />

          <form className="stack entry-form" onSubmit={save} noValidate>
            <div className="field">
              <label className="field-label" htmlFor={bodyId}>
                Your entry
              </label>
              <textarea
                id={bodyId}
                className="entry-body"
                rows={12}
                value={form.body}
                placeholder="Write whatever comes. Nobody else will read it."
                readOnly={saving}
                ref={bodyRef}
                aria-describedby={`${bodyId}-count`}
                onChange={(event) => update({ body: event.target.value })}
              />
              <span className="word-count" id={`${bodyId}-count`}>
                {wordCountLabel(form.body)}
              </span>
            </div>
            <MoodPicker mood={form.mood} onChange={(mood) => update({ mood })} />
            <EmotionChips emotions={form.emotions} onChange={(emotions) => update({ emotions })} />
            <TagsInput
              tags={form.tags}
              pending={pendingTag}
              onPendingChange={setPendingTag}
              onChange={(tags) => update({ tags })}
            />
            {saveError ? <Notice tone="error">{saveError}</Notice> : null}
            {autosave.status === 'failed' ? (
              <Notice tone="error" title="Your draft could not be saved">
                <p>
                  {autosave.failure} Your words are still on this page; Interlude keeps trying each time you
                  type.
                </p>
              </Notice>
            ) : null}
            <div className="entry-actions">
              <Button type="submit" variant="primary" busy={saving}>
                Save entry
              </Button>
              {isEdit ? (
                <Button variant="quiet" onClick={() => setConfirmDiscard('edit')} disabled={saving}>
                  Cancel editing
                </Button>
              ) : null}
              <DraftStatus status={autosave.status} savedAt={autosave.savedAt} />
            </div>
          </form>
        </>
      ) : null}

      {confirmDiscard === 'conflict' ? (
        <ConfirmDialog
          title="Discard this draft?"
          confirmLabel="Discard"
          tone="danger"
          onConfirm={() => void resolveConflict('discard')}
          onCancel={() => setConfirmDiscard(null)}
        >
          <p>The unsaved writing is deleted for good. This cannot be undone.</p>
        </ConfirmDialog>
      ) : null}
      {confirmDiscard === 'edit' ? (
        <ConfirmDialog
          title="Stop editing?"
          confirmLabel="Discard changes"
          tone="danger"
          cancelLabel="Keep editing"
          onConfirm={() => void cancelEdit()}
          onCancel={() => setConfirmDiscard(null)}
        >
          <p>
            {editing
              ? `The entry from ${formatDayLong(editing.day)} stays as it was saved; the changes you made here are dropped.`
              : 'The changes you made here are dropped.'}
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

function DraftStatus({ status, savedAt }: { status: string; savedAt: string | null }) {
  if (status === 'saving') return <span className="draft-status">Saving draft…</span>;
  if (status === 'saved' && savedAt) {
    return <span className="draft-status">Draft saved at {timeLabel(savedAt)}</span>;
  }
  return <span className="draft-status" />;
}
