import { ipcMain } from 'electron';
import { API_METHODS } from '../../shared/api.ts';
import { channelFor } from '../../shared/channels.ts';
import { dispatch } from '../core/dispatch.ts';
import type { ApiHandlers } from '../core/handlers.ts';
import { isTrustedSender } from './sender.ts';

/** Registers one handler per contract method; each refuses untrusted senders and validates input. */
export function registerIpcHandlers(handlers: ApiHandlers): void {
  for (const method of API_METHODS) {
    ipcMain.handle(channelFor(method), (event, arg: unknown) => {
      if (!isTrustedSender(event.senderFrame)) {
        return { ok: false, error: { code: 'INVALID_INPUT', message: 'Request refused.' } };
      }
      return dispatch(handlers, method, arg);
    });
  }
}
