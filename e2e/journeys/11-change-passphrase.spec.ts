import { checkScreen } from '../steps/accessibility.ts';
import { createJournal, lockJournal, unlockJournal } from '../steps/journal-setup.ts';
import { expect, test } from '../fixtures.ts';
import { openScreen } from './journal-steps.ts';

const oldPassphrase = 'correct horse battery staple';
const newPassphrase = 'quiet harbour under winter stars';

test('I change my passphrase; afterwards only the new one opens my journal', async ({ app }, testInfo) => {
  const { page } = app;
  await createJournal(page, { passphrase: oldPassphrase });

  // In Settings, I give my current passphrase and a new one, twice.
  await openScreen(page, 'Settings');
  await checkScreen(page, testInfo, 'settings');
  const section = page.getByRole('region', { name: 'Passphrase' });
  await section.getByLabel('Current passphrase').fill(oldPassphrase);
  await section.getByLabel('New passphrase', { exact: true }).fill(newPassphrase);
  await section.getByLabel('Repeat the new passphrase').fill(newPassphrase);
  await expect(section.getByText(/^Strength:/)).toContainText(/Strong|Very strong/);
  await section.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(section.getByText(/^Your passphrase is changed\b/)).toBeVisible();
  await checkScreen(page, testInfo, 'settings-passphrase-changed');

  // I lock. The old passphrase no longer opens it…
  await lockJournal(page);
  await page.getByLabel('Passphrase', { exact: true }).fill(oldPassphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toContainText(/passphrase/i);

  // …the new one does.
  await unlockJournal(page, newPassphrase);
});
