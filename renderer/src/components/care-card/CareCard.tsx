import { useId } from 'react';
import { Button } from '../../ui/Button.tsx';
import {
  CARE_DISMISS,
  CARE_ELSEWHERE,
  CARE_EMERGENCY,
  CARE_INTRO,
  CARE_LINES_INTRO,
  CARE_TITLE,
  SUPPORT_LINES,
} from './care-text.ts';
import './care-card.css';

/**
 * The gentle card shown after a run of hard days (see main/journal/care-rule.ts). Calm, not an
 * alarm: a region, not an alert, so it is read in its turn. Dismissing it keeps it away a week.
 */
export function CareCard({ onDismiss }: { onDismiss(): void }) {
  const titleId = useId();
  return (
    <section className="accent-card care-card" aria-labelledby={titleId}>
      <h2 id={titleId} className="care-card-title">
        {CARE_TITLE}
      </h2>
      <p>{CARE_INTRO}</p>
      <p>{CARE_LINES_INTRO}</p>
      <ul className="care-card-lines">
        {SUPPORT_LINES.map((line) => (
          <li key={line.region}>
            <span className="care-card-region">{line.region}</span>: {line.name} (
            <span className="care-card-contact">{line.contact}</span>)
          </li>
        ))}
      </ul>
      <p>{CARE_ELSEWHERE}</p>
      <p className="care-card-emergency">{CARE_EMERGENCY}</p>
      <div className="row">
        <Button variant="quiet" size="small" onClick={onDismiss}>
          {CARE_DISMISS}
        </Button>
      </div>
    </section>
  );
}
