import { checkScreen } from './steps/accessibility.ts';
import { expect, test } from './fixtures.ts';

test('on a fresh machine, the app asks the core whether a journal exists and offers to create one', async ({
  app,
}, testInfo) => {
  // The heading comes from vaultStatus(), answered by the real core: the round trip works.
  await expect(app.page.getByRole('heading', { name: 'Create your journal' })).toBeVisible();
  await checkScreen(app.page, testInfo, 'first-run');
});
