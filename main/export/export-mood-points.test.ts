import { describe, expect, it } from 'vitest';
import { moodTrends } from '../journal/mood/mood-trends.ts';
import { makeEntry } from './entry-fixture.ts';
import { exportMoodPoints } from './export-mood-points.ts';

const space = { start: '2025-03-01', today: '2025-03-05' };

describe('exportMoodPoints', () => {
  const entries = [
    makeEntry({ id: 'a', day: '2025-02-27', mood: 1 }),
    makeEntry({ id: 'b', day: '2025-03-02', mood: 2 }),
    makeEntry({ id: 'c', day: '2025-03-02', mood: 4 }),
    makeEntry({ id: 'd', day: '2025-03-04', mood: null }),
    makeEntry({ id: 'e', day: '2025-03-05', mood: 5 }),
  ];
  const points = exportMoodPoints({
    entries,
    range: { from: '2025-03-01', to: '2025-03-05' },
    space,
    contacts: [{ day: '2025-03-03', note: '' }],
  });

  it('gives one point per calendar day of the range', () => {
    expect(points.map((point) => point.day)).toEqual([
      '2025-03-01',
      '2025-03-02',
      '2025-03-03',
      '2025-03-04',
      '2025-03-05',
    ]);
  });

  it('averages the moods of each day and leaves days without a mood empty', () => {
    expect(points.map((point) => point.mean)).toEqual([null, 3, null, null, 5]);
  });

  it('lets the rolling mean reach back before the range', () => {
    expect(points[0]!.rolling7).toBe(1);
    expect(points[4]!.rolling7).toBe(3);
  });

  it('numbers days within the space period and marks contact days', () => {
    expect(points.map((point) => point.dayNumber)).toEqual([1, 2, 3, 4, 5]);
    expect(points.map((point) => point.contact)).toEqual([false, false, true, false, false]);
  });

  it('stops the rolling mean today, when the range reaches into the future', () => {
    const ahead = exportMoodPoints({
      entries,
      range: { from: '2025-03-04', to: '2025-03-07' },
      space: { start: '2025-03-01', today: '2025-03-05' },
      contacts: [],
    });
    expect(ahead.map((point) => point.rolling7)).toEqual([2, 3, null, null]);
  });

  it('matches the app’s mood screen on the range they share', () => {
    const trends = moodTrends({
      entries,
      contacts: [{ day: '2025-03-03', note: '' }],
      settings: { spaceStart: '2025-03-01', spaceLengthDays: 10 },
      today: '2025-03-05',
      range: 'space',
    });
    const same = exportMoodPoints({
      entries,
      range: { from: trends.from, to: trends.to },
      space: trends.space,
      contacts: trends.contacts,
    });
    expect(same.map((point) => point.day).at(-1)).toBe('2025-03-10');
    expect(same).toEqual(trends.points);
  });
});
