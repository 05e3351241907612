import { checkScreen } from '../steps/accessibility.ts';
import { createJournal, lockJournal, unlockJournal } from '../steps/journal-setup.ts';
import { expect, test } from '../fixtures.ts';

test('a mistyped passphrase gets a plain message, and the right one still opens my journal', async ({
  app,
}, testInfo) => {
  const { page } = app;
  await createJournal(page, { passphrase: 'correct horse battery staple' });
  await lockJournal(page);

  // I mistype my passphrase.
  await page.getByLabel('Passphrase', { exact: true }).fill('correct horse battery stable');
  await page.getByRole('button', { name: 'Unlock' }).click();

  // The app tells me in plain words, and leaves me on the unlock screen to try again.
  const message = page.getByRole('alert');
  await expect(message).toBeVisible();
  await expect(message).toContainText(/passphrase/i);
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Use your recovery key' })).toBeVisible();
  await checkScreen(page, testInfo, 'unlock-wrong-passphrase');

  // With the right passphrase it opens.
  await unlockJournal(page, 'correct horse battery staple');
});
