import { describe, expect, it } from 'vitest';
import type { Mood } from '../../shared/domain.ts';
import { makeEntry } from '../export/entry-fixture.ts';
import { careCardFor } from './care-rule.ts';

const today = '2026-03-10';
function moods(byDay: Record<string, Mood>) {
  return Object.entries(byDay).map(([day, mood], index) => makeEntry({ id: String(index), day, mood }));
}

describe('the care card', () => {
  const hardRun = moods({ '2026-03-06': 1, '2026-03-08': 1, '2026-03-10': 1, '2026-03-09': 4 });

  it('appears after three awful days in the last five', () => {
    expect(careCardFor(hardRun, today)).toEqual({ hardDays: 3, windowDays: 5 });
  });

  it('does not appear for two awful days, or for three spread over more than five days', () => {
    expect(careCardFor(moods({ '2026-03-09': 1, '2026-03-10': 1, '2026-03-08': 2 }), today)).toBeNull();
    expect(careCardFor(moods({ '2026-03-05': 1, '2026-03-08': 1, '2026-03-10': 1 }), today)).toBeNull();
  });

  it('counts a day once however many awful entries it has', () => {
    const twice = [
      ...moods({ '2026-03-10': 1, '2026-03-09': 1 }),
      makeEntry({ id: 'x', day: today, mood: 1 }),
    ];
    expect(careCardFor(twice, today)).toBeNull();
  });

  it('stays away for a week after the user puts it away, then may come back', () => {
    expect(careCardFor(hardRun, today, '2026-03-04')).toBeNull();
    expect(careCardFor(hardRun, today, '2026-03-03')).not.toBeNull();
  });
});
