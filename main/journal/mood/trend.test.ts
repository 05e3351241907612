import { describe, expect, it } from 'vitest';
import type { DailyMood } from '../../../shared/api.ts';
import { trendPerWeek } from './trend.ts';

function series(points: [string, number][]): DailyMood[] {
  return points.map(([day, mean]) => ({ day, mean, count: 1 }));
}

describe('trendPerWeek', () => {
  it('recovers the slope of points on a line, measured in calendar days', () => {
    // mean = 1 + 0.5 × (days since 1 March), with gaps: half a point a day is 3.5 a week.
    const line = series([
      ['2026-03-01', 1],
      ['2026-03-03', 2],
      ['2026-03-07', 4],
    ]);
    expect(trendPerWeek(line)).toBeCloseTo(3.5, 12);
  });

  it('fits noisy points by least squares', () => {
    // x = 0..3, y = 2, 4, 3, 5: slope = 4 / 5 = 0.8 a day, 5.6 a week.
    const noisy = series([
      ['2026-02-27', 2],
      ['2026-02-28', 4],
      ['2026-03-01', 3],
      ['2026-03-02', 5],
    ]);
    expect(trendPerWeek(noisy)).toBeCloseTo(5.6, 12);
  });

  it('is negative when the mood falls and zero when it is flat', () => {
    expect(
      trendPerWeek(
        series([
          ['2026-03-01', 4],
          ['2026-03-08', 2],
        ]),
      ),
    ).toBeCloseTo(-2, 12);
    expect(
      trendPerWeek(
        series([
          ['2026-03-01', 3],
          ['2026-03-05', 3],
        ]),
      ),
    ).toBe(0);
  });

  it('is null with fewer than two days', () => {
    expect(trendPerWeek([])).toBeNull();
    expect(trendPerWeek(series([['2026-03-01', 3]]))).toBeNull();
  });
});
