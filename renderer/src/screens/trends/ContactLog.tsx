import { type FormEvent, useId, useState } from 'react';
import type { Day } from '../../../../shared/domain.ts';
import { messageOf } from '../../api-client.ts';
import { useCoreMutation, useCoreQuery } from '../../data/core-query.ts';
import { mediumDayLabel } from '../../../../shared/day-labels.ts';
import { Button } from '../../ui/Button.tsx';
import { Notice } from '../../ui/Notice.tsx';

interface ContactLogProps {
  today: Day;
}

/** Logs the days of contact with the ex, which the chart marks; nothing is reset by it. */
export function ContactLog({ today }: ContactLogProps) {
  const id = useId();
  const listed = useCoreQuery('listContacts', undefined);
  const logContact = useCoreMutation('logContact');
  const removeContact = useCoreMutation('removeContact');
  const [day, setDay] = useState<string>(today);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const busy = logContact.isPending || removeContact.isPending;
  const failure = logContact.error ?? removeContact.error ?? listed.error;
  const error = problem ?? (failure ? messageOf(failure) : null);
  const contacts = listed.data;

  // The chart's contact markers follow: logging invalidates the mood trends too (data/invalidation.ts).
  async function change(action: () => Promise<unknown>) {
    setProblem(null);
    try {
      await action();
      return true;
    } catch {
      return false;
    }
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!day) {
      setProblem('Choose the day you had contact.');
      return;
    }
    removeContact.reset();
    if (await change(() => logContact.mutateAsync({ day, note: note.trim() }))) setNote('');
  }

  const sorted = [...(contacts ?? [])].sort((a, b) => (a.day < b.day ? 1 : -1));
  return (
    <section className="section contact-log" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Contact log</h2>
      <p className="muted">
        Had contact with your ex? Log the day. It does not reset anything; it marks the chart so you can see
        how contact sits with your mood.
      </p>
      <form className="contact-form" onSubmit={(event) => void onSubmit(event)}>
        <div className="field">
          <label htmlFor={`${id}-day`} className="field-label">
            Day of contact
          </label>
          <input
            id={`${id}-day`}
            type="date"
            value={day}
            max={today}
            required
            onChange={(event) => setDay(event.target.value)}
          />
        </div>
        <div className="field contact-note">
          <label htmlFor={`${id}-note`} className="field-label">
            Note (optional)
          </label>
          <input
            id={`${id}-note`}
            value={note}
            maxLength={500}
            onChange={(event) => setNote(event.target.value)}
            autoComplete="off"
          />
        </div>
        <Button type="submit" variant="primary" busy={busy}>
          Log contact
        </Button>
      </form>
      {error ? (
        <Notice tone="error">
          <p>{error}</p>
        </Notice>
      ) : null}
      {sorted.length > 0 ? (
        <ul className="contact-list" aria-label="Logged contact">
          {sorted.map((contact) => (
            <li key={contact.day}>
              <span>
                <strong>{mediumDayLabel(contact.day)}</strong>
                {contact.note ? <span className="muted"> · {contact.note}</span> : null}
              </span>
              <Button
                size="small"
                variant="quiet"
                disabled={busy}
                aria-label={`Remove the contact on ${mediumDayLabel(contact.day)}`}
                onClick={() => {
                  logContact.reset();
                  void change(() => removeContact.mutateAsync({ day: contact.day }));
                }}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      ) : contacts ? (
        <p className="muted">No contact logged.</p>
      ) : null}
    </section>
  );
}
