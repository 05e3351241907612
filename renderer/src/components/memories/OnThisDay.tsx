import { useId } from 'react';
import type { OnThisDay as OnThisDayData, ThrowbackSpan } from '../../../../shared/api.ts';
import type { Entry } from '../../../../shared/domain.ts';
import { excerpt } from '../../screens/today/entry-form.ts';
import { Button } from '../../ui/Button.tsx';
import { longDayLabel } from '../../../../shared/day-labels.ts';
import './memories.css';

const SPAN_WORDS: Record<ThrowbackSpan, string> = {
  week: 'A week ago',
  month: 'A month ago',
  year: 'A year ago',
};

/**
 * "On this day": what the user wrote a week, a month and a year ago. The core already left out
 * hard dates and, unless the user asked for them, days before the space period.
 */
export function OnThisDay({ onThisDay, onOpen }: { onThisDay: OnThisDayData; onOpen(entry: Entry): void }) {
  const titleId = useId();
  if (onThisDay.throwbacks.length === 0) return null;
  return (
    <section className="memories" aria-labelledby={titleId}>
      <h2 id={titleId} className="memories-title">
        On this day
      </h2>
      {onThisDay.throwbacks.map((throwback) => (
        <div key={throwback.span} className="memories-group">
          <h3 className="memories-when">
            {SPAN_WORDS[throwback.span]}, {longDayLabel(throwback.day)}
          </h3>
          <ul className="memories-list">
            {throwback.entries.map((entry) => (
              <li key={entry.id}>
                <span className="memories-excerpt">
                  {excerpt(entry.body, 120) || 'An entry without words.'}
                </span>
                <Button size="small" variant="quiet" onClick={() => onOpen(entry)}>
                  Read it
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
