import type { MoodTrends } from '../../../../shared/api.ts';
import {
  afterSpaceWords,
  dayWords,
  hardestDayWords,
  meanWords,
  rangeWords,
  streakWords,
  trendWords,
} from './summary-words.ts';

/**
 * Mean during and after the space, the trend, best and worst day, the streak and the top emotions.
 * The means name their own period; the numbers that follow the chosen range say which range it is.
 */
export function TrendsSummary({ trends }: { trends: MoodTrends }) {
  const { summary, space } = trends;
  const inRange = rangeWords(trends.range);
  return (
    <dl className="trends-summary">
      <div>
        <dt>Mean during the space</dt>
        <dd>{summary.meanDuringSpace === null ? 'No moods yet' : meanWords(summary.meanDuringSpace)}</dd>
      </div>
      <div>
        <dt>Mean after it</dt>
        <dd>{afterSpaceWords(summary, space)}</dd>
      </div>
      <div>
        <dt>Trend {inRange}</dt>
        <dd>{trendWords(summary.trendPerWeek)}</dd>
      </div>
      <div>
        <dt>Best day {inRange}</dt>
        <dd>{dayWords(summary.bestDay)}</dd>
      </div>
      <div>
        <dt>Hardest day {inRange}</dt>
        <dd>{hardestDayWords(summary.worstDay, summary.bestDay)}</dd>
      </div>
      <div>
        <dt>Writing streak</dt>
        <dd>{streakWords(summary.streakDays)}</dd>
      </div>
      <div className="trends-summary-wide">
        <dt>Feelings you named most {inRange}</dt>
        <dd>
          {summary.topEmotions.length === 0
            ? 'None named yet'
            : summary.topEmotions.map(({ emotion, count }) => `${emotion} (${count})`).join(', ')}
        </dd>
      </div>
    </dl>
  );
}
