import { type FormEvent, useState } from 'react';
import type { HardDate, HardDateInput } from '../../../../shared/domain.ts';
import { messageOf } from '../../api-client.ts';
import { longDayLabel } from '../../../../shared/day-labels.ts';
import { Button } from '../../ui/Button.tsx';
import { CheckboxField } from '../../ui/CheckboxField.tsx';
import { TextField } from '../../ui/Field.tsx';
import { Notice } from '../../ui/Notice.tsx';

export interface HardDatesEditorProps {
  hardDates: readonly HardDate[];
  onAdd(input: HardDateInput): Promise<unknown>;
  onRemove(hardDate: HardDate): Promise<unknown>;
}

/** "14 June, every year" or "Friday, 20 March 2026". */
export function hardDateWhen(hardDate: HardDate): string {
  if (!hardDate.yearly) return longDayLabel(hardDate.day);
  const monthDay = new Intl.DateTimeFormat(undefined, {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(Date.parse(`2000-${hardDate.day.slice(5)}T00:00:00Z`));
  return `${monthDay}, every year`;
}

/**
 * The dates the user expects to be hard (a birthday, an anniversary, a holiday), kept in the
 * vault. Three days ahead, Today mentions them; "On this day" never shows them.
 */
export function HardDatesEditor({ hardDates, onAdd, onRemove }: HardDatesEditorProps) {
  const [label, setLabel] = useState('');
  const [day, setDay] = useState('');
  const [yearly, setYearly] = useState(true);
  const [errors, setErrors] = useState<{ label?: string; day?: string }>({});
  const [failure, setFailure] = useState('');
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const next = {
      label: label.trim() ? undefined : 'Give the day a few words, for example “Her birthday”.',
      day: /^\d{4}-\d{2}-\d{2}$/.test(day) ? undefined : 'Choose the date.',
    };
    setErrors(next);
    if (next.label || next.day) return;
    setSaving(true);
    setFailure('');
    try {
      await onAdd({ label: label.trim(), day, yearly });
      setLabel('');
      setDay('');
    } catch (error) {
      setFailure(messageOf(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="stack">
      <p className="muted">
        Days you expect to be hard: a birthday, an anniversary, a holiday. Three days ahead, Today gives you a
        gentle heads-up, and “On this day” never takes you back to them. They stay in your encrypted journal.
      </p>
      {hardDates.length > 0 ? (
        <ul className="backup-list" aria-label="Hard dates">
          {hardDates.map((hardDate) => (
            <li key={hardDate.id} className="backup-item">
              <p>
                <span className="backup-date">{hardDate.label}</span>{' '}
                <span className="muted">{hardDateWhen(hardDate)}</span>
              </p>
              <Button
                size="small"
                variant="quiet"
                aria-label={`Remove ${hardDate.label}`}
                onClick={() => void onRemove(hardDate).catch((error) => setFailure(messageOf(error)))}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <form className="stack" onSubmit={submit} noValidate>
        <TextField
          label="What is the day?"
          value={label}
          maxLength={80}
          onChange={(event) => setLabel(event.target.value)}
          error={errors.label}
        />
        <TextField
          label="Date"
          type="date"
          className="field--narrow"
          value={day}
          onChange={(event) => setDay(event.target.value)}
          error={errors.day}
        />
        <CheckboxField label="It comes back every year" checked={yearly} onChange={setYearly} />
        {failure ? <Notice tone="error">{failure}</Notice> : null}
        <div className="row">
          <Button type="submit" busy={saving}>
            Add the date
          </Button>
        </div>
      </form>
    </div>
  );
}
