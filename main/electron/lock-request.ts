import type { BrowserWindow } from 'electron';
import type { LockReason } from '../../shared/api.ts';
import { LOCK_REQUESTED_CHANNEL } from '../../shared/channels.ts';
import type { Core } from '../core/create-core.ts';

/** How long the renderer gets to save its draft and lock before the core locks anyway. */
const RENDERER_GRACE_MS = 3000;
const POLL_MS = 50;

/**
 * Asks the renderer to save what is being written and lock (it knows about the draft; the core
 * does not). If it has not locked in a few seconds (hung, or already gone), the core locks itself.
 */
export async function lockThroughRenderer(
  window: BrowserWindow,
  core: Core,
  reason: LockReason = 'user',
): Promise<void> {
  if (!core.isOpen()) return;
  core.expectLock(reason);
  if (!window.isDestroyed()) window.webContents.send(LOCK_REQUESTED_CHANNEL);
  const deadline = Date.now() + RENDERER_GRACE_MS;
  while (core.isOpen() && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  if (core.isOpen()) await core.lock(reason);
}

/**
 * Closing the window (or quitting) first saves the draft and locks, then really closes; or, when
 * the user keeps Interlude in the tray, locks and hides the window.
 */
export function lockBeforeClosing(
  window: BrowserWindow,
  core: Core,
  hideInstead: () => boolean = () => false,
): void {
  let locked = false;
  window.on('close', (event) => {
    if (hideInstead()) {
      event.preventDefault();
      void lockThroughRenderer(window, core).finally(() => {
        if (!window.isDestroyed()) window.hide();
      });
      return;
    }
    if (locked || !core.isOpen()) return;
    event.preventDefault();
    void lockThroughRenderer(window, core).finally(() => {
      locked = true;
      if (!window.isDestroyed()) window.close();
    });
  });
}
