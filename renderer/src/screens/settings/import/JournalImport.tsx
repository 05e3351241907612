import { type ChangeEvent, useEffect, useId, useRef, useState } from 'react';
import type { ImportFormat, ImportProgress, ImportReport } from '../../../../../shared/api.ts';
import { MOOD_LABELS } from '../../../../../shared/domain.ts';
import { ApiFailure, call, messageOf } from '../../../api-client.ts';
import { useSession } from '../../../app/session.ts';
import { Button } from '../../../ui/Button.tsx';
import { longDayLabel } from '../../../../../shared/day-labels.ts';
import { Notice } from '../../../ui/Notice.tsx';
import {
  FORMAT_LABELS,
  FORMAT_OPTIONS,
  IMPORT_ACCEPT,
  importFileProblem,
  readFileBytes,
} from './import-file.ts';

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; progress: ImportProgress | null }
  | { kind: 'preview'; report: ImportReport }
  | { kind: 'importing'; progress: ImportProgress | null }
  | { kind: 'done'; report: ImportReport }
  | { kind: 'failed'; message: string };

interface ChosenFile {
  name: string;
  content: Uint8Array<ArrayBuffer>;
}

/**
 * Settings → Import: choose an export of Day One, jrnl, Mini Diary or Daylio, see what would be
 * imported (a dry run), then import. The file is read on this computer and its entries go into
 * the encrypted journal; photos inside a Day One zip are never unpacked.
 */
