/** Applies the theme setting to the document; CSS variables in styles/base.css do the rest. */
import type { Settings } from '../../../shared/domain.ts';
import { moodPaletteProperties } from '../../../shared/mood-palette.ts';

/** Sets `data-theme` on <html> for light or dark; removes it for "system" (the media query decides). */
export function applyTheme(theme: Settings['theme'], root: HTMLElement = document.documentElement): void {
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
}

/** Sets `data-text-size` on <html> for small or large; medium (the default) needs none. */
export function applyTextSize(
  size: Settings['textSize'],
  root: HTMLElement = document.documentElement,
): void {
  if (size === undefined || size === 'medium') root.removeAttribute('data-text-size');
  else root.setAttribute('data-text-size', size);
}

/** Puts both themes' mood colours on <html>; styles/mood-palette.css picks the current theme's. */
export function installMoodPalette(root: HTMLElement = document.documentElement): void {
  for (const [name, value] of Object.entries(moodPaletteProperties())) root.style.setProperty(name, value);
}
