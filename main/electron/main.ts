/**
 * The Electron shell's entry. It reads like a table of contents: each step lives in a file
 * named for what it does. Everything with logic lives in the core, which runs without Electron.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { app, dialog, session } from 'electron';
import { createCore } from '../core/create-core.ts';
import { defaultDataDir, defaultVaultPath } from '../paths.ts';
import { LOCKED_CHANNEL } from '../../shared/channels.ts';
import { registerIpcHandlers } from './ipc.ts';
import { lockBeforeClosing, lockThroughRenderer } from './lock-request.ts';
import { installAppMenu } from './menu.ts';
import { lockOnSystemEvents } from './power-events.ts';
import { registerAppSchemeAsPrivileged, serveRendererOverAppScheme } from './protocol.ts';
import { hardenSession } from './session-hardening.ts';
import { createMainWindow } from './window.ts';
import { exportFileFilters } from './export-dialog.ts';
import { electronPdfPrinter } from './print-to-pdf.ts';
import { REMINDER_FILE_NAME } from '../reminders/reminder-settings-file.ts';
import { setUpReminderAndTray } from './reminder-and-tray.ts';

// A second instance would be a second writer on the same vault: refuse it before anything opens.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppSchemeAsPrivileged();
  app.enableSandbox();
  // Electron's own files (window state, caches) live beside the journal, in one folder per OS convention.
  app.setPath('userData', defaultDataDir());
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  const outDir = path.join(import.meta.dirname, '..');
  hardenSession(session.defaultSession);
  serveRendererOverAppScheme(path.join(outDir, 'renderer'));

  // The same default as the CLI, so `interlude verify` and the app open the same journal.
  const vaultPath = process.env.INTERLUDE_VAULT ?? defaultVaultPath();
  const idleOverride = Number(process.env.INTERLUDE_IDLE_LOCK_MS);
  let window = createMainWindow(path.join(outDir, 'preload', 'index.cjs'));
  const showWindow = () => {
    if (window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  };
  // The reminder's file lives in the app's data folder even when the journal is elsewhere.
  const reminderPath = path.join(defaultDataDir(), REMINDER_FILE_NAME);
  const reminderAndTray = setUpReminderAndTray({
    filePath: reminderPath,
    showWindow,
    quit: () => app.quit(),
  });
  app.on('before-quit', () => reminderAndTray.quitting());

  const core = createCore({
    vaultPath,
    appVersion: app.getVersion(),
    idleLockMsOverride: Number.isFinite(idleOverride) && idleOverride > 0 ? idleOverride : undefined,
    reminderSettingsPath: reminderPath,
    platform: {
      async chooseExportPath(suggestedName, format) {
        // e2e against the real app answers the save dialog with a folder of the test's own.
        const testExportDir = process.env.INTERLUDE_E2E_EXPORT_DIR;
        if (testExportDir) {
          await mkdir(testExportDir, { recursive: true });
          return path.join(testExportDir, suggestedName);
        }
        const result = await dialog.showSaveDialog(window, {
          defaultPath: path.join(app.getPath('documents'), suggestedName),
          filters: exportFileFilters(format),
          properties: ['createDirectory', 'showOverwriteConfirmation'],
        });
        return result.canceled || !result.filePath ? null : result.filePath;
      },
      printPdf: electronPdfPrinter,
      notifyLocked(event) {
        if (!window.isDestroyed()) window.webContents.send(LOCKED_CHANNEL, event);
      },
      trayAvailable: reminderAndTray.trayAvailable,
      reminderSettingsChanged: reminderAndTray.settingsChanged,
    },
  });

  registerIpcHandlers(core.handlers);
  lockBeforeClosing(window, core, reminderAndTray.hidesOnClose);
  installAppMenu(() => void lockThroughRenderer(window, core));
  // A locked screen saves the page being written first, as the Lock button does. Sleep locks at
  // once: the keys must be gone before the machine stops, even if the last second of typing is.
  lockOnSystemEvents((reason) =>
    reason === 'suspend' ? void core.lock(reason) : void lockThroughRenderer(window, core, reason),
  );

  app.on('second-instance', showWindow);
  app.on('activate', () => {
    // A window hidden in the tray comes back; a closed one is made again.
    if (!window.isDestroyed()) return showWindow();
    window = createMainWindow(path.join(outDir, 'preload', 'index.cjs'));
    lockBeforeClosing(window, core, reminderAndTray.hidesOnClose);
  });
  app.on('window-all-closed', () => {
    void core.lock('user').finally(() => app.quit());
  });
}
