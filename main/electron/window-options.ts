import type { BrowserWindowConstructorOptions } from 'electron';

/** The main window's options: every isolation switch on, whatever Electron's defaults become. */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1100,
    height: 760,
    minWidth: 720,
    minHeight: 520,
    title: 'Interlude',
    show: false,
    backgroundColor: '#1d1b22',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // On here; the session decides whether it runs (spellcheck.ts). A window made with false can
      // never turn it on later (electron/electron#32755).
      spellcheck: true,
      safeDialogs: true,
    },
  };
}
