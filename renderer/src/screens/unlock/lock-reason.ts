/** Why the journal locked, in words for the unlock screen. */
import type { LockReason } from '../../../../shared/api.ts';

const REASON_WORDS: Record<LockReason, string> = {
  user: 'You locked your journal.',
  idle: 'Your journal locked itself after a while without use.',
  suspend: 'Your journal locked when the computer went to sleep.',
  'lock-screen': 'Your journal locked when the screen was locked.',
  'system-locked': 'Your journal locked when the screen was locked.',
};

export function lockReasonWords(reason: LockReason): string {
  return REASON_WORDS[reason];
}

/**
 * True for every lock: the draft is saved (encrypted) within a second of typing, and a lock asked
 * for by the user, the menu or the screen locking saves it once more before locking.
 */
export const DRAFT_KEPT_WORDS =
  'If you were writing, your draft was kept, encrypted. It waits for you on Today.';
