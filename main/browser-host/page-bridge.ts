import type { Page } from '@playwright/test';
import { API_METHODS, type LockedEvent } from '../../shared/api.ts';
import { dispatch, isApiMethod } from '../core/dispatch.ts';
import type { ApiHandlers } from '../core/handlers.ts';

/**
 * The browser transport for the contract (the e2e harness and the fallback app window):
 * `window.interlude` in the page forwards each call to the real core in this Node process, through
 * the same `dispatch` the IPC handlers use. Arguments and
 * results cross as JSON, as they would cross IPC as structured clones.
 */
export async function installBridge(page: Page, handlers: ApiHandlers): Promise<void> {
  await page.exposeFunction('__interludeInvoke', (method: unknown, arg: unknown) => {
    if (!isApiMethod(method)) {
      return { ok: false, error: { code: 'INVALID_INPUT', message: 'Unknown request.' } };
    }
    return dispatch(handlers, method, arg);
  });
  // These functions run in the page, where globalThis is its window (this project has no DOM types).
  await page.addInitScript((methods: string[]) => {
    type Listener = (event: unknown) => void;
    const listeners = new Set<Listener>();
    const lockRequestListeners = new Set<() => void>();
    const journalChangedListeners = new Set<() => void>();
    const target = globalThis as unknown as Record<string, unknown>;
    const invoke = target.__interludeInvoke as (method: string, arg: unknown) => Promise<unknown>;
    const api: Record<string, unknown> = {};
    for (const method of methods) api[method] = (arg?: unknown) => invoke(method, arg);
    api.onLocked = (listener: Listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    };
    api.onJournalChanged = (listener: () => void) => {
      journalChangedListeners.add(listener);
      return () => journalChangedListeners.delete(listener);
    };
    api.onLockRequested = (listener: () => void) => {
      lockRequestListeners.add(listener);
      return () => lockRequestListeners.delete(listener);
    };
    // Like contextBridge: a frozen object the page cannot rewire.
    Object.defineProperty(globalThis, 'interlude', { value: Object.freeze(api), enumerable: true });
    Object.defineProperty(globalThis, '__interludeEmitLocked', {
      value: (event: unknown) => {
        for (const listener of listeners) listener(event);
      },
    });
    Object.defineProperty(globalThis, '__interludeEmitJournalChanged', {
      value: () => {
        for (const listener of journalChangedListeners) listener();
      },
    });
    Object.defineProperty(globalThis, '__interludeRequestLock', {
      value: () => {
        for (const listener of lockRequestListeners) listener();
      },
    });
  }, API_METHODS as string[]);
}

/** Delivers the core's `locked` event to the page, as the shell's webContents.send would. */
export async function emitLocked(page: Page, event: LockedEvent): Promise<void> {
  if (page.isClosed()) return;
  await page
    .evaluate((payload) => {
      const emit = (globalThis as unknown as { __interludeEmitLocked?: (e: unknown) => void })
        .__interludeEmitLocked;
      emit?.(payload);
    }, event)
    .catch(() => {
      // The page may be navigating or closing at the end of a test; the event has no one to tell.
    });
}

/** Asks the page to save its draft and lock, as the shell does for the menu's Lock or closing the window. */
export async function requestLock(page: Page): Promise<void> {
  await page.evaluate(() => {
    (globalThis as unknown as { __interludeRequestLock: () => void }).__interludeRequestLock();
  });
}

/** Tells the page the journal changed on disk, as the shell does after a sync merge. */
export async function emitJournalChanged(page: Page): Promise<void> {
  if (page.isClosed()) return;
  await page
    .evaluate(() => {
      (
        globalThis as unknown as { __interludeEmitJournalChanged?: () => void }
      ).__interludeEmitJournalChanged?.();
    })
    .catch(() => {
      // As for emitLocked: a page going away has no one to tell.
    });
}
