/** What the mood chart draws, worked out from the core's MoodTrends: pure, so it is tested without a chart. */
import type { MoodPoint, MoodTrends } from '../../../../shared/api.ts';
import { addDays, daysBetween } from '../../../../shared/dates.ts';
import type { Day } from '../../../../shared/domain.ts';

export interface ChartModel {
  /** The x-axis runs over these space-period day numbers, both included. */
  firstDayNumber: number;
  lastDayNumber: number;
  ticks: number[];
  points: MoodPoint[];
  /** The points that have a daily mean (the dots). */
  meanPoints: (MoodPoint & { mean: number })[];
  /** The part of the space period inside the axis, if any, to shade. */
  spaceArea: { from: number; to: number } | null;
  contactDayNumbers: number[];
  todayDayNumber: number | null;
  /** Whether the shaded space period is wide enough to carry its "Space period" label. */
  labelSpaceArea: boolean;
}

/** About the width of the words "Space period" on the chart, in pixels. */
export const SPACE_LABEL_WIDTH_PX = 96;

/** The y-axis runs a little past awful and great, so the dots on those lines are drawn whole. */
export const MOOD_AXIS_DOMAIN: [number, number] = [0.7, 5.3];

// Whole weeks where they fit, so ticks fall on the first day of each week of the space.
const TICK_STEPS = [1, 2, 7, 14, 28, 56, 91, 182, 364, 728];

/** Tick positions anchored on day 1, at most `maxTicks` of them, at a step people count in. */
export function dayTicks(first: number, last: number, maxTicks: number): number[] {
  const span = Math.max(0, last - first);
  const step =
    TICK_STEPS.find((candidate) => Math.floor(span / candidate) + 1 <= maxTicks) ??
    Math.ceil(span / maxTicks);
  const ticks: number[] = [];
  // The first tick at or after `first` on the grid 1, 1 ± step, 1 ± 2·step, …
  const offset = (((first - 1) % step) + step) % step;
  for (let tick = offset === 0 ? first : first + (step - offset); tick <= last; tick += step)
    ticks.push(tick);
  return ticks;
}

/** The calendar day of a space-period day number. */
export function dayOfNumber(spaceStart: Day, dayNumber: number): Day {
  return addDays(spaceStart, dayNumber - 1);
}

/** True if a day number falls inside the space period (its days are called "Day N"). */
export function isSpaceDay(dayNumber: number, lengthDays: number): boolean {
  return dayNumber >= 1 && dayNumber <= lengthDays;
}

/** Lays out the chart for a range of trends; `plotWidthPx` is the width of the plotting area. */
export function chartModel(trends: MoodTrends, maxTicks = 8, plotWidthPx = 560): ChartModel {
  const { space } = trends;
  const numberOf = (day: Day) => daysBetween(space.start, day) + 1;
  const firstDayNumber = numberOf(trends.from);
  const lastDayNumber = Math.max(firstDayNumber, numberOf(trends.to));
  const inRange = (dayNumber: number) => dayNumber >= firstDayNumber && dayNumber <= lastDayNumber;
  const spaceFrom = Math.max(1, firstDayNumber);
  const spaceTo = Math.min(space.lengthDays, lastDayNumber);
  return {
    firstDayNumber,
    lastDayNumber,
    ticks: dayTicks(firstDayNumber, lastDayNumber, maxTicks),
    // A trailing 7-day mean says nothing about days that have not happened yet.
    points: trends.points.map((point) =>
      point.dayNumber > space.dayNumber && point.rolling7 !== null ? { ...point, rolling7: null } : point,
    ),
    meanPoints: trends.points.filter((point): point is MoodPoint & { mean: number } => point.mean !== null),
    spaceArea: spaceFrom <= spaceTo ? { from: spaceFrom, to: spaceTo } : null,
    // A sliver of shading (a space that began a few days ago, seen over 90 days) cannot hold the
    // label without running into "Today"; the chart's key explains the shading anyway.
    labelSpaceArea:
      spaceFrom <= spaceTo &&
      ((spaceTo - spaceFrom) / Math.max(1, lastDayNumber - firstDayNumber)) * plotWidthPx >=
        SPACE_LABEL_WIDTH_PX,
    contactDayNumbers: trends.contacts.map((contact) => numberOf(contact.day)).filter(inRange),
    todayDayNumber: inRange(space.dayNumber) ? space.dayNumber : null,
  };
}
