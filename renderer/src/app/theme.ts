/** Applies the theme setting to the document; CSS variables in styles/base.css do the rest. */
import type { Settings } from '../../../shared/domain.ts';

/** Sets `data-theme` on <html> for light or dark; removes it for "system" (the media query decides). */
export function applyTheme(theme: Settings['theme'], root: HTMLElement = document.documentElement): void {
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
}
