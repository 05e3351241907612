import { type FormEvent, useEffect, useId, useMemo, useReducer, useRef } from 'react';
import { longDayLabel } from '../../../../../shared/day-labels.ts';

import { PAGE_SIZES } from '../../../../../shared/domain.ts';
import { ApiFailure, messageOf } from '../../../api-client.ts';
import { useCoreMutation, useCoreQuery } from '../../../data/core-query.ts';
import { Button } from '../../../ui/Button.tsx';
import { TextField } from '../../../ui/Field.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { Spinner } from '../../../ui/Spinner.tsx';
import { sectionCatalogue } from '../../journal/section-titles.ts';
import {
  choosesEntries,
  exportRequest,
  formatChoice,
  isEncrypted,
  isPrintFormat,
  defaultsToWholeJournal,
  spacePeriodRange,
  WITHOUT_A_PROMPT,
} from './export-choices.ts';
import { exportChoices, INITIAL_EXPORT_CHOICES } from './export-form-state.ts';
import { FormatChoices } from './FormatChoices.tsx';
import { SectionChoices } from './SectionChoices.tsx';
import '../../../styles/export.css';

/**
 * The export form: format, dates (the space period unless changed), sections, what to include and
 * the page size; a warning that only the backup copy is encrypted; progress while the core builds
 * the export and the host asks where to save it; then where it was saved.
 */
