/**
 * When to show the gentle card about reaching out: after a run of hard days. Pure; the caller
 * passes the live entries and today. The card itself never goes into an export.
 */
import type { CareCard } from '../../shared/api.ts';
import { addDays, daysBetween } from '../../shared/dates.ts';
import type { Day, Entry } from '../../shared/domain.ts';

/** Three days with an "awful" mood among the last five (today included) make a run of hard days. */
export const CARE_WINDOW_DAYS = 5;
export const CARE_HARD_DAYS = 3;
/** After the user puts the card away, it stays away this long, so it never nags. */
export const CARE_QUIET_DAYS = 7;

const AWFUL = 1;

/**
 * The card to show, or null. A day counts as hard when any entry that day was marked awful: one
 * good moment on a hard day does not make the day easy.
 */
export function careCardFor(entries: readonly Entry[], today: Day, dismissedOn?: Day): CareCard | null {
  if (dismissedOn !== undefined) {
    const sinceDismissed = daysBetween(dismissedOn, today);
    if (sinceDismissed >= 0 && sinceDismissed < CARE_QUIET_DAYS) return null;
  }
  const first = addDays(today, -(CARE_WINDOW_DAYS - 1));
  const hardDays = new Set(
    entries
      .filter((entry) => entry.mood === AWFUL && entry.day >= first && entry.day <= today)
      .map((entry) => entry.day),
  );
  return hardDays.size >= CARE_HARD_DAYS ? { hardDays: hardDays.size, windowDays: CARE_WINDOW_DAYS } : null;
}
