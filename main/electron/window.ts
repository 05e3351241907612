import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-origin.ts';
import { lockDownWebContents } from './session-hardening.ts';
import { mainWindowOptions } from './window-options.ts';

/** Creates the one app window and loads the UI from app://. */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath));
  lockDownWebContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
