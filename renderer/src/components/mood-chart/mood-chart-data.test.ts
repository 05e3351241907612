import { describe, expect, it } from 'vitest';
import { sampleTrends } from '../testing/sample-trends.ts';
import { chartModel, dayOfNumber, dayTicks, isSpaceDay, MOOD_AXIS_DOMAIN } from './mood-chart-data.ts';

describe('dayTicks', () => {
  it('marks the first day of each week of a 30-day space', () => {
    expect(dayTicks(1, 30, 8)).toEqual([1, 8, 15, 22, 29]);
    expect(dayTicks(1, 7, 8)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('keeps the grid anchored on day 1 when the range starts before the space', () => {
    const ticks = dayTicks(-20, 40, 8);
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(ticks).toContain(1);
  });
});

describe('chartModel', () => {
  const trends = sampleTrends({ start: '2026-03-01', lengthDays: 30, today: '2026-03-10', moods: [2, 3, 4] });

  it('spans the space period, with a dot for each day that has a mood', () => {
    const model = chartModel(trends);
    expect([model.firstDayNumber, model.lastDayNumber]).toEqual([1, 30]);
    expect(model.meanPoints.map((point) => point.dayNumber)).toEqual([1, 2, 3]);
    expect(model.spaceArea).toEqual({ from: 1, to: 30 });
    expect(model.todayDayNumber).toBe(10);
  });

  it('draws no 7-day mean on days still to come', () => {
    const withFuture = {
      ...trends,
      points: trends.points.map((point) => ({ ...point, rolling7: point.dayNumber <= 16 ? 3 : null })),
    };
    const model = chartModel(withFuture);
    expect(model.points.filter((point) => point.rolling7 !== null).map((point) => point.dayNumber)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
  });

  it('marks the contact days that fall inside the range', () => {
    const model = chartModel({
      ...trends,
      contacts: [
        { day: '2026-03-05', note: '' },
        { day: '2025-12-01', note: '' },
      ],
    });
    expect(model.contactDayNumbers).toEqual([5]);
  });

  it('leaves the space unshaded when the range is wholly after it', () => {
    const model = chartModel({ ...trends, from: '2026-05-01', to: '2026-05-30' });
    expect(model.spaceArea).toBeNull();
    expect(model.todayDayNumber).toBeNull();
  });

  it('names the calendar day of a space day', () => {
    expect(dayOfNumber('2026-02-27', 3)).toBe('2026-03-01');
  });
});

describe('the chart around the space period', () => {
  const trends = sampleTrends({ start: '2026-03-01', lengthDays: 30, today: '2026-03-03', moods: [2] });
  // The last 90 days, when the space began two days ago: the shading is a sliver at the right.
  const ninetyDays = { ...trends, range: '90' as const, from: '2025-12-04', to: '2026-03-03' };

  it('names only space-period days by number', () => {
    expect([0, 1, 30, 31, -69].map((day) => isSpaceDay(day, 30))).toEqual([false, true, true, false, false]);
  });

  it('leaves the "Space period" label off a sliver of shading, where it would run into "Today"', () => {
    expect(chartModel(ninetyDays, 8, 560).labelSpaceArea).toBe(false);
    expect(chartModel(trends, 8, 560).labelSpaceArea).toBe(true);
  });

  it('runs the mood axis past awful and great so their dots are drawn whole', () => {
    expect(MOOD_AXIS_DOMAIN[0]).toBeLessThan(1);
    expect(MOOD_AXIS_DOMAIN[1]).toBeGreaterThan(5);
  });
});
