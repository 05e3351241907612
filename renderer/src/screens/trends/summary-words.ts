/** The Trends summary in words: numbers people read at a glance, with the mood word beside each mean. */
import type { DailyMood, MoodSummary, MoodTrends, SpacePeriod } from '../../../../shared/api.ts';
import { moodLabel } from '../../../../shared/mood-palette.ts';
import { mediumDayLabel } from '../../../../shared/day-labels.ts';

/** "3.4 (okay)" */
export function meanWords(mean: number): string {
  return `${mean.toFixed(1)} (${moodLabel(mean)})`;
}

/** The slope per week, with which way it goes; under 0.05 points a week is "steady". */
export function trendWords(trendPerWeek: number | null): string {
  if (trendPerWeek === null) return 'Not enough days yet';
  const size = Math.abs(trendPerWeek).toFixed(2);
  if (Math.abs(trendPerWeek) < 0.05) return `Steady (${trendPerWeek < 0 ? '−' : '+'}${size} a week)`;
  return trendPerWeek > 0 ? `Rising, +${size} a week` : `Falling, −${size} a week`;
}

/** "4.5 (good) on 5 Mar 2026" */
export function dayWords(day: DailyMood | null): string {
  return day ? `${meanWords(day.mean)} on ${mediumDayLabel(day.day)}` : 'No moods yet';
}

/** "5 days in a row" */
export function streakWords(days: number): string {
  if (days === 0) return 'No entry today or yesterday';
  return days === 1 ? '1 day' : `${days} days in a row`;
}

/** The mean after the space, or why there is none. */
export function afterSpaceWords(summary: MoodSummary, space: SpacePeriod): string {
  if (summary.meanAfterSpace !== null) return meanWords(summary.meanAfterSpace);
  return space.stage === 'before' || space.stage === 'space' ? 'The space is not over yet' : 'No moods yet';
}

/** Which days a range-following number covers, as a label's suffix: "(last 30 days)". */
export function rangeWords(range: MoodTrends['range']): string {
  switch (range) {
    case 'space':
      return '(space period)';
    case '30':
      return '(last 30 days)';
    case '90':
      return '(last 90 days)';
    case 'all':
      return '(all time)';
  }
}

/** The hardest day, or why there is none although moods were given. */
export function hardestDayWords(worst: DailyMood | null, best: DailyMood | null): string {
  if (worst) return dayWords(worst);
  return best ? 'No day was harder than the others' : 'No moods yet';
}
