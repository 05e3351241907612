/**
 * `ui.journal.firstPaint.10k`: how long the Journal screen takes, in Chromium, from the click on
 * "Journal" to the first frame in which the list of a 10,000-entry journal is painted: receiving the
 * entries, grouping them by day, rendering the virtual list and painting it.
 *
 * Everything is real except one transport: the built renderer (out/renderer, served as the e2e
 * harness serves it), a vault written with 10,000 generated entries and unlocked through the unlock
 * screen, and the core answering every call. Playwright's function bridge, though, needs about ten
 * seconds to carry the 13 MB of entries (its protocol serialises each value), where Electron's IPC
 * hands them over as one structured clone. So the core's answer to the unfiltered `listEntries` is
 * given to the page once, in setup, and each run receives a structured clone of it: the cost the
 * renderer pays in the app. Every other call goes to the core through `dispatch`.
 *
 * Each run first leaves the journal for Today (so the journal loads afresh), then times the load.
 * The runner's number includes that step; the in-page time of the load alone is printed at the end.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from '@playwright/test';
import { API_METHODS } from '../shared/api.ts';
import { dayOf } from '../shared/dates.ts';
import { InterludeError } from '../shared/errors.ts';
import { type Core, createCore } from '../main/core/create-core.ts';
import { dispatch, isApiMethod } from '../main/core/dispatch.ts';
import { newJournalDocument } from '../main/journal/journal-document.ts';
import { Vault } from '../main/vault/vault.ts';
import playwrightConfig from '../playwright.config.ts';
import { defineBenchmarks } from './benchmark.ts';
import { summarise } from './statistics.ts';
import { generateEntries } from './search.bench.ts';

const ENTRY_COUNT = 10_000;
const PASSPHRASE = 'ten thousand days of writing';
const rendererRoot = path.resolve(import.meta.dirname, '..', 'out', 'renderer');

interface RendererServer {
  HARNESS_ORIGIN: string;
  serveRenderer(page: Page, rendererRoot: string): Promise<void>;
}

/**
 * The e2e harness's server for the built renderer (same CSP, same path guard as app://). Imported
 * by URL because e2e/ sits outside this file's TypeScript project.
 */
async function rendererServer(): Promise<RendererServer> {
  const url = pathToFileURL(path.resolve(import.meta.dirname, '..', 'e2e', 'serve-renderer.ts')).href;
  return (await import(url)) as RendererServer;
}

interface UiContext {
  browser: Browser;
  page: Page;
  core: Core;
  dataDir: string;
  /** In-page milliseconds of each timed load, and of the structured clone within it. */
  loads: number[];
  clones: number[];
}

/**
 * The page's `window.interlude`: every method goes to the core through `dispatch`, as in the e2e
 * bridge, except the unfiltered listing, answered with a structured clone of the core's own answer.
 */
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
    for (const method of methods) {
      api[method] = (arg?: unknown) => {
        const cached = target.__benchEntries;
        const unfiltered = !arg || Object.keys(arg as object).length === 0;
        if (method === 'listEntries' && cached && unfiltered) {
          const start = performance.now();
          const value = structuredClone(cached);
          target.__benchCloneMs = performance.now() - start;
          return Promise.resolve({ ok: true, value });
        }
        return invoke(method, arg);
      };
    }
    api.onLocked = () => () => {};
    Object.defineProperty(globalThis, 'interlude', { value: Object.freeze(api), enumerable: true });
  }, API_METHODS as string[]);
}

/** A vault holding a journal of `ENTRY_COUNT` generated entries, written as the core writes it. */
async function writeLargeVault(vaultPath: string): Promise<void> {
  const now = new Date();
  const document = { ...newJournalDocument(dayOf(now), now), entries: generateEntries(ENTRY_COUNT) };
  const vault = new Vault({ path: vaultPath, now: () => now });
  await vault.create(PASSPHRASE, document);
  vault.lock();
}

// Runs in the page. A string, because this file is typechecked without the DOM's types.
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
    observer.observe(document.body, { childList: true, subtree: true });
  });
  // A task queued from a frame callback runs after that frame is painted.
  const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  button('Today').click();
  await waitFor(() => !document.querySelector('[data-testid="entry-list"]'));
  await painted();
  window.__benchCloneMs = 0;
  const start = performance.now();
  button('Journal').click();
  await waitFor(() => document.querySelector('[data-testid="entry-row"]'));
  await painted();
  return [performance.now() - start, window.__benchCloneMs];
})()`;

export default defineBenchmarks([
  {
    name: 'ui.journal.firstPaint.10k',
    target: '< 500 ms',
    iterations: 10,
    async setup(): Promise<UiContext> {
      if (!existsSync(path.join(rendererRoot, 'index.html'))) {
        throw new Error('ui.journal.firstPaint.10k measures the built renderer: run `npm run build` first.');
      }
      const dataDir = await mkdtemp(path.join(tmpdir(), 'interlude-bench-ui-'));
      const vaultPath = path.join(dataDir, 'journal.interlude');
      await writeLargeVault(vaultPath);
      const core = createCore({
        vaultPath,
        appVersion: 'bench',
        platform: {
          chooseExportPath: async () => null,
          printPdf: async () => {
            throw new InterludeError('INTERNAL', 'The benchmark does not print.');
          },
          notifyLocked: () => {},
        },
      });
      const browser = await chromium.launch(playwrightConfig.use?.launchOptions);
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const { HARNESS_ORIGIN, serveRenderer } = await rendererServer();
      await serveRenderer(page, rendererRoot);
      await installApi(page, core);
      await page.goto(`${HARNESS_ORIGIN}/index.html`);

      await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Unlock' }).click();
      await page.getByRole('navigation', { name: 'Main' }).waitFor({ timeout: 30_000 });

      const entries = await core.handlers.listEntries({});
      await page.evaluate((json) => {
        (globalThis as unknown as Record<string, unknown>).__benchEntries = JSON.parse(json);
      }, JSON.stringify(entries));

      // Open the journal once: it must show every entry, or the benchmark would time something else.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Journal' }).click();
      await page.getByText(`${ENTRY_COUNT.toLocaleString('en-US')} entries in your journal.`).waitFor();
      return { browser, page, core, dataDir, loads: [], clones: [] };
    },
    async run(context) {
      const [loadMs, cloneMs] = (await context.page.evaluate(LOAD_JOURNAL)) as [number, number];
      context.loads.push(loadMs);
      context.clones.push(cloneMs);
    },
    async teardown(context) {
      // The first run is the runner's warm-up; leave it out, as the runner does.
      const load = summarise(context.loads.slice(1));
      const clone = summarise(context.clones.slice(1));
      process.stderr.write(
        `ui.journal.firstPaint.10k in the page: median ${load.median.toFixed(1)} ms from the click to the painted list, of which ${clone.median.toFixed(1)} ms receiving the entries (structured clone)\n`,
      );
      await context.browser.close();
      await context.core.lock('user');
      await rm(context.dataDir, { recursive: true, force: true });
    },
  },
]);
