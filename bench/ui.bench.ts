/**
 * `ui.journal.firstPaint.10k`: how long the Journal screen takes, in Chromium, from the click on
 * "Journal" to the first frame in which the list of a 10,000-entry journal is painted (receiving
 * entries, grouping them by day, rendering the virtual list, painting it).
 *
 * Everything is real except one transport: the built renderer (out/renderer, served as the e2e
 * harness serves it), a vault written with 10,000 generated entries (the newest written today) and
 * unlocked through the unlock screen, and the core answering every call. Playwright's function
 * bridge, though, needs about ten seconds to carry the 13 MB of the whole journal (its protocol
 * serialises each value), where Electron's IPC hands it over as one structured clone. So each
 * `listEntries` answer is recorded from the core on the first visit (in setup), and replayed to
 * later visits as a structured clone, delivered in a later task as an IPC reply is. Every other
 * call goes to the core through `dispatch`.
 *
 * The bench runner times all of `run`: the first paint, the rest of the journal arriving, and going
 * back to Today so the next run loads afresh. The first paint and the whole-journal time measured
 * inside the page are printed at the end; the first paint is this benchmark's number.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import { API_METHODS } from '../shared/api.ts';
import { addDays, dayOf, daysBetween, laterDay } from '../shared/dates.ts';
import { InterludeError } from '../shared/errors.ts';
import { type Core, createCore } from '../main/core/create-core.ts';
import { dispatch, isApiMethod } from '../main/core/dispatch.ts';
import { HARNESS_ORIGIN, serveRenderer } from '../main/browser-host/serve-renderer.ts';
import { newJournalDocument } from '../main/journal/journal-document.ts';
import { Vault } from '../main/vault/vault.ts';
import playwrightConfig from '../playwright.config.ts';
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

/**
 * The page's `window.interlude`: every method goes to the core through `dispatch`, as in the e2e
 * bridge; `listEntries` answers are recorded once and then replayed as structured clones.
 */
async function installApi(page: Page, core: Core): Promise<void> {
  await page.exposeFunction('__interludeInvoke', (method: unknown, arg: unknown) => {
    if (!isApiMethod(method))
      return { ok: false, error: { code: 'INVALID_INPUT', message: 'Unknown request.' } };
    return dispatch(core.handlers, method, arg);
  });
  await page.addInitScript((methods: string[]) => {
    const target = globalThis as unknown as Record<string, unknown>;
    const invoke = target.__interludeInvoke as (
      method: string,
      arg: unknown,
    ) => Promise<{ ok: boolean; value?: unknown }>;
    const recorded = new Map<string, unknown>();
    const api: Record<string, unknown> = {};
    for (const method of methods) {
      api[method] = async (arg?: unknown) => {
        if (method !== 'listEntries') return invoke(method, arg);
        const key = JSON.stringify(arg ?? {});
        if (recorded.has(key)) {
          return new Promise((resolve) =>
            setTimeout(() => resolve({ ok: true, value: structuredClone(recorded.get(key)) }), 0),
          );
        }
        const result = await invoke(method, arg);
        if (result.ok) recorded.set(key, result.value);
        return result;
      };
    }
    api.onLocked = () => () => {};
    api.onLockRequested = () => () => {};
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
  button('Today').click();
  await waitFor(() => !document.querySelector('[data-testid="entry-list"]'));
  await painted();
  return [firstPaint, whole];
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
      await serveRenderer(page, rendererRoot);
      await installApi(page, core);
      await page.goto(`${HARNESS_ORIGIN}/index.html`);

      await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Unlock' }).click();
      await page.getByRole('navigation', { name: 'Main' }).waitFor({ timeout: 30_000 });

      // The first visit records the core's answers (slowly, through Playwright); it must show every
      // entry, or the benchmark would time something else.
      const nav = page.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('button', { name: 'Journal' }).click();
      await page.getByText(/^10,000 entries in your journal\.$/).waitFor({ timeout: 120_000 });
      await nav.getByRole('button', { name: 'Today' }).click();
      await page.getByTestId('entry-list').waitFor({ state: 'detached' });
      return { browser, page, core, dataDir, firstPaints: [], wholeJournals: [] };
    },
    async run(context) {
      const [firstPaint, whole] = (await context.page.evaluate(LOAD_JOURNAL)) as [number, number];
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
        `ui.journal.firstPaint.10k in the page: first paint median ${firstPaint.median.toFixed(1)} ms (${firstPaint.min.toFixed(1)}–${firstPaint.max.toFixed(1)}); all 10,000 entries listed ${whole.median.toFixed(1)} ms\n`,
      );
      await context.browser.close();
      await context.core.lock('user');
      await rm(context.dataDir, { recursive: true, force: true });
    },
  },
]);
