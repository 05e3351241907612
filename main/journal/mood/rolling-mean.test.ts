import { describe, expect, it } from 'vitest';
import { InterludeError } from '../../../shared/errors.ts';
import { rollingMean } from './rolling-mean.ts';

const series = [
  { day: '2026-03-01', mean: 2, count: 1 },
  { day: '2026-03-02', mean: 4, count: 3 },
  { day: '2026-03-09', mean: 5, count: 1 },
];

describe('rollingMean', () => {
  it('averages the trailing seven calendar days, skipping days without a mood', () => {
    expect(rollingMean(series)).toEqual([
      { day: '2026-03-01', mean: 2 },
      { day: '2026-03-02', mean: 3 },
      // The gap does not pull the line down: empty days are not zeros.
      { day: '2026-03-03', mean: 3 },
      { day: '2026-03-04', mean: 3 },
      { day: '2026-03-05', mean: 3 },
      { day: '2026-03-06', mean: 3 },
      { day: '2026-03-07', mean: 3 },
      // 1 March has left the window (2 to 8 March).
      { day: '2026-03-08', mean: 4 },
      // 3 to 9 March.
      { day: '2026-03-09', mean: 5 },
    ]);
  });

  it('evaluates on the days asked for, null once the window holds no mood', () => {
    expect(rollingMean(series, 7, ['2026-03-15', '2026-03-16', '2026-02-28'])).toEqual([
      { day: '2026-03-15', mean: 5 },
      { day: '2026-03-16', mean: null },
      { day: '2026-02-28', mean: null },
    ]);
  });

  it('crosses month ends', () => {
    const endOfFebruary = [
      { day: '2024-02-28', mean: 1, count: 1 },
      { day: '2024-02-29', mean: 2, count: 1 },
    ];
    expect(rollingMean(endOfFebruary, 3, ['2024-03-01', '2024-03-02'])).toEqual([
      { day: '2024-03-01', mean: 1.5 },
      { day: '2024-03-02', mean: 2 },
    ]);
  });

  it('with a window of one day is the daily mean', () => {
    expect(rollingMean(series, 1, ['2026-03-02', '2026-03-03'])).toEqual([
      { day: '2026-03-02', mean: 4 },
      { day: '2026-03-03', mean: null },
    ]);
  });

  it('is empty for an empty series, and refuses a window of no days', () => {
    expect(rollingMean([])).toEqual([]);
    expect(() => rollingMean(series, 0)).toThrow(InterludeError);
  });
});
