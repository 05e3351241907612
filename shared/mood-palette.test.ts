import { describe, expect, it } from 'vitest';
import { MOOD_LABELS, type Mood } from './domain.ts';
import {
  contrastRatio,
  MOOD_LEVELS,
  MOOD_PALETTE_BACKGROUNDS,
  MOOD_PALETTES,
  moodColor,
  moodColorVar,
  moodLabel,
  moodPaletteProperties,
  type PaletteTheme,
  relativeLuminance,
} from './mood-palette.ts';

// Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB.
const COLOR_VISION = {
  typical: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
} as const;
type Vision = keyof typeof COLOR_VISION;
const THEMES: PaletteTheme[] = ['light', 'dark'];
const VISIONS = Object.keys(COLOR_VISION) as Vision[];

function linearRgb(hex: string): number[] {
  return [1, 3, 5].map((start) => {
    const value = Number.parseInt(hex.slice(start, start + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
}

function asSeenWith(vision: Vision, hex: string): number[] {
  const rgb = linearRgb(hex);
  const matrix: readonly (readonly number[])[] = COLOR_VISION[vision];
  return matrix.map((row) => row.reduce((sum, weight, index) => sum + weight * (rgb[index] ?? 0), 0));
}

function cieLab(linear: number[]): [number, number, number] {
  const [r, g, b] = linear.map((value) => Math.min(1, Math.max(0, value))) as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function difference(vision: Vision, first: string, second: string): number {
  const a = cieLab(asSeenWith(vision, first));
  const b = cieLab(asSeenWith(vision, second));
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

describe('mood palette', () => {
  it('names the five moods with the domain words, awful to great', () => {
    expect(MOOD_LEVELS.map((mood) => moodLabel(mood))).toEqual([...MOOD_LABELS]);
  });

  it.each(THEMES)('gets lighter at every step from awful to great (%s theme)', (theme) => {
    const luminances = MOOD_LEVELS.map((mood) => relativeLuminance(MOOD_PALETTES[theme][mood]));
    for (let step = 1; step < luminances.length; step++) {
      expect(luminances[step]).toBeGreaterThan(luminances[step - 1]!);
    }
  });

  it.each(THEMES)('reaches 3:1 against every background of the %s theme', (theme) => {
    for (const background of MOOD_PALETTE_BACKGROUNDS[theme]) {
      for (const mood of MOOD_LEVELS) {
        expect(contrastRatio(MOOD_PALETTES[theme][mood], background)).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it.each(THEMES.flatMap((theme) => VISIONS.map((vision) => [theme, vision] as const)))(
    'keeps neighbouring moods apart in the %s theme for %s vision',
    (theme, vision) => {
      const colours = MOOD_LEVELS.map((mood) => MOOD_PALETTES[theme][mood]);
      for (let step = 1; step < colours.length; step++) {
        // A CIE76 difference of 20 is obvious side by side; 2.3 is "just noticeable".
        expect(difference(vision, colours[step - 1]!, colours[step]!)).toBeGreaterThan(20);
      }
    },
  );

  it('tells awful and great apart far more than any neighbours, for every vision', () => {
    for (const theme of THEMES) {
      for (const vision of VISIONS) {
        const ends = difference(vision, MOOD_PALETTES[theme][1], MOOD_PALETTES[theme][5]);
        const neighbours = MOOD_LEVELS.slice(1).map((mood) =>
          difference(vision, MOOD_PALETTES[theme][(mood - 1) as Mood], MOOD_PALETTES[theme][mood]),
        );
        expect(ends).toBeGreaterThan(Math.max(...neighbours));
      }
    }
  });

  it('colours and names a mean by the nearest mood, keeping out-of-range values on the scale', () => {
    expect(moodColor(4.4)).toBe(MOOD_PALETTES.light[4]);
    expect(moodColor(4.6, 'dark')).toBe(MOOD_PALETTES.dark[5]);
    expect(moodColor(0.2)).toBe(MOOD_PALETTES.light[1]);
    expect(moodColorVar(2.6)).toBe('var(--mood-3)');
    expect(moodLabel(2.6)).toBe('okay');
    expect(moodLabel(7)).toBe('great');
  });

  it('hands the renderer both themes as CSS properties', () => {
    expect(moodPaletteProperties()).toMatchObject({
      '--mood-light-1': MOOD_PALETTES.light[1],
      '--mood-dark-5': MOOD_PALETTES.dark[5],
    });
    expect(Object.keys(moodPaletteProperties())).toHaveLength(10);
  });

  it('computes the WCAG contrast of black on white as 21:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});
