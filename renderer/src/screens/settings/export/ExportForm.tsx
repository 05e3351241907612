import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { formatDayLong } from '../../../../../shared/dates.ts';
import { PAGE_SIZES, type Settings } from '../../../../../shared/domain.ts';
import { ApiFailure, call, messageOf } from '../../../api-client.ts';
import { useSession } from '../../../app/session.ts';
import { Button } from '../../../ui/Button.tsx';
import { TextField } from '../../../ui/Field.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { type SectionCatalogue, sectionCatalogue } from '../../journal/section-titles.ts';
import {
  choosesEntries,
  type ExportField,
  type ExportFormat,
  exportRequest,
  formatChoice,
  isEncrypted,
  isPrintFormat,
  type PageSize,
  defaultsToWholeJournal,
  spacePeriodRange,
  WITHOUT_A_PROMPT,
} from './export-choices.ts';
import { FormatChoices } from './FormatChoices.tsx';
import { SectionChoices } from './SectionChoices.tsx';
import '../../../styles/export.css';

type Phase =
  | { kind: 'idle' }
  | { kind: 'working'; format: ExportFormat }
  | { kind: 'saved'; path: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

const PAGE_SIZE_WORDS: Record<PageSize, string> = {
  A4: 'A4',
  Letter: 'Letter',
};

/**
 * The export form: format, dates (the space period unless changed), sections, what to include and
 * the page size; a warning that only the backup copy is encrypted; progress while the core builds
 * the export and the host asks where to save it; then where it was saved.
 */
export function ExportForm() {
  const session = useSession();
  const { lockedElsewhere } = session;
  const [loadedSettings, setLoadedSettings] = useState<Settings | null>(null);
  const settings = session.settings ?? loadedSettings;
  const [groups, setGroups] = useState<SectionCatalogue['groups'] | null>(null);
  const [loadFailure, setLoadFailure] = useState({ settings: '', sections: '' });

  const [format, setFormat] = useState<ExportFormat>('pdf');
  // null: follow the space period (and any change to it made above in Settings).
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);
  // Unticked rather than ticked, so every section starts ticked, including any listed later.
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(() => new Set());
  const [includeChart, setIncludeChart] = useState(true);
  const [includePrompts, setIncludePrompts] = useState(true);
  const [chosenPageSize, setChosenPageSize] = useState<PageSize | null>(null);
  const [problems, setProblems] = useState<Partial<Record<ExportField, string>>>({});
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });

  const formRef = useRef<HTMLFormElement>(null);
  const mounted = useRef(true);
  // Later changes to the settings arrive through the session; fetch them only if it had none.
  const settingsMissing = useRef(session.settings === null);
  const id = useId();
  const warningId = `${id}-warning`;

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    let active = true;
    const failed = (what: 'settings' | 'sections') => (error: unknown) => {
      if (!active) return;
      if (error instanceof ApiFailure && error.code === 'LOCKED') lockedElsewhere();
      else setLoadFailure((previous) => ({ ...previous, [what]: messageOf(error) }));
    };
    call('listPacks').then((packs) => {
      if (active) setGroups(sectionCatalogue(packs).groups);
    }, failed('sections'));
    if (settingsMissing.current) {
      call('getSettings').then((loaded) => {
        if (active) setLoadedSettings(loaded);
      }, failed('settings'));
    }
    return () => {
      active = false;
    };
  }, [lockedElsewhere]);

  // A disabled button drops keyboard focus to the page; give it back to the button when the work ends.
  const working = phase.kind === 'working';
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
    () => new Set(allSectionIds.filter((sectionId) => !unticked.has(sectionId))),
    [allSectionIds, unticked],
  );
  const spaceRange = settings ? spacePeriodRange(settings) : null;
  const wholeJournal = defaultsToWholeJournal(format);
  const emptyRange = { from: '', to: '' };
  const shownRange = range ?? (wholeJournal ? emptyRange : (spaceRange ?? emptyRange));
  const pageSize = chosenPageSize ?? settings?.pdfPageSize ?? 'A4';
  const choice = formatChoice(format);

  function changeDate(field: 'from' | 'to', value: string) {
    setRange({ ...shownRange, [field]: value });
    setProblems(({ [field]: _fixed, ...rest }) => rest);
  }

  function toggleSection(sectionId: string, tick: boolean) {
    setUnticked((previous) => {
      const next = new Set(previous);
      if (tick) next.delete(sectionId);
      else next.add(sectionId);
      return next;
    });
    if (tick) setProblems(({ sections: _fixed, ...rest }) => rest);
  }

  function tickAll(tick: boolean) {
    setUnticked(tick ? new Set() : new Set(allSectionIds));
    if (tick) setProblems(({ sections: _fixed, ...rest }) => rest);
  }

  async function rememberPageSize(used: PageSize) {
    if (!settings || settings.pdfPageSize === used) return;
    try {
      session.settingsChanged(await call('updateSettings', { pdfPageSize: used }));
    } catch {
      // The export itself is saved; the page size is only next time's default, chosen again in one click.
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (working) return;
    const request = exportRequest(
      { format, ...shownRange, sections: ticked, includeChart, includePrompts, pageSize },
      allSectionIds,
    );
    if (!request.ok) {
      setProblems(request.problems);
      setPhase({ kind: 'idle' });
      requestAnimationFrame(() => {
        formRef.current
          ?.querySelector<HTMLElement>('input[aria-invalid="true"], [data-invalid] input')
          ?.focus();
      });
      return;
    }
    setProblems({});
    setPhase({ kind: 'working', format });
    try {
      const saved = await call('exportJournal', request.options);
      if (!mounted.current) return;
      setPhase({ kind: 'saved', path: saved.path });
      if (request.options.pageSize) void rememberPageSize(request.options.pageSize);
    } catch (error) {
      if (!mounted.current) return;
      if (error instanceof ApiFailure && error.code === 'CANCELLED') setPhase({ kind: 'cancelled' });
      else if (error instanceof ApiFailure && error.code === 'LOCKED') lockedElsewhere();
      else setPhase({ kind: 'failed', message: messageOf(error) });
    }
  }

  return (
    <form ref={formRef} className="export-form stack" onSubmit={submit} noValidate>
      <p className="muted">
        Take your journal with you: to print, to show a therapist, or to keep if you stop using Interlude.
      </p>
      <FormatChoices format={format} onChange={setFormat} />

      {choosesEntries(format) ? (
        <>
          <fieldset className="export-group">
            <legend className="field-label">Dates</legend>
            <p className="field-hint">
              {wholeJournal
                ? 'Your whole journal, from its first entry to its last, unless you choose dates.'
                : spaceRange
                  ? `Your space period, ${formatDayLong(spaceRange.from)} to ${formatDayLong(spaceRange.to)}, unless you choose other dates.`
                  : loadFailure.settings
                    ? `${loadFailure.settings} Choose the dates yourself.`
                    : 'Looking up your space period…'}
            </p>
            <div className="export-range">
              <TextField
                label="From"
                type="date"
                value={shownRange.from}
                max={shownRange.to || undefined}
                onChange={(event) => changeDate('from', event.target.value)}
                error={problems.from}
              />
              <TextField
                label="To"
                type="date"
                value={shownRange.to}
                min={shownRange.from || undefined}
                onChange={(event) => changeDate('to', event.target.value)}
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
                  onClick={() => {
                    setRange(null);
                    setProblems(({ from: _from, to: _to, ...rest }) => rest);
                  }}
                >
                  {wholeJournal ? 'Export the whole journal again' : 'Use the space period again'}
                </Button>
              </div>
            ) : null}
          </fieldset>

          <SectionChoices
            groups={groups}
            failure={loadFailure.sections}
            ticked={ticked}
            onToggle={toggleSection}
            onTickAll={tickAll}
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
                    onChange={(event) => setIncludeChart(event.target.checked)}
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
                  onChange={(event) => setIncludePrompts(event.target.checked)}
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
                      onChange={() => setChosenPageSize(size)}
                    />
                    <label htmlFor={`${id}-page-${size}`}>{PAGE_SIZE_WORDS[size]}</label>
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

      {phase.kind === 'failed' ? <Notice tone="error">{phase.message}</Notice> : null}

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
        {phase.kind === 'working' ? (
          <span className="spinner">
            <span className="spinner-mark" aria-hidden="true" />
            {formatChoice(phase.format).progress}
          </span>
        ) : null}
        {phase.kind === 'saved' ? (
          <p className="export-saved">
            Saved to <span className="export-path">{phase.path}</span>
          </p>
        ) : null}
        {phase.kind === 'cancelled' ? <p className="muted">Export cancelled. Nothing was saved.</p> : null}
      </div>
    </form>
  );
}
