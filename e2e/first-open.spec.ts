import { checkScreen } from './steps/accessibility.ts';
import { expect, test } from './fixtures.ts';

test('on a fresh machine, the app asks the core whether a journal exists and offers to create one', async ({
  app,
}, testInfo) => {
  const { page } = app;
  // The heading comes from vaultStatus(), answered by the real core: the round trip works.
  await expect(page.getByRole('heading', { name: 'Create your journal' })).toBeVisible();
  // Before anything is created, the user learns that a lost passphrase cannot be reset by anyone.
  await expect(page.getByText('Nobody can reset your passphrase')).toBeVisible();
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Repeat the passphrase', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create journal' })).toBeEnabled();
  await checkScreen(page, testInfo, 'first-run');
});
