import { describe, expect, it } from 'vitest';
import { InterludeError } from './errors.ts';
import { AFTER_STAGE_DAYS, spacePeriodOn } from './space-period.ts';

const thirtyDays = { spaceStart: '2026-03-01', spaceLengthDays: 30 };

describe('spacePeriodOn', () => {
  it('counts day 1 on the start day and ends on day N', () => {
    expect(spacePeriodOn(thirtyDays, '2026-03-01')).toEqual({
      start: '2026-03-01',
      lengthDays: 30,
      end: '2026-03-30',
      today: '2026-03-01',
      dayNumber: 1,
      stage: 'space',
    });
    expect(spacePeriodOn(thirtyDays, '2026-03-30')).toMatchObject({ dayNumber: 30, stage: 'space' });
  });

  it('is "before" until the start day', () => {
    expect(spacePeriodOn(thirtyDays, '2026-02-28')).toMatchObject({ dayNumber: 0, stage: 'before' });
    expect(spacePeriodOn(thirtyDays, '2026-02-01')).toMatchObject({ dayNumber: -27, stage: 'before' });
  });

  it(`is "after" from the day after the end for ${AFTER_STAGE_DAYS} days, then "beyond"`, () => {
    expect(AFTER_STAGE_DAYS).toBe(60);
    expect(spacePeriodOn(thirtyDays, '2026-03-31')).toMatchObject({ dayNumber: 31, stage: 'after' });
    // Day 90 (30 + 60) is 29 May; day 91 is the first day beyond the guide.
    expect(spacePeriodOn(thirtyDays, '2026-05-29')).toMatchObject({ dayNumber: 90, stage: 'after' });
    expect(spacePeriodOn(thirtyDays, '2026-05-30')).toMatchObject({ dayNumber: 91, stage: 'beyond' });
    expect(spacePeriodOn(thirtyDays, '2027-03-01')).toMatchObject({ dayNumber: 366, stage: 'beyond' });
  });

  it('counts 29 February in a leap year', () => {
    const space = spacePeriodOn({ spaceStart: '2024-02-28', spaceLengthDays: 3 }, '2024-03-01');
    expect(space).toMatchObject({ end: '2024-03-01', dayNumber: 3, stage: 'space' });
  });

  it('handles a one-day space', () => {
    const settings = { spaceStart: '2026-03-01', spaceLengthDays: 1 };
    expect(spacePeriodOn(settings, '2026-03-01')).toMatchObject({ end: '2026-03-01', stage: 'space' });
    expect(spacePeriodOn(settings, '2026-03-02')).toMatchObject({ dayNumber: 2, stage: 'after' });
  });

  it('refuses a space of no days', () => {
    expect(() => spacePeriodOn({ spaceStart: '2026-03-01', spaceLengthDays: 0 }, '2026-03-01')).toThrow(
      InterludeError,
    );
  });
});
