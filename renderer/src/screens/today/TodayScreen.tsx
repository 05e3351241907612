import { type FormEvent, useEffect, useId, useReducer, useRef } from 'react';
import { longDayLabel, timeLabel } from '../../../../shared/day-labels.ts';
import { dayOf } from '../../../../shared/dates.ts';
import { ApiFailure, messageOf } from '../../api-client.ts';
import { useBeforeLock } from '../../app/session.ts';
import { useCoreCall, useCoreMutation, useCoreQuery } from '../../data/core-query.ts';
import { LoadFailure } from '../../data/LoadFailure.tsx';
import type { ScreenProps, WriteRequest } from '../../navigation.ts';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/Field.tsx';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { TodayCareCard } from '../../components/care-card/TodayCareCard.tsx';
import { TodayMemories } from './TodayMemories.tsx';
import { EmotionChips } from './EmotionChips.tsx';
import {
  addTags,
  type EntryForm,
  entryChangesOf,
  entryInputOf,
  excerpt,
  formFromDraft,
  saveProblem,
} from './entry-form.ts';
import { MoodPicker } from './MoodPicker.tsx';
import { PromptCard } from './PromptCard.tsx';
import { SavedConfirmation } from './SavedConfirmation.tsx';
import { SpaceProgress } from './SpaceProgress.tsx';
import { TagsInput } from './TagsInput.tsx';
import { STARTING, todayPage } from './today-page.ts';
import { useDraftAutosave, useDraftOnDisk } from './use-draft-autosave.ts';
import { BackupProblemNotice } from '../../components/backup-problem/BackupProblemNotice.tsx';
import { useFocusOnce } from '../../ui/use-focus-once.ts';
import { wordCountLabel } from './word-count.ts';
import './today.css';

export interface TodayScreenProps extends ScreenProps {
  /** A prompt chosen elsewhere (Guide) or an entry to edit (Journal); null for today's page. */
  request?: WriteRequest | null;
  /** Put the cursor in the editor when it appears (the first page after unlocking). */
  focusEditor?: boolean;
}

/**
 * Today's page: where the user stands in the space period, today's prompt, the writing area
 * (its draft saves itself), mood, emotions, tags, and Save. Also the page for editing an entry.
 */
