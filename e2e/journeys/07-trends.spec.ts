import { checkScreen } from '../steps/accessibility.ts';
import { createJournal } from '../steps/journal-setup.ts';
import { expect, test } from '../fixtures.ts';
import { daysFromToday, openScreen, seedEntries } from './journal-steps.ts';

test('Trends shows a point for each day I wrote in my 30-day space, and the 7-day line', async ({
  app,
}, testInfo) => {
  const { page } = app;
  // My 30-day space started nine days ago: today is day 10.
  await createJournal(page, {
    passphrase: 'one day at a time',
    spaceStart: daysFromToday(-9),
    spaceLengthDays: 30,
  });

  // I wrote with a mood on each of the ten days, twice on day 3.
  const moods = [1, 2, 2, 3, 2, 3, 3, 4, 3, 4] as const;
  await seedEntries(
    page,
    moods.map((mood, index) => ({ day: daysFromToday(index - 9), body: `Day ${index + 1}.`, mood })),
  );
  await seedEntries(page, [{ day: daysFromToday(-7), body: 'Evening: a bit better.', mood: 3 }]);

  await openScreen(page, 'Trends');
  await expect(page.getByText('Day 10 of 30 of your space period.')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Space period' })).toBeChecked();

  // One point per day with a mood (ten days), and the rolling line through them.
  await expect(page.getByTestId('mood-point')).toHaveCount(10);
  await expect(page.getByTestId('rolling-line')).toBeVisible();
  await expect(page.getByTestId('today-marker')).toHaveCount(1);
  await expect(page.getByTestId('mood-chart')).toContainText('Day 1');
  await checkScreen(page, testInfo, 'trends');
});
