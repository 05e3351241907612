import { checkScreen } from '../steps/accessibility.ts';
import { createJournal } from '../steps/journal-setup.ts';
import { expect, test } from '../fixtures.ts';
import { allEntries, daysFromToday, openScreen, seedEntries } from './journal-steps.ts';

test('I correct an entry, then decide to delete it', async ({ app }, testInfo) => {
  const { page } = app;
  await createJournal(page, { passphrase: 'kettle on, letters out' });
  await seedEntries(page, [
    { day: daysFromToday(-1), body: 'Read her old leters again. Bad idea.', mood: 2 },
  ]);

  // In my journal I open yesterday's entry and choose Edit.
  await openScreen(page, 'Journal');
  await page.getByTestId('entry-row').click();
  await expect(page.getByRole('article')).toContainText('Read her old leters again.');
  await page.getByRole('button', { name: 'Edit' }).click();

  // The writing page opens with my words; I fix the typo and save.
  const writing = page.getByRole('textbox', { name: 'Your entry' });
  await expect(writing).toHaveValue('Read her old leters again. Bad idea.');
  await writing.fill('Read her old letters again. Bad idea, but I cried and felt lighter after.');
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect
    .poll(async () => (await allEntries(page)).map((entry) => entry.body))
    .toEqual(['Read her old letters again. Bad idea, but I cried and felt lighter after.']);

  // The journal shows the corrected entry.
  await openScreen(page, 'Journal');
  await expect(page.getByTestId('entry-row')).toHaveCount(1);
  await page.getByTestId('entry-row').click();
  await expect(page.getByRole('article')).toContainText('I cried and felt lighter after.');

  // I delete it; the app asks first, and I change my mind once.
  await page.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Move this entry to the trash?' });
  await expect(dialog).toBeVisible();
  await checkScreen(page, testInfo, 'journal-delete-confirmation');
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('article')).toBeVisible();

  await page.getByRole('button', { name: 'Delete' }).click();
  await dialog.getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByText(/was moved to the trash\./)).toBeVisible();

  // The journal is empty again, and helps me start over.
  await expect(
    page.getByRole('heading', { name: 'Your journal is waiting for its first entry' }),
  ).toBeVisible();
  expect(await allEntries(page)).toEqual([]);
  await checkScreen(page, testInfo, 'journal-empty');
});