export function TodayScreen({ navigate, write, request = null, focusEditor = false }: TodayScreenProps) {
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  useFocusOnce(bodyRef, focusEditor);
  const [page, dispatch] = useReducer(todayPage, STARTING);
  const autosave = useDraftAutosave();
  const call = useCoreCall();
  const createEntry = useCoreMutation('createEntry');
  const updateEntry = useCoreMutation('updateEntry');
  const bodyId = useId();
  const draft = useDraftOnDisk();
  const editId = request?.kind === 'edit' ? request.entryId : null;
  const edited = useCoreQuery('getEntry', { id: editId ?? '' }, { enabled: editId !== null });
  // The prompt is a nicety: if it cannot be had, the page still opens for writing.
  const firstPrompt = useCoreQuery('todayPrompt', { offset: 0 });

  useBeforeLock(autosave.flush);

  const ready =
    draft.isFetchedAfterMount &&
    draft.isSuccess &&
    (editId === null || edited.isSuccess) &&
    (firstPrompt.isSuccess || firstPrompt.isError);
  useEffect(() => {
    if (!ready) return;
    const promptOfDay = firstPrompt.data ?? null;
    dispatch({
      type: 'opened',
      request,
      draft: draft.data ?? null,
      editing: edited.data ?? null,
      promptOfDay,
      today: promptOfDay?.space.today ?? dayOf(new Date()),
    });
  }, [ready, request, draft.data, edited.data, firstPrompt.data]);

  const loadFailure = draft.error ?? (editId !== null ? edited.error : null);
  if (page.mode === 'starting') {
    if (loadFailure) {
      return (
        <div className="stack">
          <PageHeading>Today</PageHeading>
          <LoadFailure
            error={loadFailure}
            onRetry={() => {
              void draft.refetch();
              if (editId !== null) void edited.refetch();
            }}
          />
        </div>
      );
    }
    return <p className="screen-loading">Opening today’s page…</p>;
  }

  if (page.mode === 'saved') {
    return (
      <SavedConfirmation
        entry={{ day: page.day }}
        wasEdit={page.wasEdit}
        conflict={page.conflict}
        space={page.promptOfDay?.space ?? null}
        navigate={navigate}
        // A fresh page for today, whatever this one was opened for (a Guide prompt, an edit).
        onWriteAnother={() => navigate('today')}
      />
    );
  }

  const { form, promptOfDay } = page;
  const saving = page.mode === 'writing' && page.saving;
  const today = promptOfDay?.space.today ?? dayOf(new Date());

  function update(changes: Partial<EntryForm>) {
    if (page.mode === 'starting' || page.mode === 'saved' || saving) return;
    dispatch({ type: 'edited', changes });
    autosave.changed({ ...page.form, ...changes });
  }

  async function anotherPrompt() {
    if (!promptOfDay) return;
    const offset = promptOfDay.candidates > 0 ? (promptOfDay.offset + 1) % promptOfDay.candidates : 0;
    try {
      const next = await call('todayPrompt', { offset });
      dispatch({ type: 'promptChanged', promptOfDay: next });
      update({
        section: next.section.id,
        prompt: { packId: next.pack.id, promptId: next.prompt.id, text: next.prompt.text },
      });
    } catch (error) {
      dispatch({ type: 'failed', message: messageOf(error) });
    }
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (page.mode !== 'writing' || saving) return;
    const complete = page.pendingTag.trim() ? { ...form, tags: addTags(form.tags, page.pendingTag) } : form;
    const problem = saveProblem(complete);
    if (problem) {
      dispatch({ type: 'failed', message: problem });
      return;
    }
    dispatch({ type: 'saveStarted', form: complete });
    const wasEdit = complete.entryId !== null;
    try {
      // The draft must be on disk before the entry is written: if the save fails, nothing typed
      // is lost. Saving the entry removes the draft in the same write.
      await autosave.flush();
      const entry = complete.entryId
        ? await updateEntry.mutateAsync({ id: complete.entryId, changes: entryChangesOf(complete) })
        : await createEntry.mutateAsync(entryInputOf(complete));
      autosave.forget();
      dispatch({ type: 'saved', day: entry.day, wasEdit });
    } catch (error) {
      if (error instanceof ApiFailure && error.code === 'KEY_CHANGED_ELSEWHERE') {
        // Another device locked the file with a new passphrase, so it could not be merged: the
        // entry is safe in a copy beside it (the message says where). Saving again would only add
        // it twice, so this counts as saved, with the warning. (A merely changed file is merged.)
        autosave.forget();
        dispatch({ type: 'saved', day: complete.day, wasEdit, conflict: error.message });
        return;
      }
      dispatch({ type: 'failed', message: messageOf(error) });
    }
  }

  async function resolveConflict(choice: 'continue' | 'save-draft' | 'discard') {
    if (page.mode !== 'conflict') return;
    try {
      if (choice === 'continue') {
        dispatch({ type: 'draftKept' });
        return;
      }
      if (choice === 'save-draft') {
        const draftForm = formFromDraft(page.draft);
        if (draftForm.entryId) {
          await updateEntry.mutateAsync({ id: draftForm.entryId, changes: entryChangesOf(draftForm) });
        } else {
          await createEntry.mutateAsync(entryInputOf(draftForm));
        }
      }
      await autosave.discard();
      dispatch({ type: 'draftSetAside' });
    } catch (error) {
      dispatch({ type: 'failed', message: messageOf(error) });
    }
  }

  async function cancelEdit() {
    dispatch({ type: 'discardDismissed' });
    await autosave.discard().catch(() => {});
    navigate('journal');
  }

  const { editing, error: saveError, pendingTag } = page;
  const conflict = page.mode === 'conflict' ? page : null;
  const isEdit = form.entryId !== null;
  const promptIsOfTheDay = promptOfDay !== null && form.prompt?.promptId === promptOfDay.prompt.id;

  return (
    <div className="today stack">
      <header className="today-header">
        <PageHeading>{isEdit ? 'Edit entry' : 'Today'}</PageHeading>
        {/* The day the entry will be filed under: a draft started before midnight keeps its own day. */}
        <p className="muted today-date">{longDayLabel(form.day)}</p>
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
      {isEdit ? null : <BackupProblemNotice />}

      {!isEdit ? <TodayCareCard /> : null}
      {!isEdit ? <TodayMemories write={write} onWriteAnother={() => bodyRef.current?.focus()} /> : null}

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
              <Button variant="quiet" onClick={() => dispatch({ type: 'discardAsked' })}>
                Discard it
              </Button>
            </>
          }
        >
          <p>
            From {longDayLabel(conflict.draft.day)}
            {conflict.draft.body.trim() ? `: “${excerpt(conflict.draft.body)}”` : '.'} What would you like to
            do with it before you go on?
          </p>
        </Notice>
      ) : null}

      {page.mode === 'writing' && page.restored ? (
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
            <TextField
              label={isEdit ? 'Day of this entry' : 'Write for another day'}
              hint="The day the entry is filed under. Pick an earlier day to catch up on one you missed."
              type="date"
              className="entry-day"
              value={form.day}
              max={today}
              onChange={(event) => {
                if (event.target.value) update({ day: event.target.value });
              }}
            />
            <MoodPicker mood={form.mood} onChange={(mood) => update({ mood })} />
            <EmotionChips emotions={form.emotions} onChange={(emotions) => update({ emotions })} />
            <TagsInput
              tags={form.tags}
              pending={pendingTag}
              onPendingChange={(text) => dispatch({ type: 'pendingTagTyped', text })}
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
                <Button variant="quiet" onClick={() => dispatch({ type: 'discardAsked' })} disabled={saving}>
                  Cancel editing
                </Button>
              ) : null}
              <DraftStatus status={autosave.status} savedAt={autosave.savedAt} />
            </div>
          </form>
        </>
      ) : null}

      {page.mode === 'conflict' && page.confirmingDiscard ? (
        <ConfirmDialog
          title="Discard this draft?"
          confirmLabel="Discard"
          tone="danger"
          onConfirm={() => void resolveConflict('discard')}
          onCancel={() => dispatch({ type: 'discardDismissed' })}
        >
          <p>The unsaved writing is deleted for good. This cannot be undone.</p>
        </ConfirmDialog>
      ) : null}
      {page.mode === 'writing' && page.confirmingCancel ? (
        <ConfirmDialog
          title="Stop editing?"
          confirmLabel="Discard changes"
          tone="danger"
          cancelLabel="Keep editing"
          onConfirm={() => void cancelEdit()}
          onCancel={() => dispatch({ type: 'discardDismissed' })}
        >
          <p>
            {editing
              ? `The entry from ${longDayLabel(editing.day)} stays as it was saved; the changes you made here are dropped.`
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
