import { lazy, Suspense, useId, useState } from 'react';
import { TREND_RANGES } from '../../../../shared/api.ts';
import { useCoreQuery } from '../../data/core-query.ts';
import { LoadFailure } from '../../data/LoadFailure.tsx';
import { YearPixels } from '../../components/year-pixels/YearPixels.tsx';
import type { ScreenProps } from '../../navigation.ts';
import { Button } from '../../ui/Button.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { ContactLog } from './ContactLog.tsx';
import { MoodTable } from './MoodTable.tsx';
import { TrendsSummary } from './TrendsSummary.tsx';
import '../../styles/trends.css';

// Recharts is the heaviest code in the app: load it only when Trends is opened.
const MoodChart = lazy(() => import('../../components/mood-chart/MoodChart.tsx'));

type TrendRange = (typeof TREND_RANGES)[number];

const RANGE_LABELS: Record<TrendRange, string> = {
  space: 'Space period',
  '30': 'Last 30 days',
  '90': 'Last 90 days',
  all: 'All time',
};

/** Mood over the space period: the chart, a summary, the contact log and the year in pixels. */
export function TrendsScreen({ navigate, openDay }: ScreenProps) {
  const id = useId();
  const [range, setRange] = useState<TrendRange>('space');
  const loaded = useCoreQuery('moodTrends', { range });
  const trends = loaded.data ?? null;
  const space = trends?.space;
  return (
    <div className="trends-screen">
      <h1>Trends</h1>
      {space ? (
        <p className="trends-intro">
          {space.stage === 'space'
            ? `Day ${space.dayNumber} of ${space.lengthDays} of your space period.`
            : space.stage === 'before'
              ? `Your space period starts in ${1 - space.dayNumber} ${1 - space.dayNumber === 1 ? 'day' : 'days'}.`
              : `Your ${space.lengthDays}-day space period ended ${space.dayNumber - space.lengthDays} ${space.dayNumber - space.lengthDays === 1 ? 'day' : 'days'} ago.`}
        </p>
      ) : null}
      <fieldset className="trends-range">
        <legend>Range</legend>
        {TREND_RANGES.map((value) => (
          <label key={value} className="trends-range-option">
            <input
              type="radio"
              name={`${id}-range`}
              value={value}
              checked={range === value}
              onChange={() => setRange(value)}
            />
            <span>{RANGE_LABELS[value]}</span>
          </label>
        ))}
      </fieldset>
      {loaded.isError ? <LoadFailure error={loaded.error} onRetry={() => void loaded.refetch()} /> : null}
      {trends ? (
        <>
          {trends.summary.entryCount === 0 ? (
            <Notice
              title="No moods in this range yet"
              actions={
                <Button variant="primary" onClick={() => navigate('today')}>
                  Write today’s entry
                </Button>
              }
            >
              <p>
                Each time you save an entry with a mood, it becomes a point here. After a few days a line
                shows how your week is going, and whether it is getting lighter.
              </p>
            </Notice>
          ) : null}
          <figure className="section trends-chart" aria-labelledby={`${id}-chart-title`}>
            <figcaption>
              <h2 id={`${id}-chart-title`}>Your mood, day by day</h2>
              <p className="muted trends-chart-key">
                Dots are each day’s mean mood; the line is the mean of the last 7 days. The shaded stretch is
                your space period; dashed red lines mark days of contact.
              </p>
            </figcaption>
            <Suspense fallback={<div className="mood-chart-placeholder" />}>
              <MoodChart trends={trends} />
            </Suspense>
            <MoodTable trends={trends} />
          </figure>
          <section className="section" aria-labelledby={`${id}-summary-title`}>
            <h2 id={`${id}-summary-title`}>Summary</h2>
            <TrendsSummary trends={trends} />
          </section>
          <ContactLog today={trends.space.today} />
          <section className="section" aria-labelledby={`${id}-year-title`}>
            <h2 id={`${id}-year-title`}>Your year in pixels</h2>
            <YearPixels
              year={Number(trends.space.today.slice(0, 4))}
              pixels={trends.yearPixels}
              onOpenDay={openDay}
            />
          </section>
        </>
      ) : null}
    </div>
  );
}
