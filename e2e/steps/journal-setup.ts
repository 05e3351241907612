/**
 * Steps every journey starts with, taken through the UI as a user would: create a journal (the
 * whole first run, ending on Today), unlock it, lock it.
 */
import { expect, type Page } from '@playwright/test';

export interface CreateJournalOptions {
  passphrase: string;
  /** The first day of the space period, YYYY-MM-DD (default: today, as the app proposes). */
  spaceStart?: string;
  /** The space period's length in days (default: 30, as the app proposes). */
  spaceLengthDays?: number;
}

const PRESET_LENGTHS = [21, 30, 45, 60, 90];

/**
 * Creates a journal through the first-run screens: the passphrase twice, the recovery key (read
 * off the screen), typing a part of it back, then the space period. Ends on Today.
 * Returns the recovery key, for journeys that need it.
 */
export async function createJournal(
  page: Page,
  options: CreateJournalOptions,
): Promise<{ recoveryKey: string }> {
  await expect(page.getByRole('heading', { name: 'Create your journal' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(options.passphrase);
  await page.getByLabel('Repeat the passphrase', { exact: true }).fill(options.passphrase);
  // The strength meter loads its dictionaries lazily; Create journal waits for its verdict.
  await expect(page.getByText(/^Strength:/)).toBeVisible();
  await page.getByRole('button', { name: 'Create journal' }).click();

  await expect(page.getByRole('heading', { name: 'Your recovery key' })).toBeVisible();
  const recoveryKey = (
    await page.getByRole('figure', { name: 'Your recovery key' }).locator('p').textContent()
  )?.trim();
  if (!recoveryKey) throw new Error('The recovery key was not on the screen.');
  await page.getByRole('button', { name: 'I have saved it' }).click();

  await confirmRecoveryKeyGroup(page, recoveryKey);

  await expect(page.getByRole('heading', { name: 'Your space period' })).toBeVisible();
  if (options.spaceStart) await page.getByLabel('First day').fill(options.spaceStart);
  if (options.spaceLengthDays !== undefined) {
    if (PRESET_LENGTHS.includes(options.spaceLengthDays)) {
      await page.getByRole('radio', { name: `${options.spaceLengthDays} days` }).check();
    } else {
      await page.getByRole('radio', { name: 'Another length' }).check();
      await page.getByLabel('Number of days').fill(String(options.spaceLengthDays));
    }
  }
  await page.getByRole('button', { name: 'Start writing' }).click();

  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Your entry' })).toBeVisible();
  return { recoveryKey };
}

/** Unlocks the journal from the unlock screen and waits for the app to open. */
export async function unlockJournal(page: Page, passphrase: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Unlock your journal' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

/** Locks the journal with the frame's Lock button and waits for the unlock screen. */
export async function lockJournal(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Unlock your journal' })).toBeVisible();
}

/** The check step after a recovery key is shown: types back the group it asks for. */
export async function confirmRecoveryKeyGroup(page: Page, recoveryKey: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Check your recovery key' })).toBeVisible();
  const question = await page.getByText(/^Group \d+ of your recovery key$/).textContent();
  const groupNumber = Number(/Group (\d+)/.exec(question ?? '')?.[1]);
  const group = recoveryKey.split(/[\s-]+/)[groupNumber - 1];
  if (!group) throw new Error('The check step asked for a group the key does not have.');
  await page.getByLabel(/^Group \d+ of your recovery key$/).fill(group);
  await page.getByRole('button', { name: 'Check' }).click();
}
