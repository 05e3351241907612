/**
 * The Electron shell's entry. It reads like a table of contents: each step lives in a file
 * named for what it does. Everything with logic lives in the core, which runs without Electron.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { app, dialog, session } from 'electron';
import { createCore } from '../core/create-core.ts';
import { defaultDataDir, defaultVaultPath } from '../paths.ts';
import { IMPORT_PROGRESS_CHANNEL, JOURNAL_CHANGED_CHANNEL, LOCKED_CHANNEL } from '../../shared/channels.ts';
import { registerIpcHandlers } from './ipc.ts';
import { lockBeforeClosing, lockThroughRenderer } from './lock-request.ts';
import { installAppMenu } from './menu.ts';
import { lockOnSystemEvents } from './power-events.ts';
import { registerAppSchemeAsPrivileged, serveRendererOverAppScheme } from './protocol.ts';
import { hardenSession } from './session-hardening.ts';
import { createMainWindow } from './window.ts';
import { exportFileFilters } from './export-dialog.ts';
import { electronPdfPrinter } from './print-to-pdf.ts';
import { applySpellcheckPlan, spellcheckMenuItem } from './spellcheck.ts';
import { START_FAILED_EXIT_CODE, startFailureMessage, startLogLine, writeStartLog } from './start-failure.ts';
import { testHooksFrom, vaultPathFrom } from './test-hooks.ts';
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
  void app.whenReady().then(start).catch(showStartFailure);
}

/** A failed start is shown, with a log that holds nothing personal, and the app exits non-zero. */
async function showStartFailure(error: unknown): Promise<void> {
  let logDir: string;
  try {
    logDir = app.getPath('logs');
  } catch {
    logDir = path.join(defaultDataDir(), 'logs');
  }
  const logPath = await writeStartLog(logDir, startLogLine(error, new Date(), app.getVersion()));
  const { title, message, detail } = startFailureMessage(logPath);
  try {
    dialog.showMessageBoxSync({ type: 'error', title, message, detail, buttons: ['Quit'] });
  } catch {
    dialog.showErrorBox(title, `${message}\n\n${detail}`);
  }
  app.exit(START_FAILED_EXIT_CODE);
}

async function start(): Promise<void> {
  const outDir = path.join(import.meta.dirname, '..');
  hardenSession(session.defaultSession);
  serveRendererOverAppScheme(path.join(outDir, 'renderer'));

  const dataDir = app.getPath('userData');
  const spellcheckDownloadsAllowed = await applySpellcheckPlan(session.defaultSession, dataDir);

  // The same default as the CLI, so `interlude verify` and the app open the same journal.
  const vaultPath = vaultPathFrom(process.env, defaultVaultPath());
  // Test hooks only outside a packaged app (test-hooks.ts).
  const hooks = testHooksFrom(process.env, app.isPackaged);
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
    // The same folder as the CLI's default: the revision record and the writer lock are shared.
    deviceDataDir: app.getPath('userData'),
    appVersion: app.getVersion(),
    idleLockMsOverride: hooks.idleLockMs,
    reminderSettingsPath: reminderPath,
    platform: {
      async chooseExportPath(suggestedName, format) {
        // e2e against the real app answers the save dialog with a folder of the test's own.
        if (hooks.exportDir) {
          await mkdir(hooks.exportDir, { recursive: true });
          return path.join(hooks.exportDir, suggestedName);
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
      notifyJournalChanged() {
        if (!window.isDestroyed()) window.webContents.send(JOURNAL_CHANGED_CHANNEL);
      },
      notifyImportProgress(progress) {
        if (!window.isDestroyed()) window.webContents.send(IMPORT_PROGRESS_CHANNEL, progress);
      },
      trayAvailable: reminderAndTray.trayAvailable,
      reminderSettingsChanged: reminderAndTray.settingsChanged,
    },
  });

  registerIpcHandlers(core.handlers);
  lockBeforeClosing(window, core, reminderAndTray.hidesOnClose);
  installAppMenu(
    () => void lockThroughRenderer(window, core),
    spellcheckMenuItem(dataDir, spellcheckDownloadsAllowed, () => window),
  );
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
