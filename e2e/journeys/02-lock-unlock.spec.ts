import { checkScreen } from '../steps/accessibility.ts';
import { createJournal, unlockJournal } from '../steps/journal-setup.ts';
import { expect, test } from '../fixtures.ts';
import { openScreen } from './journal-steps.ts';

const passphrase = 'correct horse battery staple';
const words = 'Walked past our old café and kept walking.';

test('I lock my journal, and when I unlock it my entry is still there', async ({ app }, testInfo) => {
  const { page } = app;
  await createJournal(page, { passphrase });

  // I write an entry and save it.
  await page.getByRole('textbox', { name: 'Your entry' }).fill(words);
  await page.getByRole('radiogroup', { name: 'Mood' }).getByRole('radio', { name: 'good' }).check();
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('heading', { name: 'Saved' })).toBeVisible();

  // Someone comes in; I press Lock. Nothing of my journal is left on screen.
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Unlock your journal' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  expect(await page.content()).not.toContain('our old café');
  await checkScreen(page, testInfo, 'unlock');

  // Later I unlock it, and my entry is in my journal.
  await unlockJournal(page, passphrase);
  await openScreen(page, 'Journal');
  await expect(page.getByText(words)).toBeVisible();

  // The keyboard shortcut locks too.
  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { name: 'Unlock your journal' })).toBeVisible();
  expect(await page.content()).not.toContain('our old café');
});
