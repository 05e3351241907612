import { describe, expect, it } from 'vitest';
import { meanDuringAndAfterSpace } from './space-means.ts';

describe('meanDuringAndAfterSpace', () => {
  const space = { start: '2026-03-01', end: '2026-03-03' };

  it('splits the days at the end of the space, leaving out days before it', () => {
    const series = [
      { day: '2026-02-28', mean: 1, count: 1 },
      { day: '2026-03-01', mean: 2, count: 1 },
      { day: '2026-03-03', mean: 4, count: 2 },
      { day: '2026-03-04', mean: 5, count: 1 },
      { day: '2026-03-10', mean: 4, count: 1 },
    ];
    expect(meanDuringAndAfterSpace(series, space)).toEqual({ during: 3, after: 4.5 });
  });

  it('is null where there is nothing to average', () => {
    expect(meanDuringAndAfterSpace([], space)).toEqual({ during: null, after: null });
    expect(meanDuringAndAfterSpace([{ day: '2026-03-02', mean: 3, count: 1 }], space)).toEqual({
      during: 3,
      after: null,
    });
  });
});
