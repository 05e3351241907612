import { checkScreen } from '../steps/accessibility.ts';
import {
  confirmRecoveryKeyGroup,
  createJournal,
  lockJournal,
  unlockJournal,
} from '../steps/journal-setup.ts';
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

test('I forgot my passphrase: my recovery key opens my journal, I choose a new passphrase and get a new key', async ({
  app,
}, testInfo) => {
  // Four key derivations (create, recovery, new passphrase, unlock) on a shared machine: give it time.
  test.slow();
  const { page } = app;
  const { recoveryKey } = await createJournal(page, { passphrase: 'correct horse battery staple' });
  await page.getByRole('textbox', { name: 'Your entry' }).fill('Still here after the reset.');
  await page.getByRole('radiogroup', { name: 'Mood' }).getByRole('radio', { name: 'okay' }).check();
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('heading', { name: 'Saved' })).toBeVisible();
  await lockJournal(page);

  // I cannot remember my passphrase, so I use the recovery key I saved, and choose a new passphrase.
  await page.getByRole('button', { name: 'Use your recovery key' }).click();
  await expect(page.getByRole('heading', { name: 'Use your recovery key' })).toBeVisible();
  await page.getByLabel('Recovery key').fill(recoveryKey.toLowerCase());
  await page.getByLabel('New passphrase', { exact: true }).fill('lanterns along the night river');
  await page.getByLabel('Repeat the new passphrase').fill('lanterns along the night river');
  await expect(page.getByText(/^Strength:/)).toContainText(/Strong|Very strong/);
  await checkScreen(page, testInfo, 'unlock-recovery-key');
  await page.getByRole('button', { name: 'Open my journal' }).click();

  // The old key no longer works, so I am shown a new one, once.
  await expect(page.getByRole('heading', { name: 'Your new recovery key' })).toBeVisible();
  const newKey = (
    await page.getByRole('figure', { name: 'Your recovery key' }).locator('p').textContent()
  )?.trim();
  expect(newKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){6}$/);
  expect(newKey).not.toBe(recoveryKey);
  await checkScreen(page, testInfo, 'unlock-new-recovery-key');
  await page.getByRole('button', { name: 'I have saved it' }).click();
  await confirmRecoveryKeyGroup(page, newKey!);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  // From now on the new passphrase opens my journal, and my entry is there.
  await lockJournal(page);
  await unlockJournal(page, 'lanterns along the night river');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Journal' }).click();
  await expect(page.getByText('Still here after the reset.')).toBeVisible();
});
