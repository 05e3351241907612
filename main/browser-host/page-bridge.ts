import type { Page } from '@playwright/test';
import { API_METHODS, type ImportProgress, type LockedEvent } from '../../shared/api.ts';
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
    return dispatch(handlers, method, decodeBytes(arg));
  });
  // These functions run in the page, where globalThis is its window (this project has no DOM types).
  await page.addInitScript((methods: string[]) => {
    type Listener = (event: unknown) => void;
    const listeners = new Set<Listener>();
    const lockRequestListeners = new Set<() => void>();
    const journalChangedListeners = new Set<() => void>();
    const progressListeners = new Set<Listener>();
    const target = globalThis as unknown as Record<string, unknown>;
    const invoke = target.__interludeInvoke as (method: string, arg: unknown) => Promise<unknown>;
    // IPC carries bytes as a structured clone; this bridge speaks JSON, so a Uint8Array field of the
    // argument travels as base64 and is turned back into bytes on the other side (decodeBytes).
    const encodeBytes = (arg: unknown): unknown => {
      if (typeof arg !== 'object' || arg === null || Array.isArray(arg)) return arg;
      const encoded: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(arg)) {
        if (!(value instanceof Uint8Array)) {
          encoded[key] = value;
          continue;
        }
        let binary = '';
        for (let offset = 0; offset < value.length; offset += 0x8000) {
          binary += String.fromCharCode(...value.subarray(offset, offset + 0x8000));
        }
        encoded[key] = { __interludeBytes: btoa(binary) };
      }
      return encoded;
    };
    const api: Record<string, unknown> = {};
    for (const method of methods) api[method] = (arg?: unknown) => invoke(method, encodeBytes(arg));
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
    api.onImportProgress = (listener: Listener) => {
      progressListeners.add(listener);
      return () => progressListeners.delete(listener);
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
    Object.defineProperty(globalThis, '__interludeEmitImportProgress', {
      value: (event: unknown) => {
        for (const listener of progressListeners) listener(event);
      },
    });
    Object.defineProperty(globalThis, '__interludeRequestLock', {
      value: () => {
        for (const listener of lockRequestListeners) listener();
      },
    });
  }, API_METHODS as string[]);
}

/** Calls one of the page's event hooks (installed above) with a payload, as webContents.send would. */
async function emitToPage(page: Page, hook: string, payload: unknown): Promise<void> {
  if (page.isClosed()) return;
  await page
    .evaluate(
      ({ hook, payload }) => {
        const emit = (globalThis as unknown as Record<string, ((e: unknown) => void) | undefined>)[hook];
        emit?.(payload);
      },
      { hook, payload },
    )
    .catch(() => {
      // The page may be navigating or closing at the end of a test; the event has no one to tell.
    });
}

/** Delivers the core's `locked` event to the page, as the shell's webContents.send would. */
export function emitLocked(page: Page, event: LockedEvent): Promise<void> {
  return emitToPage(page, '__interludeEmitLocked', event);
}

/** Delivers the core's import progress to the page. */
export function emitImportProgress(page: Page, progress: ImportProgress): Promise<void> {
  return emitToPage(page, '__interludeEmitImportProgress', progress);
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

/** The inverse of the page's encodeBytes: base64 fields of the argument back to bytes. */
function decodeBytes(arg: unknown): unknown {
  if (typeof arg !== 'object' || arg === null || Array.isArray(arg)) return arg;
  const decoded: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(arg)) {
    const base64 = (value as { __interludeBytes?: unknown } | null)?.__interludeBytes;
    decoded[key] = typeof base64 === 'string' ? new Uint8Array(Buffer.from(base64, 'base64')) : value;
  }
  return decoded;
}
