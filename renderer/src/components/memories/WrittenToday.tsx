import { useId } from 'react';
import type { WrittenToday as WrittenTodayData } from '../../../../shared/api.ts';
import type { Entry } from '../../../../shared/domain.ts';
import { excerpt } from '../../screens/today/entry-form.ts';
import { Button } from '../../ui/Button.tsx';
import { timeLabel } from '../../../../shared/day-labels.ts';
import './memories.css';

/** "1 entry today · a 4-day streak" */
export function writtenTodaySummary(written: WrittenTodayData): string {
  const entries = written.entries.length === 1 ? '1 entry today' : `${written.entries.length} entries today`;
  return written.streakDays > 1 ? `${entries} · ${written.streakDays} days in a row` : entries;
}

/**
 * What Today shows once the user has written: today's entries and the streak, with a way to
 * write another, instead of a blank page. Nothing when there is no entry yet today.
 */
export function WrittenToday({
  written,
  onOpen,
  onWriteAnother,
}: {
  written: WrittenTodayData;
  onOpen(entry: Entry): void;
  onWriteAnother(): void;
}) {
  const titleId = useId();
  if (written.entries.length === 0) return null;
  return (
    <section className="memories" aria-labelledby={titleId}>
      <h2 id={titleId} className="memories-title">
        You wrote today
      </h2>
      <p className="muted">{writtenTodaySummary(written)}</p>
      <ul className="memories-list">
        {written.entries.map((entry) => (
          <li key={entry.id}>
            <span className="memories-time">{timeLabel(entry.createdAt)}</span>
            <span className="memories-excerpt">{excerpt(entry.body, 120) || 'An entry without words.'}</span>
            <Button size="small" variant="quiet" onClick={() => onOpen(entry)}>
              Read it
            </Button>
          </li>
        ))}
      </ul>
      <div className="row">
        <Button variant="primary" onClick={onWriteAnother}>
          Write another entry
        </Button>
      </div>
    </section>
  );
}
