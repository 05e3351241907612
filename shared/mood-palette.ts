/**
 * Mood colours and words, shared by the app's mood chart and the exported PDF so both say the same
 * thing in the same way.
 *
 * The colours were chosen so that:
 * - each reaches 4.5:1 against white (WCAG AA for text) and 3:1 against the dark reference
 *   background (WCAG AA for graphics and large text), so one palette serves both themes;
 * - the five stay distinguishable under protanopia, deuteranopia and tritanopia (simulated with
 *   Machado et al. 2009): a clay brown and an olive sit between raspberry and blue, instead of a
 *   red-to-green scale that colour-blind readers cannot tell apart.
 * Colour is never the only cue: the chart places moods on a labelled axis and the word is printed
 * beside every swatch.
 */
import { MOOD_LABELS, type Mood } from './domain.ts';
import { InterludeError } from './errors.ts';

export type MoodLabel = (typeof MOOD_LABELS)[number];

/** Every mood, from awful to great. */
export const MOOD_LEVELS: readonly Mood[] = [1, 2, 3, 4, 5];

/** The colour of each mood, 1 (awful) to 5 (great). */
export const MOOD_COLORS: Readonly<Record<Mood, string>> = {
  1: '#B63B78',
  2: '#955D46',
  3: '#7C7A05',
  4: '#0678C0',
  5: '#9530ED',
};

/** The backgrounds the palette is checked against; any darker background only raises the contrast. */
export const MOOD_PALETTE_BACKGROUNDS = { light: '#FFFFFF', dark: '#1C1C1E' } as const;

/** The tint behind the space period on the mood chart (a translucent blue that reads on both themes). */
export const SPACE_PERIOD_TINT = 'rgba(6, 120, 192, 0.10)';

/** The whole mood nearest to a value (an entry's mood, a daily or rolling mean), kept within 1..5. */
export function nearestMood(value: number): Mood {
  return Math.min(5, Math.max(1, Math.round(value))) as Mood;
}

/** The colour of a mood, 1 (awful) to 5 (great); a mean gets the colour of the nearest whole mood. */
export function moodColor(mood: number): string {
  return MOOD_COLORS[nearestMood(mood)];
}

/** The word for a mood (awful, bad, okay, good, great); a mean gets the word of the nearest whole mood. */
export function moodLabel(mood: number): MoodLabel {
  return MOOD_LABELS[nearestMood(mood) - 1] as MoodLabel;
}

/** WCAG 2 contrast ratio between two `#RRGGBB` colours (1 to 21). */
export function contrastRatio(first: string, second: string): number {
  const a = relativeLuminance(first);
  const b = relativeLuminance(second);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new InterludeError('INTERNAL', 'A colour must be written as #RRGGBB.');
  const [red, green, blue] = match.slice(1).map((channel) => {
    const value = Number.parseInt(channel, 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}
