import { describe, expect, it } from 'vitest';
import { dailyMeans, meanOfDays } from './daily-means.ts';

describe('dailyMeans', () => {
  it('averages each day, leaves out entries without a mood, and sorts by day', () => {
    expect(
      dailyMeans([
        { day: '2026-03-02', mood: 4 },
        { day: '2026-03-01', mood: 2 },
        { day: '2026-03-02', mood: 5 },
        { day: '2026-03-02', mood: null },
        { day: '2026-03-03', mood: null },
        { day: '2025-12-31', mood: 1 },
      ]),
    ).toEqual([
      { day: '2025-12-31', mean: 1, count: 1 },
      { day: '2026-03-01', mean: 2, count: 1 },
      { day: '2026-03-02', mean: 4.5, count: 2 },
    ]);
  });

  it('is empty without entries', () => {
    expect(dailyMeans([])).toEqual([]);
  });
});

describe('meanOfDays', () => {
  it('weighs each day once, however many entries it has', () => {
    // 1 on one day; 5, 5 and 5 on another: the mean is 3, not 4.
    const series = dailyMeans([
      { day: '2026-03-01', mood: 1 },
      { day: '2026-03-02', mood: 5 },
      { day: '2026-03-02', mood: 5 },
      { day: '2026-03-02', mood: 5 },
    ]);
    expect(meanOfDays(series)).toBe(3);
    expect(meanOfDays([])).toBeNull();
  });
});
