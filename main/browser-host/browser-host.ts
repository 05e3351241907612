/**
 * The second host beside the Electron shell: the same renderer build, served with the same CSP and
 * path guard, talking through the same `dispatch` to the same core, in an app-style window of a
 * Chromium-family browser. Playwright drives the browser over a pipe: nothing listens on a port.
 */
import path from 'node:path';
import { chromium, type BrowserContext, type Dialog } from '@playwright/test';
import { type Core, createCore } from '../core/create-core.ts';
import type { FoundBrowser } from './find-browser.ts';
import { headlessPdfPrinter } from './headless-pdf-printer.ts';
import { appWindowLaunchOptions } from './launch-options.ts';
import {
  emitImportProgress,
  emitJournalChanged,
  emitLocked,
  installBridge,
  requestLock,
} from './page-bridge.ts';
import { createPrivateProfile, exportPathIn, removePrivateProfile } from './private-folders.ts';
import { HARNESS_ORIGIN, serveRenderer } from './serve-renderer.ts';
import { watchForSleep } from './sleep-watch.ts';
import { watchLogind } from './logind-watch.ts';

export interface BrowserHostOptions {
  browser: FoundBrowser;
  /** The built renderer (out/renderer). */
  rendererRoot: string;
  vaultPath: string;
  appVersion: string;
  idleLockMsOverride: number | undefined;
  /** Where exports and downloads are saved. */
  exportDir: string;
  /** The folder the private profile is made in. */
  profileParentDir: string;
  runningAsRoot: boolean;
  /** Tells the user something on the terminal (where an export or a download went). */
  tell(line: string): void;
}

export interface BrowserHost {
  /** Settles once the window is gone, the journal locked and the private profile removed. */
  closed: Promise<void>;
  /** Saves the draft, locks, closes the window and cleans up (for Ctrl+C or a signal). */
  close(): Promise<void>;
}

/** How long the page gets to save its draft and lock before the core locks anyway (as in Electron). */
const RENDERER_GRACE_MS = 3000;
const POLL_MS = 50;

/**
 * Closing the window runs the page's beforeunload handlers. This one asks the app to save the
 * draft and lock (the same request as Electron's close), and holds the close until the host, which
 * receives the "leave page?" question over the pipe, has seen the journal lock.
 */
function closeGuardScript() {
  // Runs in the page, where globalThis is its window.
  const page = globalThis as unknown as EventTarget & { __interludeRequestLock?: () => void };
  page.addEventListener('beforeunload', (event) => {
    page.__interludeRequestLock?.();
    event.preventDefault();
  });
}

async function waitUntilLocked(core: Core): Promise<void> {
  const deadline = Date.now() + RENDERER_GRACE_MS;
  while (core.isOpen() && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  if (core.isOpen()) await core.lock('user');
}

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const profileDir = await createPrivateProfile(options.profileParentDir);
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(
      profileDir,
      appWindowLaunchOptions({
        executablePath: options.browser.executablePath,
        downloadsPath: path.join(profileDir, 'downloads'),
        runningAsRoot: options.runningAsRoot,
      }),
    );
  } catch (error) {
    await removePrivateProfile(profileDir);
    const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new Error(
      `${options.browser.name} (${options.browser.executablePath}) could not be started: ${detail}`,
      {
        cause: error,
      },
    );
  }

  const page = context.pages()[0] ?? (await context.newPage());
  // One window only: whatever else opens (window.open, a dragged link) is closed at once.
  context.on('page', (other) => {
    if (other !== page) void other.close();
  });

  const core = createCore({
    vaultPath: options.vaultPath,
    appVersion: options.appVersion,
    idleLockMsOverride: options.idleLockMsOverride,
    platform: {
      chooseExportPath: (suggestedName) => exportPathIn(options.exportDir, suggestedName),
      printPdf: headlessPdfPrinter(options.browser.executablePath, options.runningAsRoot),
      notifyLocked: (event) => void emitLocked(page, event),
      notifyImportProgress: (progress) => void emitImportProgress(page, progress),
      notifyJournalChanged: () => void emitJournalChanged(page),
    },
  });

  page.on('dialog', (dialog) => void answerDialog(dialog, core));
  page.on('download', (download) => {
    void (async () => {
      const target = await exportPathIn(options.exportDir, download.suggestedFilename());
      await download.saveAs(target);
      await download.delete();
      options.tell(`Saved ${download.suggestedFilename()} to ${target}`);
    })().catch(() => options.tell(`${download.suggestedFilename()} could not be saved.`));
  });

  const stopSleepWatch = watchForSleep(() => void core.lock('suspend'));
  const stopLogindWatch = watchLogind((reason) => void core.lock(reason));
  let cleanedUp: Promise<void> | undefined;
  const cleanUp = () => {
    cleanedUp ??= (async () => {
      stopSleepWatch();
      stopLogindWatch();
      await core.lock('user');
      await context.close().catch(() => {});
      await removePrivateProfile(profileDir);
    })();
    return cleanedUp;
  };
  const closed = new Promise<void>((resolve, reject) => {
    const finish = () => void cleanUp().then(resolve, reject);
    page.once('close', finish);
    context.once('close', finish);
  });

  try {
    await serveRenderer(context, options.rendererRoot);
    await installBridge(page, core.handlers);
    await page.addInitScript(closeGuardScript);
    await page.goto(`${HARNESS_ORIGIN}/index.html`);
  } catch (error) {
    await cleanUp();
    throw error;
  }
  return {
    closed,
    async close() {
      if (!page.isClosed() && core.isOpen()) {
        await requestLock(page).catch(() => {});
        await waitUntilLocked(core);
      }
      await cleanUp();
      await closed;
    },
  };
}

/** The "leave page?" question of a closing window: answered yes once the draft is saved and locked. */
async function answerDialog(dialog: Dialog, core: Core): Promise<void> {
  if (dialog.type() !== 'beforeunload') {
    // The app opens no alert or confirm; anything else is refused, as Playwright does by default.
    await dialog.dismiss().catch(() => {});
    return;
  }
  await waitUntilLocked(core);
  await dialog.accept().catch(() => {});
}
