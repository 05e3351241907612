import { useId } from 'react';
import { longDayLabel } from '../../../../shared/day-labels.ts';
import type { SpacePeriod } from '../../../../shared/api.ts';

/** "Day 12 of 30" with a progress bar, or where the user stands before or after the space period. */
export function SpaceProgress({ space }: { space: SpacePeriod }) {
  const labelId = useId();
  if (space.stage === 'before') {
    const daysToGo = 1 - space.dayNumber;
    return (
      <p className="space-progress-text">
        Your space period starts on {longDayLabel(space.start)}
        {daysToGo === 1 ? ', tomorrow.' : `, in ${daysToGo} days.`}
      </p>
    );
  }
  if (space.stage !== 'space') {
    return (
      <p className="space-progress-text">
        Day {space.dayNumber}. Your {space.lengthDays}-day space period ended on {longDayLabel(space.end)}:
        you came through it.
      </p>
    );
  }
  return (
    <div className="space-progress">
      <p className="space-progress-text" id={labelId}>
        Day {space.dayNumber} of {space.lengthDays}
      </p>
      <progress aria-labelledby={labelId} max={space.lengthDays} value={space.dayNumber} />
    </div>
  );
}
