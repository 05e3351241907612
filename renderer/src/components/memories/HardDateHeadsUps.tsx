import type { HardDateHeadsUp } from '../../../../shared/api.ts';
import { Button } from '../../ui/Button.tsx';
import { longDayLabel } from '../../../../shared/day-labels.ts';
import './memories.css';

/** "Her birthday is in 3 days": the soonest first. */
export function headsUpWords(headsUp: HardDateHeadsUp): string {
  if (headsUp.daysAhead === 0) return `Today is ${headsUp.label}.`;
  if (headsUp.daysAhead === 1) return `${headsUp.label} is tomorrow.`;
  return `${headsUp.label} is in ${headsUp.daysAhead} days, on ${longDayLabel(headsUp.day)}.`;
}

/**
 * A gentle heads-up for each hard date within three days, with its planning prompt. `onPlan`
 * opens the editor with that prompt.
 */
export function HardDateHeadsUps({
  headsUps,
  onPlan,
}: {
  headsUps: readonly HardDateHeadsUp[];
  onPlan(headsUp: HardDateHeadsUp): void;
}) {
  if (headsUps.length === 0) return null;
  return (
    <section className="memories memories--heads-up" aria-label="Coming up">
      {headsUps.map((headsUp) => (
        <div key={headsUp.hardDateId} className="memories-group">
          <p className="memories-when">{headsUpWords(headsUp)}</p>
          <p className="muted">
            A day you marked as hard. A little planning can make it gentler: who to see, what to do, what to
            skip.
          </p>
          <div className="row">
            <Button size="small" onClick={() => onPlan(headsUp)}>
              Plan the day in writing
            </Button>
          </div>
        </div>
      ))}
    </section>
  );
}
