/**
 * The screens after Today, each in its own chunk so the unlocked app paints Today without waiting
 * for them (Trends brings Recharts, Journal the virtual list). They are fetched in idle time after
 * Today is up, or when the user points at their nav item, so switching still feels instant.
 */
import { type ComponentType, lazy } from 'react';
import type { Screen, ScreenProps } from '../navigation.ts';

const loaders = {
  journal: () => import('../screens/journal/JournalScreen.tsx').then((module) => module.JournalScreen),
  guide: () => import('../screens/guide/GuideScreen.tsx').then((module) => module.GuideScreen),
  trends: () => import('../screens/trends/TrendsScreen.tsx').then((module) => module.TrendsScreen),
  settings: () => import('../screens/settings/SettingsScreen.tsx').then((module) => module.SettingsScreen),
} satisfies Record<Exclude<Screen, 'today'>, () => Promise<ComponentType<ScreenProps>>>;

export type LazyScreen = keyof typeof loaders;

export const LAZY_SCREENS: Record<LazyScreen, ComponentType<ScreenProps>> = {
  journal: lazy(() => loaders.journal().then((component) => ({ default: component }))),
  guide: lazy(() => loaders.guide().then((component) => ({ default: component }))),
  trends: lazy(() => loaders.trends().then((component) => ({ default: component }))),
  settings: lazy(() => loaders.settings().then((component) => ({ default: component }))),
};

/** Starts loading a screen's chunk (the browser caches the module, so React.lazy finds it ready). */
export function prefetchScreen(screen: Screen): void {
  if (screen === 'today') return;
  loaders[screen]().catch(() => {
    // Prefetching is only a head start; the real navigation will report a failure if it repeats.
  });
}

/** Prefetches the lighter screens once the browser is idle. */
export function prefetchWhenIdle(screens: LazyScreen[]): () => void {
  const run = () => {
    for (const screen of screens) prefetchScreen(screen);
  };
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, { timeout: 3000 });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = window.setTimeout(run, 1500);
  return () => window.clearTimeout(timer);
}
