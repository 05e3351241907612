import { describe, expect, it } from 'vitest';
import type { HardDate } from '../../shared/domain.ts';
import { fallsOn, hardDateHeadsUps, nextOccurrence } from './hard-dates.ts';

const birthday: HardDate = { id: 'b', day: '2025-06-14', label: 'Her birthday', yearly: true };
const court: HardDate = { id: 'c', day: '2026-03-20', label: 'The court date', yearly: false };
const leapDay: HardDate = { id: 'l', day: '2024-02-29', label: 'Our anniversary', yearly: true };

describe('hard dates', () => {
  it('gives a heads-up from three days ahead until the day itself, and not before', () => {
    expect(hardDateHeadsUps([birthday], '2026-06-10')).toEqual([]);
    expect(hardDateHeadsUps([birthday], '2026-06-11').map((h) => h.daysAhead)).toEqual([3]);
    expect(hardDateHeadsUps([birthday], '2026-06-14')).toMatchObject([
      { day: '2026-06-14', daysAhead: 0, label: 'Her birthday' },
    ]);
    expect(hardDateHeadsUps([birthday], '2026-06-15')).toEqual([]);
  });

  it('offers a prompt for planning the day that names it', () => {
    const [headsUp] = hardDateHeadsUps([birthday], '2026-06-12');
    expect(headsUp?.prompt.text).toMatch(
      /^Her birthday is coming\. What would make that day a little gentler/,
    );
    expect(hardDateHeadsUps([birthday], '2026-06-14')[0]?.prompt.text).toMatch(/^Today is Her birthday/);
  });

  it('brings a yearly date back every year, across the new year', () => {
    const newYear: HardDate = { id: 'n', day: '2025-01-01', label: 'New Year', yearly: true };
    expect(hardDateHeadsUps([newYear], '2026-12-30')).toMatchObject([{ day: '2027-01-01', daysAhead: 2 }]);
  });

  it('shows a one-off date once, and never a yearly one before it was first marked', () => {
    expect(hardDateHeadsUps([court], '2026-03-18')).toHaveLength(1);
    expect(nextOccurrence(court, '2026-03-21')).toBeNull();
    expect(fallsOn(birthday, '2024-06-14')).toBe(false);
    expect(fallsOn(birthday, '2027-06-14')).toBe(true);
  });

  it('keeps a 29 February date on 28 February in other years', () => {
    expect(nextOccurrence(leapDay, '2026-02-01')).toBe('2026-02-28');
    expect(nextOccurrence(leapDay, '2027-12-01')).toBe('2028-02-29');
  });

  it('lists the soonest first', () => {
    const soon: HardDate = { id: 's', day: '2026-06-12', label: 'Moving day', yearly: false };
    expect(hardDateHeadsUps([birthday, soon], '2026-06-11').map((h) => h.hardDateId)).toEqual(['s', 'b']);
  });
});
