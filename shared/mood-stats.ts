/**
 * Mood statistics, pure: nothing here reads the clock, the caller passes today.
 * The functions live in shared/mood/, one file each; this module gathers them.
 */
export { type BestAndWorst, bestAndWorstDay } from './mood/best-and-worst-day.ts';
export { dailyMeans, meanOfDays, type MoodSample } from './mood/daily-means.ts';
export { type EmotionCount, emotionFrequencies } from './mood/emotion-frequencies.ts';
export {
  type MoodTrendsInput,
  moodTrends,
  type TrendEntry,
  type TrendRange,
  trendRangeBounds,
} from './mood/mood-trends.ts';
export { type RollingMean, rollingMean } from './mood/rolling-mean.ts';
export { meanDuringAndAfterSpace, type SpaceMeans } from './mood/space-means.ts';
export { streakDays } from './mood/streak.ts';
export { trendPerWeek } from './mood/trend.ts';
