/**
 * `ui.journal.firstPaint.10k`: how long the Journal screen takes, in Chromium, from the click on
 * "Journal" to the first frame in which the list of a 10,000-entry journal is painted (asking the
 * core for the first page, grouping it by day, rendering the virtual list, painting it).
 *
 * Everything is real: the built renderer (out/renderer, served as the e2e harness serves it), a
 * vault written with 10,000 generated entries (the newest written today), unlocked through the
 * unlock screen, and the core answering every call through `dispatch`, paged as the app asks. Each
 * run unlocks afresh (the lock empties the renderer's cache), so every run asks the core again.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import { API_METHODS } from '../shared/api.ts';
import { addDays, dayOf, daysBetween, laterDay } from '../shared/dates.ts';
import type { Core } from '../main/core/create-core.ts';
import { dispatch, isApiMethod } from '../main/core/dispatch.ts';
import { HARNESS_ORIGIN, serveRenderer } from '../main/browser-host/serve-renderer.ts';
import { newJournalDocument } from '../main/journal/journal-document.ts';
import { Vault } from '../main/vault/vault.ts';
import playwrightConfig from '../playwright.config.ts';
import { benchCore } from './bench-core.ts';
import { defineBenchmarks } from './benchmark.ts';
import { summarise } from './statistics.ts';
import { generateEntries } from './search.bench.ts';

const ENTRY_COUNT = 10_000;
const PASSPHRASE = 'ten thousand days of writing';
const rendererRoot = path.resolve(import.meta.dirname, '..', 'out', 'renderer');

interface UiContext {
  browser: Browser;
  page: Page;
  core: Core;
  dataDir: string;
  /** In-page milliseconds of each run: to the first painted list, and to the whole journal painted. */
  firstPaints: number[];
  wholeJournals: number[];
}

/** The page's `window.interlude`: every method goes to the core through `dispatch`, as in the e2e bridge. */
async function installApi(page: Page, core: Core): Promise<void> {
  await page.exposeFunction('__interludeInvoke', (method: unknown, arg: unknown) => {
    if (!isApiMethod(method))
      return { ok: false, error: { code: 'INVALID_INPUT', message: 'Unknown request.' } };
    return dispatch(core.handlers, method, arg);
  });
  await page.addInitScript((methods: string[]) => {
    const target = globalThis as unknown as Record<string, unknown>;
    const invoke = target.__interludeInvoke as (method: string, arg: unknown) => Promise<unknown>;
    const api: Record<string, unknown> = {};
    for (const method of methods) api[method] = (arg?: unknown) => invoke(method, arg);
    api.onLocked = () => () => {};
    api.onLockRequested = () => () => {};
    api.onJournalChanged = () => () => {};
    Object.defineProperty(globalThis, 'interlude', { value: Object.freeze(api), enumerable: true });
  }, API_METHODS as string[]);
}

/** A vault holding a journal of `ENTRY_COUNT` generated entries, written as the core writes it. */
async function writeLargeVault(vaultPath: string): Promise<void> {
  const now = new Date();
  const generated = generateEntries(ENTRY_COUNT);
  // The generator's journal ends in 2025; move it so its newest entry is today, as in a journal in use.
  const newest = generated.reduce((latest, entry) => laterDay(latest, entry.day), '0000-01-01');
  const shiftDays = daysBetween(newest, dayOf(now));
  const shiftInstant = (instant: string) =>
    new Date(Date.parse(instant) + shiftDays * 86_400_000).toISOString();
  const entries = generated.map((entry) => ({
    ...entry,
    day: addDays(entry.day, shiftDays),
    createdAt: shiftInstant(entry.createdAt),
    updatedAt: shiftInstant(entry.updatedAt),
  }));
  const document = { ...newJournalDocument(dayOf(now), now), entries };
  const vault = new Vault({ path: vaultPath, now: () => now });
  await vault.create(PASSPHRASE, document);
  vault.lock();
}

// Runs in the page, starting on Today. A string, because this file is typechecked without the DOM's types.
const LOAD_JOURNAL = `(async () => {
  const nav = document.querySelector('nav[aria-label="Main"]');
  const button = (label) => [...nav.querySelectorAll('button, a')].find((element) => element.textContent.trim() === label);
  const waitFor = (predicate) => new Promise((resolve) => {
    if (predicate()) return resolve();
    const observer = new MutationObserver(() => {
      if (predicate()) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  // A task queued from a frame callback runs after that frame is painted.
  const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const wholeJournal = (${ENTRY_COUNT}).toLocaleString() + ' entries in your journal.';
  const start = performance.now();
  button('Journal').click();
  await waitFor(() => document.querySelector('[data-testid="entry-row"]'));
  await painted();
  const firstPaint = performance.now() - start;
  await waitFor(() => document.querySelector('.journal-status')?.textContent === wholeJournal);
  await painted();
  const whole = performance.now() - start;
  return [firstPaint, whole];
})()`;

/** Unlocks through the unlock screen and waits for the app. */
async function unlockThroughScreen(page: Page): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor({ timeout: 30_000 });
}

export default defineBenchmarks([
  {
    name: 'ui.journal.firstPaint.10k',
    target: '< 200 ms',
    iterations: 10,
    async setup(): Promise<UiContext> {
      if (!existsSync(path.join(rendererRoot, 'index.html'))) {
        throw new Error('ui.journal.firstPaint.10k measures the built renderer: run `npm run build` first.');
      }
      const dataDir = await mkdtemp(path.join(tmpdir(), 'interlude-bench-ui-'));
      const vaultPath = path.join(dataDir, 'journal.interlude');
      await writeLargeVault(vaultPath);
      const core = benchCore(vaultPath);
      const browser = await chromium.launch(playwrightConfig.use?.launchOptions);
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await serveRenderer(page, rendererRoot);
      await installApi(page, core);
      await page.goto(`${HARNESS_ORIGIN}/index.html`);

      await page.getByLabel('Passphrase', { exact: true }).waitFor({ timeout: 30_000 });
      return { browser, page, core, dataDir, firstPaints: [], wholeJournals: [] };
    },
    async run(context) {
      await unlockThroughScreen(context.page);
      const [firstPaint, whole] = (await context.page.evaluate(LOAD_JOURNAL)) as [number, number];
      // Locking empties the renderer's cache, so the next run asks the core again.
      await context.page.getByRole('button', { name: 'Lock', exact: true }).click();
      await context.page.getByLabel('Passphrase', { exact: true }).waitFor();
      context.firstPaints.push(firstPaint);
      context.wholeJournals.push(whole);
      // The benchmark's number is the in-page time from the click to the painted list.
      return { elapsedMs: firstPaint };
    },
    async teardown(context) {
      // The first run is the runner's warm-up; leave it out, as the runner does.
      const firstPaint = summarise(context.firstPaints.slice(1));
      const whole = summarise(context.wholeJournals.slice(1));
      process.stderr.write(
        `ui.journal.firstPaint.10k in the page: first paint median ${firstPaint.median.toFixed(1)} ms (${firstPaint.min.toFixed(1)}–${firstPaint.max.toFixed(1)}); the total shown ${whole.median.toFixed(1)} ms\n`,
      );
      await context.browser.close();
      await context.core.lock('user');
      await rm(context.dataDir, { recursive: true, force: true });
    },
  },
]);
