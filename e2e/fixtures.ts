/**
 * The e2e fixture. Specs use `app` and never know how it was launched:
 * - with the real Electron app (Playwright's `_electron`) when the Electron binary is present;
 * - otherwise in Debian's Chromium, serving the built renderer, with `window.interlude` bridged
 *   to the real core running in this test process.
 * Each test gets a fresh temporary data folder.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, type Browser, _electron as electron, expect, type Page } from '@playwright/test';
import { createCore } from '../main/core/create-core.ts';
import { type PdfPrintOptions, playwrightPdfOptions } from '../main/export/print-layout.ts';
import { LOCK_REQUESTED_CHANNEL } from '../shared/channels.ts';
import {
  emitJournalChanged,
  emitImportProgress,
  emitLocked,
  installBridge,
  requestLock,
} from '../main/browser-host/page-bridge.ts';
import { findElectronBinary } from './electron-binary.ts';
import { HARNESS_ORIGIN, serveRenderer } from '../main/browser-host/serve-renderer.ts';

const projectRoot = path.resolve(import.meta.dirname, '..');
const rendererRoot = path.join(projectRoot, 'out', 'renderer');

export interface AppUnderTest {
  page: Page;
  /** 'electron' for the real app, 'browser' for the Chromium harness. */
  mode: 'electron' | 'browser';
  /** The test's own data folder: the vault, its backups and any exports live here. */
  dataDir: string;
  vaultPath: string;
  /** Where exports are saved (the harness answers the save dialog with a path in here). */
  exportDir: string;
  /** What the shell does for the menu's Lock, closing the window or quitting: asks the page to save and lock. */
  requestLock(): Promise<void>;
}

export interface AppOptions {
  /** Idle auto-lock, in milliseconds, overriding the settings' minutes (for the auto-lock journey). */
  idleLockMs: number | undefined;
}

/** The harness's PDF printer: the same engine as Electron's printToPDF, JavaScript off as in the app. */
async function printWithChromium(
  browser: Browser,
  html: string,
  options: PdfPrintOptions,
): Promise<Uint8Array> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort('blockedbyclient'));
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf(playwrightPdfOptions(options));
  } finally {
    await context.close();
  }
}

export const test = base.extend<AppOptions & { app: AppUnderTest }>({
  idleLockMs: [undefined, { option: true }],

  app: async ({ browser, idleLockMs }, use, testInfo) => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'interlude-e2e-'));
    const vaultPath = path.join(dataDir, 'journal.interlude');
    const exportDir = path.join(dataDir, 'exports');
    const electronBinary = findElectronBinary(projectRoot);

    if (electronBinary) {
      const electronApp = await electron.launch({
        executablePath: electronBinary,
        args: [path.join(projectRoot, 'out', 'main', 'index.js')],
        env: {
          ...process.env,
          INTERLUDE_VAULT: vaultPath,
          INTERLUDE_E2E_EXPORT_DIR: exportDir,
          ...(idleLockMs ? { INTERLUDE_IDLE_LOCK_MS: String(idleLockMs) } : {}),
        },
      });
      const page = await electronApp.firstWindow();
      const requestLock = async () => {
        await electronApp.evaluate(({ BrowserWindow }, channel) => {
          BrowserWindow.getAllWindows()[0]?.webContents.send(channel);
        }, LOCK_REQUESTED_CHANNEL);
      };
      await use({ page, mode: 'electron', dataDir, vaultPath, exportDir, requestLock });
      await electronApp.close();
    } else {
      const context = await browser.newContext();
      const page = await context.newPage();
      const core = createCore({
        vaultPath,
        deviceDataDir: path.join(dataDir, 'device'),
        appVersion: 'e2e',
        idleLockMsOverride: idleLockMs,
        platform: {
          // The save dialog only offers folders that exist; the harness answers with one it made.
          chooseExportPath: async (suggestedName) => {
            await mkdir(exportDir, { recursive: true });
            return path.join(exportDir, suggestedName);
          },
          printPdf: (html, options) => printWithChromium(browser, html, options),
          notifyLocked: (event) => void emitLocked(page, event),
          notifyJournalChanged: () => void emitJournalChanged(page),
          notifyImportProgress: (progress) => void emitImportProgress(page, progress),
        },
      });
      // A page that trips its own CSP or throws uncaught errors is broken even if the story passes.
      const pageProblems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) {
          pageProblems.push(message.text());
        }
      });
      page.on('pageerror', (error) => pageProblems.push(`uncaught: ${error.message}`));
      await serveRenderer(page, rendererRoot);
      await installBridge(page, core.handlers);
      await page.goto(`${HARNESS_ORIGIN}/index.html`);
      await use({
        page,
        mode: 'browser',
        dataDir,
        vaultPath,
        exportDir,
        requestLock: () => requestLock(page),
      });
      await core.lock('user');
      await context.close();
      expect(pageProblems, 'CSP violations or uncaught errors in the page').toEqual([]);
    }
    if (testInfo.status === testInfo.expectedStatus) await rm(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
