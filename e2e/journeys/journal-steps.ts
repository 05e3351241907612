/**
 * Steps the journal, guide and trends journeys share: seeding entries through the page's own API
 * (so the same spec runs against the Electron app and the browser harness) and moving between screens.
 */
import { expect, type Page } from '@playwright/test';
import type { ApiArg, ApiMethod, ApiResults, InterludeApi } from '../../shared/api.ts';
import { addDays, dayOf } from '../../shared/dates.ts';
import type { Entry, EntryInput } from '../../shared/domain.ts';

/** Today's date on this machine, as the app counts it. */
export function today(): string {
  return dayOf(new Date());
}

/** The day `count` days from today (negative for the past). */
export function daysFromToday(count: number): string {
  return addDays(today(), count);
}

/** Calls the API from inside the page, as the renderer does, and returns the value (or throws its message). */
export async function callApi<K extends ApiMethod>(
  page: Page,
  method: K,
  arg?: ApiArg<K>,
): Promise<ApiResults[K]> {
  const result = await page.evaluate(
    async ({ method, arg }) => {
      const api = (window as unknown as { interlude: InterludeApi }).interlude;
      return (api[method] as (arg?: unknown) => Promise<unknown>)(arg);
    },
    { method, arg },
  );
  const typed = result as { ok: true; value: ApiResults[K] } | { ok: false; error: { message: string } };
  if (!typed.ok) throw new Error(`${method} failed: ${typed.error.message}`);
  return typed.value;
}

/** Every entry in the journal, whole, newest first: the list's pages, then each entry read in full. */
export async function allEntries(page: Page): Promise<Entry[]> {
  const entries: Entry[] = [];
  let cursor: string | null = null;
  do {
    const listed: ApiResults['listEntries'] = await callApi(page, 'listEntries', { cursor, limit: 200 });
    for (const summary of listed.items) entries.push(await callApi(page, 'getEntry', { id: summary.id }));
    cursor = listed.nextCursor;
  } while (cursor !== null);
  return entries;
}

/** Writes entries straight into the journal (it must be unlocked), oldest first. */
export async function seedEntries(page: Page, entries: EntryInput[]): Promise<void> {
  for (const entry of entries) await callApi(page, 'createEntry', entry);
}

/** Opens a screen from the main navigation. */
export async function openScreen(page: Page, name: 'Today' | 'Journal' | 'Guide' | 'Trends' | 'Settings') {
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav
    .getByRole('button', { name, exact: true })
    .or(nav.getByRole('link', { name, exact: true }))
    .click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}
