import { createJournal, unlockJournal } from '../steps/journal-setup.ts';
import { expect, test } from '../fixtures.ts';

// The idle limit is minutes in the app; seconds here, so the story fits in a test.
test.use({ idleLockMs: 3000 });

const passphrase = 'correct horse battery staple';

test('when I walk away, my journal locks itself, and my unsaved words wait for me', async ({ app }) => {
  const { page } = app;
  await createJournal(page, { passphrase });

  // I write a line, then step away from the computer.
  await page.getByRole('textbox', { name: 'Your entry' }).fill('Had to stop, the phone rang.');
  await expect(page.getByText(/^Draft saved at/)).toBeVisible();

  // After a while without use, the journal locks itself and nothing of it is left on screen.
  await expect(page.getByRole('heading', { name: 'Unlock your journal' })).toBeVisible({ timeout: 15_000 });
  expect(await page.content()).not.toContain('the phone rang');

  // When I unlock, my draft is back.
  await unlockJournal(page, passphrase);
  await expect(page.getByRole('textbox', { name: 'Your entry' })).toHaveValue('Had to stop, the phone rang.');
});
