/**
 * How often each emotion was named.
 */
import type { Emotion, Entry } from '../../../shared/domain.ts';

export interface EmotionCount {
  emotion: Emotion;
  /** How many entries name this emotion. */
  count: number;
}

/** Each emotion named at least once, with how many entries name it, most frequent first, then by name. */
export function emotionFrequencies(entries: readonly Pick<Entry, 'emotions'>[]): EmotionCount[] {
  const counts = new Map<Emotion, number>();
  for (const entry of entries) {
    for (const emotion of new Set(entry.emotions)) counts.set(emotion, (counts.get(emotion) ?? 0) + 1);
  }
  return [...counts]
    .map(([emotion, count]) => ({ emotion, count }))
    .sort((a, b) => b.count - a.count || (a.emotion < b.emotion ? -1 : a.emotion > b.emotion ? 1 : 0));
}
