/**
 * IPC channel names. Kept apart from api.ts (which carries the zod schemas) so the preload
 * bundle stays tiny: it needs the names, not the validators.
 */

/** The IPC channel for a method. One channel per method: there is no catch-all channel. */
export function channelFor(method: string): string {
  return `interlude:${method}`;
}

/** The channel on which the core tells the renderer that the vault was locked. */
export const LOCKED_CHANNEL = 'interlude:event:locked';

/** The channel on which the shell asks the renderer to save its draft and lock. */
export const LOCK_REQUESTED_CHANNEL = 'interlude:event:lock-requested';

/** The channel on which the core tells the renderer that the journal changed without it asking. */
export const JOURNAL_CHANGED_CHANNEL = 'interlude:event:journal-changed';
/** The channel on which the core reports how far a journal import has read. */
export const IMPORT_PROGRESS_CHANNEL = 'interlude:event:import-progress';