export function ExportForm() {
  const settingsQuery = useCoreQuery('getSettings', undefined);
  const packsQuery = useCoreQuery('listPacks', undefined);
  const exporting = useCoreMutation('exportJournal');
  const rememberPageSize = useCoreMutation('updateSettings');
  const [choices, dispatch] = useReducer(exportChoices, INITIAL_EXPORT_CHOICES);
  const { format, range, includeChart, includePrompts, problems } = choices;
  const settings = settingsQuery.data ?? null;
  const groups = useMemo(
    () => (packsQuery.data ? sectionCatalogue(packsQuery.data).groups : null),
    [packsQuery.data],
  );

  const formRef = useRef<HTMLFormElement>(null);
  const id = useId();
  const warningId = `${id}-warning`;

  // A disabled button drops keyboard focus to the page; give it back to the button when the work ends.
  const working = exporting.isPending;
  const wasWorking = useRef(false);
  useEffect(() => {
    const finished = wasWorking.current && !working;
    wasWorking.current = working;
    if (finished && (document.activeElement === document.body || document.activeElement === null)) {
      formRef.current?.querySelector<HTMLButtonElement>('.export-submit')?.focus();
    }
  }, [working]);

  const allSectionIds = useMemo(
    () =>
      groups && groups.length > 0
        ? [...groups.flatMap((group) => group.sections.map((section) => section.id)), WITHOUT_A_PROMPT]
        : [],
    [groups],
  );
  const ticked = useMemo(
    () => new Set(allSectionIds.filter((sectionId) => !choices.unticked.has(sectionId))),
    [allSectionIds, choices.unticked],
  );
  const spaceRange = settings ? spacePeriodRange(settings) : null;
  const wholeJournal = defaultsToWholeJournal(format);
  const emptyRange = { from: '', to: '' };
  const shownRange = range ?? (wholeJournal ? emptyRange : (spaceRange ?? emptyRange));
  const pageSize = choices.pageSize ?? settings?.pdfPageSize ?? 'A4';
  const choice = formatChoice(format);
  const cancelled = exporting.error instanceof ApiFailure && exporting.error.code === 'CANCELLED';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (working) return;
    const request = exportRequest(
      { format, ...shownRange, sections: ticked, includeChart, includePrompts, pageSize },
      allSectionIds,
    );
    if (!request.ok) {
      dispatch({ type: 'problemsFound', problems: request.problems });
      exporting.reset();
      requestAnimationFrame(() => {
        formRef.current
          ?.querySelector<HTMLElement>('input[aria-invalid="true"], [data-invalid] input')
          ?.focus();
      });
      return;
    }
    dispatch({ type: 'problemsFound', problems: {} });
    try {
      await exporting.mutateAsync(request.options);
    } catch {
      // Shown from the mutation's state below (cancelled, or the core's message).
      return;
    }
    const used = request.options.pageSize;
    // The page size is only next time's default: if it cannot be remembered, one click chooses it again.
    if (used && settings && settings.pdfPageSize !== used) rememberPageSize.mutate({ pdfPageSize: used });
  }

  return (
    <form ref={formRef} className="export-form stack" onSubmit={submit} noValidate>
      <p className="muted">
        Take your journal with you: to print, to show a therapist, or to keep if you stop using Interlude.
      </p>
      <FormatChoices format={format} onChange={(next) => dispatch({ type: 'formatChosen', format: next })} />

      {choosesEntries(format) ? (
        <>
          <fieldset className="export-group">
            <legend className="field-label">Dates</legend>
            <p className="field-hint">
              {wholeJournal
                ? 'Your whole journal, from its first entry to its last, unless you choose dates.'
                : spaceRange
                  ? `Your space period, ${longDayLabel(spaceRange.from)} to ${longDayLabel(spaceRange.to)}, unless you choose other dates.`
                  : settingsQuery.isError
                    ? `${messageOf(settingsQuery.error)} Choose the dates yourself.`
                    : 'Looking up your space period…'}
            </p>
            <div className="export-range">
              <TextField
                label="From"
                type="date"
                value={shownRange.from}
                max={shownRange.to || undefined}
                onChange={(event) =>
                  dispatch({
                    type: 'dateChanged',
                    field: 'from',
                    value: event.target.value,
                    shown: shownRange,
                  })
                }
                error={problems.from}
              />
              <TextField
                label="To"
                type="date"
                value={shownRange.to}
                min={shownRange.from || undefined}
                onChange={(event) =>
                  dispatch({ type: 'dateChanged', field: 'to', value: event.target.value, shown: shownRange })
                }
                error={problems.to}
              />
            </div>
            {range &&
            (wholeJournal ||
              (spaceRange && (range.from !== spaceRange.from || range.to !== spaceRange.to))) ? (
              <div className="row">
                <Button
                  size="small"
                  variant="quiet"
                  onClick={() => dispatch({ type: 'spacePeriodRestored' })}
                >
                  {wholeJournal ? 'Export the whole journal again' : 'Use the space period again'}
                </Button>
              </div>
            ) : null}
          </fieldset>

          <SectionChoices
            groups={groups}
            failure={packsQuery.isError ? messageOf(packsQuery.error) : ''}
            ticked={ticked}
            onToggle={(sectionId, tick) => dispatch({ type: 'sectionTicked', sectionId, tick })}
            onTickAll={(tick) => dispatch({ type: 'allSectionsTicked', tick, sectionIds: allSectionIds })}
            error={problems.sections}
          />

          <fieldset className="export-group">
            <legend className="field-label">Include</legend>
            <ul className="export-checks">
              {isPrintFormat(format) ? (
                <li>
                  <input
                    id={`${id}-chart`}
                    type="checkbox"
                    checked={includeChart}
                    onChange={(event) => dispatch({ type: 'chartToggled', include: event.target.checked })}
                    aria-describedby={`${id}-chart-hint`}
                  />
                  <label htmlFor={`${id}-chart`}>Include the mood chart</label>
                  <span className="field-hint" id={`${id}-chart-hint`}>
                    Your mood over these dates, as on the Trends screen.
                  </span>
                </li>
              ) : null}
              <li>
                <input
                  id={`${id}-prompts`}
                  type="checkbox"
                  checked={includePrompts}
                  onChange={(event) => dispatch({ type: 'promptsToggled', include: event.target.checked })}
                  aria-describedby={`${id}-prompts-hint`}
                />
                <label htmlFor={`${id}-prompts`}>Include the prompts</label>
                <span className="field-hint" id={`${id}-prompts-hint`}>
                  The question each entry answered, above it.
                </span>
              </li>
            </ul>
          </fieldset>

          {isPrintFormat(format) ? (
            <fieldset className="export-group">
              <legend className="field-label">Page size</legend>
              <div className="export-inline-choices">
                {PAGE_SIZES.map((size) => (
                  <span key={size} className="export-inline-choice">
                    <input
                      id={`${id}-page-${size}`}
                      type="radio"
                      name={`${id}-page`}
                      checked={pageSize === size}
                      onChange={() => dispatch({ type: 'pageSizeChosen', pageSize: size })}
                    />
                    <label htmlFor={`${id}-page-${size}`}>{size}</label>
                  </span>
                ))}
              </div>
            </fieldset>
          ) : null}
        </>
      ) : null}

      <div id={warningId}>
        {isEncrypted(format) ? (
          <Notice tone="info" title="This copy stays encrypted">
            <p>
              It is your whole journal as it is now, every date and section, locked with your passphrase. It
              opens only in Interlude, with your passphrase or your recovery key.
            </p>
          </Notice>
        ) : (
          <Notice tone="warning" title="This export is not encrypted">
            <p>
              PDF, Markdown and JSON files hold your words as plain text: anyone who has the file can read it.
              Save it somewhere only you can reach, and delete it when you no longer need it. Only the
              encrypted backup copy stays locked.
            </p>
          </Notice>
        )}
      </div>

      {exporting.isError && !cancelled ? <Notice tone="error">{messageOf(exporting.error)}</Notice> : null}

      <div className="row">
        <Button
          type="submit"
          variant="primary"
          className="export-submit"
          busy={working}
          aria-describedby={warningId}
        >
          {choice.action}
        </Button>
      </div>

      {/* Always present, so screen readers hear the progress and the result as they replace each other. */}
      <div className="export-status" role="status">
        {exporting.isPending && exporting.variables ? (
          <Spinner label={formatChoice(exporting.variables.format).progress} announced={false} />
        ) : null}
        {exporting.isSuccess ? (
          <p className="export-saved">
            Saved to <span className="export-path">{exporting.data.path}</span>
          </p>
        ) : null}
        {cancelled ? <p className="muted">Export cancelled. Nothing was saved.</p> : null}
      </div>
    </form>
  );
}
