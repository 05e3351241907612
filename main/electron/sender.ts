import { isAppUrl } from './app-origin.ts';

/** The parts of Electron's WebFrameMain the sender check reads. */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

/**
 * IPC is answered only for the app's own top frame on app://. A subframe, a page that somehow
 * navigated elsewhere, or a destroyed frame (null) gets nothing.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  if (!frame) return false;
  return frame.parent === null && isAppUrl(frame.url);
}
