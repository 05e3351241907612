import { describe, expect, it } from 'vitest';
import { summarise } from './statistics.ts';

describe('summarise', () => {
  it('takes the middle sample of an odd count, unmoved by one slow outlier', () => {
    expect(summarise([5, 1, 900, 3, 4])).toEqual({ median: 4, min: 1, max: 900, count: 5 });
  });

  it('averages the two middle samples of an even count', () => {
    expect(summarise([4, 1, 3, 2]).median).toBe(2.5);
  });
});

describe('selfReportedMs', () => {
  it('uses a time the benchmark measured itself, and ignores anything else', async () => {
    const { selfReportedMs } = await import('./benchmark.ts');
    expect(selfReportedMs({ elapsedMs: 34.5 })).toBe(34.5);
    expect(selfReportedMs({ elapsedMs: Number.NaN })).toBeNull();
    expect(selfReportedMs(undefined)).toBeNull();
    expect(selfReportedMs([1, 2])).toBeNull();
  });
});
