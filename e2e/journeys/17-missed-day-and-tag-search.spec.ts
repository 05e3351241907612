import { checkScreen } from '../steps/accessibility.ts';
import { createJournal } from '../steps/journal-setup.ts';
import { expect, test } from '../fixtures.ts';
import { daysFromToday, openScreen, seedEntries } from './journal-steps.ts';

test('I catch up on a day I missed, and a search by tag shows the excerpt and says it was the tag', async ({
  app,
}, testInfo) => {
  const { page } = app;
  await createJournal(page, { passphrase: 'the kettle is still warm', spaceStart: daysFromToday(-10) });
  await seedEntries(page, [
    {
      day: daysFromToday(-3),
      body: 'A long evening. The lighthouse walk again, alone this time.',
      mood: 3,
      tags: ['walks'],
    },
  ]);

  // Yesterday I did not write: I write for it now, and it is filed under yesterday.
  await openScreen(page, 'Today');
  await page.getByRole('textbox', { name: 'Your entry' }).fill('Yesterday was quiet. I slept early.');
  await page.getByLabel('Write for another day').fill(daysFromToday(-1));
  for (const [width, height] of [
    [1280, 800],
    [800, 600],
  ] as const) {
    await page.setViewportSize({ width, height });
    await checkScreen(page, testInfo, `today-another-day-${width}x${height}`);
  }
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('heading', { name: 'Saved' })).toBeVisible();

  await openScreen(page, 'Journal');
  await page.getByRole('button', { name: 'Calendar', exact: true }).click();
  // The calendar opens on this month; on the first of a month, yesterday is in the one before.
  if (daysFromToday(-1).slice(0, 7) !== daysFromToday(0).slice(0, 7)) {
    await page.getByRole('button', { name: 'Previous month' }).click();
  }
  await expect(page.getByRole('button', { name: /: written, no mood$/ })).toHaveCount(1);
  await page.getByRole('button', { name: 'Entries', exact: true }).click();

  // Searching "lighthouse" highlights the word in the excerpt; searching "walks" names the tag.
  const search = page.getByRole('searchbox', { name: 'Search your journal' });
  await search.fill('lighthouse');
  await expect(page.getByText('1 entry matches “lighthouse”.')).toBeVisible();
  await expect(page.getByTestId('entry-row').locator('mark')).toHaveText(['lighthouse']);
  await search.fill('walks');
  await expect(page.getByText('1 entry matches “walks”.')).toBeVisible();
  await expect(page.getByTestId('entry-row')).toContainText('Tag: walks');
  for (const [width, height] of [
    [1280, 800],
    [800, 600],
  ] as const) {
    await page.setViewportSize({ width, height });
    await checkScreen(page, testInfo, `journal-tag-search-${width}x${height}`);
  }
});
