import { useEffect } from 'react';

/** How often, at most, the renderer tells the core the user is still there. */
export const ACTIVITY_REPORT_INTERVAL_MS = 15_000;
const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

/**
 * Reports user input to the core (at most once per interval) so idle auto-lock only fires when
 * the user has really gone. The first input is reported at once.
 */
export function useActivityReporter(enabled: boolean, intervalMs = ACTIVITY_REPORT_INTERVAL_MS): void {
  useEffect(() => {
    if (!enabled) return;
    let lastReport = Number.NEGATIVE_INFINITY;
    const report = () => {
      const now = Date.now();
      if (now - lastReport < intervalMs) return;
      lastReport = now;
      // Losing one report only shortens the idle countdown; nothing to tell the user.
      window.interlude.reportActivity().catch(() => {});
    };
    for (const name of ACTIVITY_EVENTS)
      window.addEventListener(name, report, { capture: true, passive: true });
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, report, { capture: true });
    };
  }, [enabled, intervalMs]);
}
