import { describe, expect, it } from 'vitest';
import { emotionFrequencies } from './emotion-frequencies.ts';

describe('emotionFrequencies', () => {
  it('counts entries per emotion, most frequent first, then by name', () => {
    expect(
      emotionFrequencies([
        { emotions: ['sad', 'lonely'] },
        { emotions: ['sad', 'hopeful'] },
        { emotions: ['hopeful', 'sad', 'sad'] },
        { emotions: ['calm'] },
        { emotions: [] },
      ]),
    ).toEqual([
      { emotion: 'sad', count: 3 },
      { emotion: 'hopeful', count: 2 },
      { emotion: 'calm', count: 1 },
      { emotion: 'lonely', count: 1 },
    ]);
  });

  it('is empty without emotions', () => {
    expect(emotionFrequencies([])).toEqual([]);
  });
});
