import { describe, expect, it } from 'vitest';
import type { Emotion } from '../../../shared/domain.ts';
import { moodTrends, type TrendEntry } from './mood-trends.ts';

function entry(day: string, mood: number | null, emotions: Emotion[] = []): TrendEntry {
  return { day, mood, emotions };
}

// A three-day space from 1 to 3 March 2026; today is 6 March, three days after it ended.
const settings = { spaceStart: '2026-03-01', spaceLengthDays: 3 };
const today = '2026-03-06';
const entries = [
  entry('2026-02-27', 2, ['anxious']),
  entry('2026-03-01', 3, ['sad', 'lonely']),
  entry('2026-03-01', 5, ['hopeful']),
  entry('2026-03-02', null, ['sad']),
  entry('2026-03-03', 1, ['sad']),
  entry('2026-03-05', 5, ['proud']),
];
const contacts = [
  { day: '2026-03-02', note: 'they called' },
  { day: '2026-02-20', note: '' },
];

describe('moodTrends', () => {
  it('draws one point per day of the space, with rolling mean and contact markers', () => {
    const trends = moodTrends({ entries, contacts, settings, today, range: 'space' });
    expect(trends.from).toBe('2026-03-01');
    expect(trends.to).toBe('2026-03-03');
    expect(trends.space).toMatchObject({ dayNumber: 6, stage: 'after', end: '2026-03-03' });
    expect(trends.points).toEqual([
      // The window reaches back to 27 February: (2 + 4) / 2.
      { day: '2026-03-01', dayNumber: 1, mean: 4, rolling7: 3, contact: false },
      { day: '2026-03-02', dayNumber: 2, mean: null, rolling7: 3, contact: true },
      { day: '2026-03-03', dayNumber: 3, mean: 1, rolling7: 7 / 3, contact: false },
    ]);
    expect(trends.contacts).toEqual([{ day: '2026-03-02', note: 'they called' }]);
  });

  it('stops the rolling line today when the space period reaches into the future', () => {
    const trends = moodTrends({ entries, contacts, settings, today: '2026-03-02', range: 'space' });
    expect(trends.points.map((point) => point.rolling7)).toEqual([3, 3, null]);
  });

  it('summarises the range, but compares during and after the space over the whole journal', () => {
    const { summary } = moodTrends({ entries, contacts, settings, today, range: 'space' });
    expect(summary.entryCount).toBe(4);
    // During: days 1 March (4) and 3 March (1). After: 5 March (5). 27 February is before.
    expect(summary.meanDuringSpace).toBe(2.5);
    expect(summary.meanAfterSpace).toBe(5);
    // From 4 on day 0 to 1 on day 2: -1.5 a day.
    expect(summary.trendPerWeek).toBeCloseTo(-10.5, 12);
    expect(summary.bestDay).toEqual({ day: '2026-03-01', mean: 4, count: 2 });
    expect(summary.worstDay).toEqual({ day: '2026-03-03', mean: 1, count: 1 });
    // Today (6 March) has no entry yet; 5 March does, 4 March does not.
    expect(summary.streakDays).toBe(1);
    expect(summary.topEmotions).toEqual([
      { emotion: 'sad', count: 3 },
      { emotion: 'hopeful', count: 1 },
      { emotion: 'lonely', count: 1 },
    ]);
  });

  it('covers the last 30 or 90 days ending today, with day numbers relative to the start', () => {
    const last30 = moodTrends({ entries, contacts, settings, today, range: '30' });
    expect(last30.points).toHaveLength(30);
    expect(last30.from).toBe('2026-02-05');
    expect(last30.points[0]).toMatchObject({ day: '2026-02-05', dayNumber: -23, mean: null, rolling7: null });
    // 28 February to 6 March: 1 March (4), 3 March (1) and 5 March (5).
    expect(last30.points.at(-1)).toMatchObject({ day: today, dayNumber: 6, mean: null, rolling7: 10 / 3 });
    expect(last30.contacts.map((contact) => contact.day)).toEqual(['2026-02-20', '2026-03-02']);
    expect(last30.summary.entryCount).toBe(6);
    expect(last30.summary.bestDay?.day).toBe('2026-03-05');
    expect(last30.summary.meanDuringSpace).toBe(2.5);

    const last90 = moodTrends({ entries, contacts, settings, today, range: '90' });
    expect(last90.points).toHaveLength(90);
    expect(last90.from).toBe('2025-12-07');
  });

  it("starts 'all' at the first entry or the space's start, whichever is earlier", () => {
    const all = moodTrends({ entries, contacts, settings, today, range: 'all' });
    expect(all.from).toBe('2026-02-27');
    expect(all.to).toBe(today);
    expect(all.points).toHaveLength(8);

    const noEntries = moodTrends({ entries: [], contacts: [], settings, today: '2026-03-06', range: 'all' });
    expect(noEntries.from).toBe('2026-03-01');
    expect(noEntries.points).toHaveLength(6);
  });

  it('gives a journal with no entries yet, and a space that has not started, an honest empty chart', () => {
    const trends = moodTrends({
      entries: [],
      contacts: [],
      settings: { spaceStart: '2026-03-10', spaceLengthDays: 30 },
      today: '2026-03-06',
      range: 'all',
    });
    expect(trends.space.stage).toBe('before');
    expect(trends.points).toEqual([
      { day: '2026-03-06', dayNumber: -3, mean: null, rolling7: null, contact: false },
    ]);
    expect(trends.summary).toEqual({
      entryCount: 0,
      meanDuringSpace: null,
      meanAfterSpace: null,
      trendPerWeek: null,
      bestDay: null,
      worstDay: null,
      streakDays: 0,
      topEmotions: [],
    });
    expect(trends.yearPixels).toEqual([]);
  });

  it("fills the year in pixels with this calendar year's days that have a mood", () => {
    const trends = moodTrends({
      entries: [
        entry('2025-12-31', 4),
        entry('2026-01-01', 2),
        entry('2026-01-01', 3),
        entry('2026-03-01', null),
      ],
      contacts: [],
      settings,
      today,
      range: 'space',
    });
    expect(trends.yearPixels).toEqual([{ day: '2026-01-01', mean: 2.5, count: 2 }]);
  });
});
