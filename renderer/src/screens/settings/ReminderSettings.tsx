import { type FormEvent, useState } from 'react';
import type { ReminderSettings as Reminder, ReminderStatus } from '../../../../shared/api.ts';
import { messageOf } from '../../api-client.ts';
import { useCoreMutation, useCoreQuery } from '../../data/core-query.ts';
import { LoadFailure } from '../../data/LoadFailure.tsx';
import { timeLabel } from '../../../../shared/day-labels.ts';
import { Button } from '../../ui/Button.tsx';
import { CheckboxField } from '../../ui/CheckboxField.tsx';
import { TextField } from '../../ui/Field.tsx';
import { Notice } from '../../ui/Notice.tsx';

/**
 * The daily reminder, off by default. Self-contained: it loads and saves its own small settings,
 * which live outside the vault and so can be read and changed while the journal is locked.
 */
export function ReminderSettings() {
  const loaded = useCoreQuery('getReminderSettings', undefined);
  const saving = useCoreMutation('updateReminderSettings');
  if (loaded.isError) return <LoadFailure error={loaded.error} onRetry={() => void loaded.refetch()} />;
  if (!loaded.data) return <p className="screen-loading">Opening reminder settings…</p>;
  return <ReminderForm status={loaded.data} onSave={(settings) => saving.mutateAsync(settings)} />;
}

/** The form itself, given the current settings; `onSave` stores them and returns what was stored. */
export function ReminderForm({
  status,
  onSave,
}: {
  status: ReminderStatus;
  onSave(settings: Reminder): Promise<ReminderStatus>;
}) {
  const [enabled, setEnabled] = useState(status.settings.enabled);
  const [time, setTime] = useState(status.settings.time);
  const [keepInTray, setKeepInTray] = useState(status.settings.keepInTray);
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<{ tone: 'success' | 'error'; message: string } | null>(null);
  const [timeError, setTimeError] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (enabled && !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) {
      setTimeError('Choose a time of day, for example 20:00.');
      return;
    }
    setTimeError('');
    setSaving(true);
    setResult(null);
    try {
      const saved = await onSave({ enabled, time, keepInTray: status.trayAvailable && keepInTray });
      setResult({ tone: 'success', message: savedMessage(saved.settings) });
    } catch (error) {
      setResult({ tone: 'error', message: messageOf(error) });
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <p className="field-hint">
        The notification says only “A few words for today?”, never anything you wrote. The reminder time is
        the one setting kept outside your encrypted journal, so the reminder can come while the journal is
        locked; it holds only the time.
      </p>
      <CheckboxField label="Remind me to write each day" checked={enabled} onChange={setEnabled} />
      {enabled ? (
        <TextField
          label="Time of the reminder"
          type="time"
          className="field--narrow"
          value={time}
          onChange={(event) => setTime(event.target.value)}
          error={timeError || undefined}
        />
      ) : null}
      {status.trayAvailable ? (
        <CheckboxField
          label="Keep Interlude in the tray when I close its window"
          hint="Reminders come only while Interlude is running. Closing the window still locks the journal."
          checked={keepInTray}
          onChange={setKeepInTray}
        />
      ) : (
        <p className="field-hint">Reminders come only while Interlude is running.</p>
      )}
      {result ? <Notice tone={result.tone}>{result.message}</Notice> : null}
      <div className="row">
        <Button type="submit" variant="primary" busy={saving}>
          Save reminder
        </Button>
      </div>
    </form>
  );
}

function savedMessage(settings: Reminder): string {
  if (!settings.enabled) return 'Saved: no daily reminder.';
  return `Saved: a reminder each day at ${formatReminderTime(settings.time)}.`;
}

/** "20:00" in the user's own time format ("8:00 PM" or "20:00"), the same as every time shown. */
function formatReminderTime(time: string): string {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return timeLabel(new Date(2000, 0, 1, hour, minute).toISOString());
}
