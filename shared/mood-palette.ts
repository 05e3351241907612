/**
 * Mood colours and words: the single source for the app's chart, pixels, calendar and entry dots,
 * and the exported PDF.
 *
 * One sequential scale runs from awful to great, like viridis: purple, slate blue, teal, green,
 * yellow, darker to lighter, so the order shows without a legend. It comes in two lightnesses of
 * the same hues, one per theme, because no five colours reach 3:1 (WCAG non-text contrast) against
 * both a white page and a near-black one while still getting visibly lighter step by step.
 * mood-palette.test.ts checks, for each theme: luminance rises at every step; every colour reaches
 * 3:1 against the theme's backgrounds; and neighbouring moods stay apart (CIE76 difference above
 * 20) for typical vision and simulated protanopia, deuteranopia and tritanopia (Machado et al. 2009).
 * Colour is never the only cue: moods sit on a labelled axis, and the word is printed beside
 * every swatch.
 */
import { MOOD_LABELS, type Mood } from './domain.ts';
import { InterludeError } from './errors.ts';

export type MoodLabel = (typeof MOOD_LABELS)[number];
export type PaletteTheme = 'light' | 'dark';

/** Every mood, from awful to great. */
export const MOOD_LEVELS: readonly Mood[] = [1, 2, 3, 4, 5];

/** The colour of each mood, 1 (awful) to 5 (great), for each theme. */
export const MOOD_PALETTES: Readonly<Record<PaletteTheme, Readonly<Record<Mood, string>>>> = {
  light: { 1: '#5A218A', 2: '#4B5078', 3: '#00745C', 4: '#6A823D', 5: '#9E8E00' },
  dark: { 1: '#994FDB', 2: '#828BC0', 3: '#2FBDA0', 4: '#A5D269', 5: '#F7E21C' },
};

/** The light theme's colours, which are also the ones printed (a PDF is read on white paper). */
export const MOOD_COLORS: Readonly<Record<Mood, string>> = MOOD_PALETTES.light;

/** The backgrounds each theme's colours are checked against (styles/base.css: --bg and --surface). */
export const MOOD_PALETTE_BACKGROUNDS: Readonly<Record<PaletteTheme, readonly string[]>> = {
  light: ['#FFFFFF', '#F7F5F1'],
  dark: ['#1C1C1E', '#26262A'],
};

/** The tint behind the space period on the mood chart (a translucent blue that reads on both themes). */
export const SPACE_PERIOD_TINT = 'rgba(6, 120, 192, 0.10)';

/**
 * The CSS custom properties that carry both themes' colours (`--mood-light-1` … `--mood-dark-5`).
 * The renderer sets them on <html>; styles/base.css picks `--mood-1` … `--mood-5` for the theme.
 */
export function moodPaletteProperties(): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const theme of ['light', 'dark'] as const) {
    for (const mood of MOOD_LEVELS) properties[`--mood-${theme}-${mood}`] = MOOD_PALETTES[theme][mood];
  }
  return properties;
}

/** The colour of a mood in the current theme, as a CSS value (for styles and SVG fills in the app). */
export function moodColorVar(mood: number): string {
  return `var(--mood-${nearestMood(mood)})`;
}

/** The whole mood nearest to a value (an entry's mood, a daily or rolling mean), kept within 1..5. */
export function nearestMood(value: number): Mood {
  return Math.min(5, Math.max(1, Math.round(value))) as Mood;
}

/** The colour of a mood, 1 (awful) to 5 (great); a mean gets the colour of the nearest whole mood. */
export function moodColor(mood: number, theme: PaletteTheme = 'light'): string {
  return MOOD_PALETTES[theme][nearestMood(mood)];
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

/** WCAG 2 relative luminance of a `#RRGGBB` colour (0 for black to 1 for white). */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new InterludeError('INTERNAL', 'A colour must be written as #RRGGBB.');
  const [red, green, blue] = match.slice(1).map((channel) => {
    const value = Number.parseInt(channel, 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}
