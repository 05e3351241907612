/** Mood trends for the chart's jsdom tests (screens use the real core: testing/test-core.ts). */
import type { MoodPoint, MoodTrends } from '../../../../shared/api.ts';

/** Trends over a space period that started on `start`, with a mood on each of `moods` days. */
export function sampleTrends(options: {
  start: string;
  lengthDays: number;
  today: string;
  moods: number[];
}): MoodTrends {
  const startMs = Date.parse(`${options.start}T00:00:00Z`);
  const dayAt = (index: number) => new Date(startMs + index * 86_400_000).toISOString().slice(0, 10);
  const points: MoodPoint[] = [];
  for (let index = 0; index < options.lengthDays; index++) {
    const mean = options.moods[index] ?? null;
    const window = options.moods.slice(Math.max(0, index - 6), index + 1);
    points.push({
      day: dayAt(index),
      dayNumber: index + 1,
      mean,
      rolling7:
        mean === null || window.length === 0 ? null : window.reduce((a, b) => a + b, 0) / window.length,
      contact: false,
    });
  }
  const end = dayAt(options.lengthDays - 1);
  const todayNumber = Math.round((Date.parse(`${options.today}T00:00:00Z`) - startMs) / 86_400_000) + 1;
  return {
    range: 'space',
    from: options.start,
    to: end,
    space: {
      start: options.start,
      lengthDays: options.lengthDays,
      end,
      today: options.today,
      dayNumber: todayNumber,
      stage: todayNumber <= options.lengthDays ? 'space' : 'after',
    },
    points,
    summary: {
      entryCount: options.moods.length,
      meanDuringSpace: options.moods.length
        ? options.moods.reduce((a, b) => a + b, 0) / options.moods.length
        : null,
      meanAfterSpace: null,
      trendPerWeek: 0.4,
      bestDay: options.moods.length ? { day: dayAt(0), mean: 5, count: 1 } : null,
      worstDay: options.moods.length ? { day: dayAt(1), mean: 1, count: 1 } : null,
      streakDays: 3,
      topEmotions: [
        { emotion: 'sad', count: 4 },
        { emotion: 'hopeful', count: 2 },
      ],
    },
    contacts: [],
    yearPixels: points
      .filter((point) => point.mean !== null)
      .map((point) => ({ day: point.day, mean: point.mean as number, count: 1 })),
  };
}
