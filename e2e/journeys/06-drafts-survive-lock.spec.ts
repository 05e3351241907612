import { checkScreen } from '../steps/accessibility.ts';
import { createJournal, unlockJournal } from '../steps/journal-setup.ts';
import { expect, test } from '../fixtures.ts';
import { allEntries, callApi } from './journal-steps.ts';

const passphrase = 'correct horse battery staple';

test('what I was writing is still there after the journal locks', async ({ app }, testInfo) => {
  const { page } = app;
  await createJournal(page, { passphrase });

  // I start writing; the page saves my draft by itself.
  const writing = page.getByRole('textbox', { name: 'Your entry' });
  await writing.fill('I keep rereading our last messages.');
  await page.getByRole('radiogroup', { name: 'Mood' }).getByRole('radio', { name: 'awful' }).check();
  await expect(page.getByText(/^Draft saved at/)).toBeVisible();

  // I type a little more and lock straight away, before the draft had time to save by itself.
  await writing.press('End');
  await writing.pressSequentially(' Tomorrow I archive them.');
  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { name: 'Unlock your journal' })).toBeVisible();
  expect(await page.content()).not.toContain('last messages');

  // When I come back, every word is there, and my mood too; nothing was saved as an entry yet.
  await unlockJournal(page, passphrase);
  await expect(page.getByRole('textbox', { name: 'Your entry' })).toHaveValue(
    'I keep rereading our last messages. Tomorrow I archive them.',
  );
  await expect(page.getByRole('radio', { name: 'awful' })).toBeChecked();
  await expect(page.getByText('Your unsaved writing is back')).toBeVisible();
  await checkScreen(page, testInfo, 'today-draft-restored');
  expect(await allEntries(page)).toEqual([]);

  // Saving it makes it an entry, and the draft is gone.
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('heading', { name: 'Saved' })).toBeVisible();
  expect(await callApi(page, 'getDraft')).toBeNull();
});

test('closing the app while I am still typing keeps every word', async ({ app }) => {
  const { page } = app;
  await createJournal(page, { passphrase });

  // I am mid-sentence when I close the window (or choose Lock from the menu, or quit).
  const writing = page.getByRole('textbox', { name: 'Your entry' });
  await writing.pressSequentially('I closed the laptop in a hurry');
  await app.requestLock();
  await expect(page.getByRole('heading', { name: 'Unlock your journal' })).toBeVisible();

  // When I open it again, what I typed is waiting for me.
  await unlockJournal(page, passphrase);
  await expect(page.getByRole('textbox', { name: 'Your entry' })).toHaveValue(
    'I closed the laptop in a hurry',
  );
});
