import { type FormEvent, useEffect, useId, useState } from 'react';
import type { Contact, Day } from '../../../../shared/domain.ts';
import { call, messageOf } from '../../api-client.ts';
import { mediumDayLabel } from '../../components/day-labels/day-labels.ts';
import { Button } from '../../ui/Button.tsx';
import { Notice } from '../../ui/Notice.tsx';

interface ContactLogProps {
  today: Day;
  /** Called after the log changed, so the chart can show the new markers. */
  onChanged(): void;
}

/** Logs the days of contact with the ex, which the chart marks; nothing is reset by it. */
export function ContactLog({ today, onChanged }: ContactLogProps) {
  const id = useId();
  const [contacts, setContacts] = useState<Contact[] | null>(null);
  const [day, setDay] = useState<string>(today);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('listContacts').then(setContacts, (failure: unknown) => setError(messageOf(failure)));
  }, []);

  async function change(action: () => Promise<Contact[]>) {
    setBusy(true);
    setError(null);
    try {
      setContacts(await action());
      onChanged();
      return true;
    } catch (failure) {
      setError(messageOf(failure));
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!day) {
      setError('Choose the day you had contact.');
      return;
    }
    if (await change(() => call('logContact', { day, note: note.trim() }))) setNote('');
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
                onClick={() => void change(() => call('removeContact', { day: contact.day }))}
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
