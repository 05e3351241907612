import { describe, expect, it } from 'vitest';
import { bestAndWorstDay } from './best-and-worst-day.ts';

describe('bestAndWorstDay', () => {
  it('finds the highest and lowest daily mean', () => {
    const series = [
      { day: '2026-03-01', mean: 3, count: 1 },
      { day: '2026-03-02', mean: 4.5, count: 2 },
      { day: '2026-03-03', mean: 1.5, count: 2 },
    ];
    expect(bestAndWorstDay(series)).toEqual({ best: series[1], worst: series[2] });
  });

  it('breaks ties the same way for both: the most recent of the equal days', () => {
    const series = [
      { day: '2026-03-01', mean: 4, count: 1 },
      { day: '2026-03-02', mean: 2, count: 1 },
      { day: '2026-03-03', mean: 4, count: 2 },
      { day: '2026-03-04', mean: 2, count: 3 },
    ];
    const { best, worst } = bestAndWorstDay(series);
    expect(best?.day).toBe('2026-03-03');
    expect(worst?.day).toBe('2026-03-04');
  });

  it('names no hardest day when no day was harder than another, as with a single entry', () => {
    const one = [{ day: '2026-03-01', mean: 3, count: 1 }];
    expect(bestAndWorstDay(one)).toEqual({ best: one[0], worst: null });
    const same = [
      { day: '2026-03-01', mean: 4, count: 1 },
      { day: '2026-03-02', mean: 4, count: 1 },
    ];
    expect(bestAndWorstDay(same)).toEqual({ best: same[1], worst: null });
  });

  it('is null without any mood', () => {
    expect(bestAndWorstDay([])).toEqual({ best: null, worst: null });
  });
});
