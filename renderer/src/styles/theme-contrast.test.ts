/**
 * The theme's colours, read from base.css itself, reach WCAG AA in both themes: 4.5:1 for text on
 * every background it is shown on, 3:1 for focus rings and field borders.
 */
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../shared/mood-palette.ts';
import css from './base.css?raw';

const themes = { light: 0, dark: 1 } as const;

/** Each `--name: light-dark(#light, #dark)` of base.css. */
function themeColours(): Map<string, [string, string]> {
  const colours = new Map<string, [string, string]>();
  for (const match of css.matchAll(/(--[\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)) {
    colours.set(match[1]!, [match[2]!, match[3]!]);
  }
  return colours;
}

const colours = themeColours();
const colour = (name: string, theme: keyof typeof themes): string => {
  const pair = colours.get(name);
  if (!pair) throw new Error(`base.css has no light-dark() colour ${name}`);
  return pair[themes[theme]];
};

const PAGES = ['--bg', '--surface', '--surface-sunken'];
const SOFT = ['--accent-soft', '--success-soft', '--warning-soft', '--danger-soft'];
/** [foreground, backgrounds, minimum ratio] */
const PAIRS: [string, string[], number][] = [
  ['--text', [...PAGES, ...SOFT], 4.5],
  ['--text-muted', [...PAGES, ...SOFT], 4.5],
  ['--accent', ['--bg', '--surface', '--accent-soft'], 4.5],
  ['--danger', ['--bg', '--surface', '--danger-soft'], 4.5],
  ['--success', ['--bg', '--surface', '--success-soft'], 4.5],
  ['--warning', ['--bg', '--surface', '--warning-soft'], 4.5],
  ['--on-accent', ['--accent', '--accent-hover'], 4.5],
  // The danger button writes its label in the surface colour.
  ['--surface', ['--danger'], 4.5],
  ['--focus', ['--bg', '--surface'], 3],
  ['--border-strong', ['--surface', '--bg'], 3],
];

describe('theme colours', () => {
  it('are each written for both themes', () => {
    expect(colours.size).toBeGreaterThanOrEqual(18);
  });

  for (const theme of Object.keys(themes) as (keyof typeof themes)[]) {
    it(`reach WCAG AA in the ${theme} theme`, () => {
      const failures: string[] = [];
      for (const [foreground, backgrounds, minimum] of PAIRS) {
        for (const background of backgrounds) {
          const ratio = contrastRatio(colour(foreground, theme), colour(background, theme));
          if (ratio < minimum)
            failures.push(`${foreground} on ${background}: ${ratio.toFixed(2)} < ${minimum}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
});