export function JournalImport() {
  const { lockedElsewhere } = useSession();
  const id = useId();
  const [format, setFormat] = useState<ImportFormat | ''>('');
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [moods, setMoods] = useState<Record<string, number>>({});
  const chosen = useRef<ChosenFile | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    const stop = window.interlude.onImportProgress((progress) => {
      if (!mounted.current) return;
      setPhase((current) =>
        current.kind === 'reading' || current.kind === 'importing' ? { ...current, progress } : current,
      );
    });
    return () => {
      mounted.current = false;
      stop();
    };
  }, []);

  async function run(dryRun: boolean, chosenMoods: Record<string, number>) {
    const file = chosen.current;
    if (!file) return;
    setPhase({ kind: dryRun ? 'reading' : 'importing', progress: null });
    try {
      const report = await call('importJournal', {
        fileName: file.name,
        content: file.content,
        ...(format ? { format } : {}),
        dryRun,
        ...(Object.keys(chosenMoods).length > 0 ? { moods: chosenMoods } : {}),
      });
      if (!mounted.current) return;
      if (!dryRun) chosen.current = null;
      setPhase(dryRun ? { kind: 'preview', report } : { kind: 'done', report });
    } catch (error) {
      if (!mounted.current) return;
      if (error instanceof ApiFailure && error.code === 'LOCKED') lockedElsewhere();
      else setPhase({ kind: 'failed', message: messageOf(error) });
    }
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Choosing the same file again (after fixing it) must fire another change.
    input.value = '';
    if (!file) return;
    const problem = importFileProblem(file);
    if (problem) {
      setPhase({ kind: 'failed', message: problem });
      return;
    }
    setPhase({ kind: 'reading', progress: null });
    try {
      chosen.current = { name: file.name, content: await readFileBytes(file) };
    } catch {
      setPhase({
        kind: 'failed',
        message: 'That file could not be read. Choose it again, or copy it to this computer first.',
      });
      return;
    }
    setMoods({});
    await run(true, {});
  }

  function chooseMood(name: string, value: string) {
    const next = { ...moods };
    if (value === '') delete next[name];
    else next[name] = Number(value);
    setMoods(next);
    void run(true, next);
  }

  const working = phase.kind === 'reading' || phase.kind === 'importing';
  return (
    <div className="journal-import stack">
      <p className="muted" id={`${id}-hint`}>
        Bring your journal from Day One, jrnl, Mini Diary or Daylio. You see what will come in before anything
        is added; entries already imported are never added twice. The file is read on this computer and its
        entries are kept inside your encrypted journal. Photos are not imported: they show as “[photo]”.
      </p>
      <div className="field">
        <label htmlFor={`${id}-format`} className="field-label">
          Exported from
        </label>
        <select
          id={`${id}-format`}
          value={format}
          disabled={working}
          onChange={(event) => setFormat(event.target.value as ImportFormat | '')}
        >
          <option value="">Tell from the file</option>
          {FORMAT_OPTIONS.map((option) => (
            <option key={option} value={option}>
              {FORMAT_LABELS[option]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`} className="field-label">
          Journal file
        </label>
        <span className="field-hint" id={`${id}-formats`}>
          A Day One .zip or .json, a jrnl, Mini Diary or Mini Diarium .json, or a Daylio .csv, up to 200 MB.
        </span>
        <input
          id={`${id}-file`}
          type="file"
          accept={IMPORT_ACCEPT}
          disabled={working}
          onChange={(event) => void onFile(event)}
          aria-describedby={`${id}-hint ${id}-formats`}
        />
      </div>
      {working ? <ImportProgressLine phase={phase} /> : null}
      {phase.kind === 'failed' ? (
        <Notice tone="error">
          <p>{phase.message}</p>
        </Notice>
      ) : null}
      {phase.kind === 'preview' ? (
        <Notice
          tone="info"
          title="Ready to import"
          actions={
            <>
              <Button
                variant="primary"
                disabled={phase.report.added === 0}
                onClick={() => void run(false, moods)}
              >
                {phase.report.added === 0
                  ? 'Nothing new to import'
                  : `Import ${phase.report.added.toLocaleString()} ${phase.report.added === 1 ? 'entry' : 'entries'}`}
              </Button>
              <Button
                variant="quiet"
                onClick={() => {
                  chosen.current = null;
                  setPhase({ kind: 'idle' });
                }}
              >
                Cancel
              </Button>
            </>
          }
        >
          <ReportDetails report={phase.report} />
          {phase.report.customMoods.length > 0 ? (
            <fieldset className="export-group">
              <legend className="field-label">Your own Daylio moods</legend>
              <p className="field-hint">
                Daylio’s file names these moods but not their levels. Choose one for each.
              </p>
              {phase.report.customMoods.map((mood) => (
                <div className="field" key={mood.name}>
                  <label htmlFor={`${id}-mood-${mood.name}`}>
                    “{mood.name}” ({mood.count} {mood.count === 1 ? 'entry' : 'entries'})
                  </label>
                  <select
                    id={`${id}-mood-${mood.name}`}
                    value={moods[mood.name] ?? ''}
                    onChange={(event) => chooseMood(mood.name, event.target.value)}
                  >
                    <option value="">No mood (keep the name as a tag)</option>
                    {MOOD_LABELS.map((label, index) => (
                      <option key={label} value={index + 1}>
                        {label} ({index + 1} of 5)
                      </option>
                    ))}
                  </select>
                </div>
              ))}
            </fieldset>
          ) : null}
        </Notice>
      ) : null}
      {phase.kind === 'done' ? (
        <Notice tone="success" title="Imported">
          <ReportDetails report={phase.report} />
        </Notice>
      ) : null}
    </div>
  );
}

function ImportProgressLine({ phase }: { phase: Phase }) {
  const progress = phase.kind === 'reading' || phase.kind === 'importing' ? phase.progress : null;
  const words = phase.kind === 'importing' ? 'Importing' : 'Reading';
  return (
    <div className="import-progress" role="status">
      {progress && progress.total > 0 ? (
        <>
          <progress value={progress.read} max={progress.total} aria-hidden="true" />
          <span className="import-progress-words">
            {`${words} entries: ${progress.read.toLocaleString()} of ${progress.total.toLocaleString()}`}
          </span>
        </>
      ) : (
        `${words} the file…`
      )}
    </div>
  );
}

function ReportDetails({ report }: { report: ImportReport }) {
  return (
    <>
      <p className="import-summary">{report.summary}</p>
      {report.firstDay && report.added > 0 ? (
        <p>
          They were written from {longDayLabel(report.firstDay)} to{' '}
          {longDayLabel(report.lastDay ?? report.firstDay)}; find them in the Journal on those days.
        </p>
      ) : null}
      {report.notes.map((note) => (
        <p key={note}>{note}</p>
      ))}
      {report.skipped.length > 5 ? (
        <details>
          <summary>All {report.skipped.length} skipped entries</summary>
          <ul>
            {report.skipped.map((skip) => (
              <li key={`${skip.where}:${skip.reason}`}>
                {skip.where}: {skip.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
