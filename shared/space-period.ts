/**
 * The space period: the stretch of time apart the user chose, and where a given day falls in it.
 */
import type { SpacePeriod, SpaceStage } from './api.ts';
import { addDays, daysBetween } from './dates.ts';
import type { Day, Settings } from './domain.ts';
import { InterludeError } from './errors.ts';

/**
 * How many days after the space ends the guide's "after" stage lasts. The after-space sections
 * (reconnecting, apologising, patience) are a phase of weeks, not of however long the user chose to
 * stay apart, so this is fixed rather than proportional to the space's length.
 */
export const AFTER_STAGE_DAYS = 60;

/**
 * Where `today` falls in the space period. Day 1 is the start day; the period's last day is day
 * `spaceLengthDays`. The stage is:
 * - 'before' when today is before the start (dayNumber 0 or less),
 * - 'space' on days 1 to spaceLengthDays,
 * - 'after' on the AFTER_STAGE_DAYS days that follow the end (days length+1 to length+60),
 * - 'beyond' from the day after that: past the guide, everything is available and nothing is assumed.
 */
export function spacePeriodOn(
  settings: Pick<Settings, 'spaceStart' | 'spaceLengthDays'>,
  today: Day,
): SpacePeriod {
  const lengthDays = settings.spaceLengthDays;
  if (!Number.isInteger(lengthDays) || lengthDays < 1) {
    throw new InterludeError('INVALID_INPUT', 'The space period must last at least one whole day.');
  }
  const start = settings.spaceStart;
  const dayNumber = daysBetween(start, today) + 1;
  return {
    start,
    lengthDays,
    end: addDays(start, lengthDays - 1),
    today,
    dayNumber,
    stage: stageOfDay(dayNumber, lengthDays),
  };
}

function stageOfDay(dayNumber: number, lengthDays: number): SpaceStage {
  if (dayNumber < 1) return 'before';
  if (dayNumber <= lengthDays) return 'space';
  if (dayNumber <= lengthDays + AFTER_STAGE_DAYS) return 'after';
  return 'beyond';
}
