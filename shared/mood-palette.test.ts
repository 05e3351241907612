import { describe, expect, it } from 'vitest';
import { MOOD_LABELS } from './domain.ts';
import {
  contrastRatio,
  MOOD_COLORS,
  MOOD_LEVELS,
  MOOD_PALETTE_BACKGROUNDS,
  moodColor,
  moodLabel,
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

function linearRgb(hex: string): number[] {
  return [1, 3, 5].map((start) => {
    const value = Number.parseInt(hex.slice(start, start + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
}

function asSeenWith(matrix: readonly (readonly number[])[], hex: string): number[] {
  const rgb = linearRgb(hex);
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

describe('mood palette', () => {
  it('names the five moods with the domain words, awful to great', () => {
    expect(MOOD_LEVELS.map(moodLabel)).toEqual([...MOOD_LABELS]);
  });

  it('gives every mood its own colour', () => {
    expect(new Set(MOOD_LEVELS.map(moodColor)).size).toBe(5);
  });

  it.each(MOOD_LEVELS)(
    'mood %i reads as text on white (4.5:1) and as a mark on the dark theme (3:1)',
    (mood) => {
      expect(contrastRatio(MOOD_COLORS[mood], MOOD_PALETTE_BACKGROUNDS.light)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(MOOD_COLORS[mood], MOOD_PALETTE_BACKGROUNDS.dark)).toBeGreaterThanOrEqual(3);
    },
  );

  it.each(Object.keys(COLOR_VISION) as (keyof typeof COLOR_VISION)[])(
    'keeps the five moods apart for %s vision',
    (vision) => {
      const colours = MOOD_LEVELS.map((mood) => cieLab(asSeenWith(COLOR_VISION[vision], MOOD_COLORS[mood])));
      let smallestDifference = Number.POSITIVE_INFINITY;
      for (const [index, first] of colours.entries()) {
        for (const second of colours.slice(index + 1)) {
          smallestDifference = Math.min(
            smallestDifference,
            Math.hypot(...first.map((v, i) => v - second[i]!)),
          );
        }
      }
      // A CIE76 difference of 20 is obvious side by side; 2.3 is "just noticeable".
      expect(smallestDifference).toBeGreaterThan(20);
    },
  );

  it('colours and names a mean by the nearest mood, keeping out-of-range values on the scale', () => {
    expect(moodColor(4.4)).toBe(MOOD_COLORS[4]);
    expect(moodColor(4.6)).toBe(MOOD_COLORS[5]);
    expect(moodColor(0.2)).toBe(MOOD_COLORS[1]);
    expect(moodLabel(2.6)).toBe('okay');
    expect(moodLabel(7)).toBe('great');
  });

  it('computes the WCAG contrast of black on white as 21:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});
