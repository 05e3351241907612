import { checkScreen } from '../steps/accessibility.ts';
import { createJournal } from '../steps/journal-setup.ts';
import { expect, test } from '../fixtures.ts';
import { daysFromToday, openScreen, seedEntries } from './journal-steps.ts';

test('searching the journal finds the entry I remember, with the words highlighted', async ({
  app,
}, testInfo) => {
  const { page } = app;
  await createJournal(page, { passphrase: 'salt air and long walks' });

  // Over the last few days I wrote three entries.
  await seedEntries(page, [
    { day: daysFromToday(-3), body: 'Couldn’t sleep. Made tea at 3am and stared at the ceiling.', mood: 2 },
    {
      day: daysFromToday(-2),
      body: 'We walked to the lighthouse on our first weekend. Today I went back alone, and it was okay.',
      mood: 3,
      tags: ['places'],
    },
    {
      day: daysFromToday(-1),
      body: 'Lunch with Sam. Laughed properly for the first time in weeks.',
      mood: 4,
    },
  ]);

  // I open my journal and see every entry, grouped by day.
  await openScreen(page, 'Journal');
  await expect(page.getByText('3 entries in your journal.')).toBeVisible();
  await expect(page.getByTestId('entry-row')).toHaveCount(3);
  await checkScreen(page, testInfo, 'journal');

  // I search for the lighthouse.
  await page.getByRole('searchbox', { name: 'Search your journal' }).fill('lighthouse');
  await expect(page.getByText('1 entry matches “lighthouse”.')).toBeVisible();
  const result = page.getByTestId('entry-row');
  await expect(result).toHaveCount(1);
  await expect(result.locator('mark')).toHaveText(['lighthouse']);

  // I open it, and the word is highlighted in the entry too.
  await result.click();
  const entry = page.getByRole('article');
  await expect(entry).toContainText('Today I went back alone, and it was okay.');
  await expect(entry.locator('mark')).toHaveText(['lighthouse']);
  await checkScreen(page, testInfo, 'journal-search');
});
