import { describe, expect, it } from 'vitest';
import { streakDays } from './streak.ts';

describe('streakDays', () => {
  const days = ['2026-02-27', '2026-02-28', '2026-03-01'];

  it('counts consecutive days ending today, across a month end', () => {
    expect(streakDays(days, '2026-03-01')).toBe(3);
  });

  it('still counts the streak ending yesterday before today has an entry', () => {
    expect(streakDays(days, '2026-03-02')).toBe(3);
  });

  it('is broken by a day without an entry', () => {
    expect(streakDays(days, '2026-03-03')).toBe(0);
    expect(streakDays(['2026-02-25', '2026-02-27', '2026-02-28'], '2026-02-28')).toBe(2);
  });

  it('crosses 29 February and the new year, and counts a day with several entries once', () => {
    expect(streakDays(['2024-02-28', '2024-02-29', '2024-02-29', '2024-03-01'], '2024-03-01')).toBe(3);
    expect(streakDays(['2025-12-30', '2025-12-31', '2026-01-01'], '2026-01-01')).toBe(3);
  });

  it('ignores entries dated after today, and is 0 without entries', () => {
    expect(streakDays(['2026-03-05'], '2026-03-01')).toBe(0);
    expect(streakDays([], '2026-03-01')).toBe(0);
  });
});
