import { cleanup, render } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { sampleTrends } from '../testing/sample-trends.ts';
import MoodChart from './MoodChart.tsx';

afterEach(cleanup);

it('draws a point for each day with a mood, the rolling line, contact days and today', () => {
  const trends = sampleTrends({
    start: '2026-03-01',
    lengthDays: 30,
    today: '2026-03-12',
    moods: [1, 2, 3, 4, 5, 4, 3, 2, 3, 4],
  });
  trends.contacts = [{ day: '2026-03-04', note: 'He called' }];
  const { container, getAllByTestId } = render(<MoodChart trends={trends} />);
  expect(getAllByTestId('mood-point')).toHaveLength(10);
  expect(getAllByTestId('rolling-line')).toHaveLength(1);
  expect(getAllByTestId('contact-marker')).toHaveLength(1);
  expect(getAllByTestId('today-marker')).toHaveLength(1);
  expect(container.textContent).toContain('Day 1');
  expect(container.textContent).toContain('Space period');
});

it('labels days outside the space period with their dates, and says so when there is nothing to draw', () => {
  const trends = sampleTrends({ start: '2026-03-01', lengthDays: 30, today: '2026-03-03', moods: [] });
  const ninetyDays = { ...trends, range: '90' as const, from: '2025-12-04', to: '2026-03-03' };
  const { container } = render(<MoodChart trends={ninetyDays} />);
  expect(container.textContent).not.toMatch(/Day -\d/);
  expect(container.textContent).toContain('No moods in this range yet.');
});
