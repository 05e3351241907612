import { checkScreen } from '../steps/accessibility.ts';
import { createJournal } from '../steps/journal-setup.ts';
import { expect, test } from '../fixtures.ts';
import { daysFromToday, openScreen, seedEntries } from './journal-steps.ts';

test('Today warns me of a hard date I marked, and shows a week ago but not the time before the break', async ({
  app,
}, testInfo) => {
  const { page } = app;
  await createJournal(page, { passphrase: 'the kettle is still warm', spaceStart: daysFromToday(-10) });
  await seedEntries(page, [
    { day: daysFromToday(-7), body: 'The first quiet evening.', mood: 2 },
    { day: daysFromToday(-365), body: 'Our trip to the lake.', mood: 5 },
  ]);

  // I mark a hard day two days from now in Settings.
  await openScreen(page, 'Settings');
  await page.getByLabel('What is the day?').fill('Her birthday');
  await page.getByLabel('Date', { exact: true }).fill(daysFromToday(2));
  await page.getByRole('button', { name: 'Add the date' }).click();
  await expect(page.getByRole('list', { name: 'Hard dates' })).toContainText('Her birthday');

  await openScreen(page, 'Today');
  await expect(page.getByText(/Her birthday is in 2 days/)).toBeVisible();
  const memories = page.getByRole('region', { name: 'On this day' });
  await expect(memories).toContainText('The first quiet evening.');
  // A year ago was before the space period: held back, since it may hurt.
  await expect(page.getByText('Our trip to the lake.')).toHaveCount(0);
  for (const [width, height] of [
    [1280, 800],
    [800, 600],
  ] as const) {
    await page.setViewportSize({ width, height });
    await checkScreen(page, testInfo, `today-memories-${width}x${height}`);
  }

  // Planning the day opens the page with its prompt.
  await page.getByRole('button', { name: 'Plan the day in writing' }).click();
  await expect(page.getByText(/Her birthday is coming/).first()).toBeVisible();

  // When I allow it, the year-old memory comes back.
  await openScreen(page, 'Settings');
  await page.getByLabel('Show “On this day” from before the space period').check();
  await openScreen(page, 'Today');
  await expect(page.getByText('Our trip to the lake.')).toBeVisible();
});
