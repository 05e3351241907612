import { checkScreen } from '../steps/accessibility.ts';
import { createJournal } from '../steps/journal-setup.ts';
import { expect, test } from '../fixtures.ts';
import { daysFromToday, openScreen, seedEntries } from './journal-steps.ts';

test('I find a day on the calendar, delete its entry, undo that, and later restore it from the trash', async ({
  app,
}, testInfo) => {
  const { page } = app;
  await createJournal(page, { passphrase: 'the kettle is still warm', spaceStart: daysFromToday(-10) });
  await seedEntries(page, [
    { day: daysFromToday(0), body: 'Coffee alone, and it was fine.', mood: 4 },
    { day: daysFromToday(0), body: 'An evening call with my sister.', mood: 4 },
  ]);
  await openScreen(page, 'Journal');

  // The month grid marks the day I wrote on, coloured by its mood; choosing it shows that day.
  await page.getByRole('button', { name: 'Calendar', exact: true }).click();
  const day = page.getByRole('button', { name: /: good$/ });
  await expect(day).toHaveCount(1);
  for (const [width, height] of [
    [1280, 800],
    [800, 600],
  ] as const) {
    await page.setViewportSize({ width, height });
    await checkScreen(page, testInfo, `journal-calendar-${width}x${height}`);
  }
  await day.click();
  await expect(page.getByText('2 entries match these filters.')).toBeVisible();

  // Delete moves the entry to the trash, and the notice offers Undo.
  await page.getByTestId('entry-row').first().click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByText(/was moved to the trash\./)).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('The entry is back in your journal.')).toBeVisible();
  await expect(page.getByTestId('entry-row')).toHaveCount(2);

  // Deleted again, it waits in the trash for 30 days; I restore it from there.
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByTestId('entry-row')).toHaveCount(1);
  await page.getByRole('button', { name: 'Trash', exact: true }).click();
  const trash = page.getByRole('region', { name: 'Trash' });
  await expect(trash.getByRole('listitem')).toHaveCount(1);
  for (const [width, height] of [
    [1280, 800],
    [800, 600],
  ] as const) {
    await page.setViewportSize({ width, height });
    await checkScreen(page, testInfo, `journal-trash-${width}x${height}`);
  }
  await trash.getByRole('button', { name: 'Restore' }).click();
  await expect(trash.getByText('The trash is empty.')).toBeVisible();
  await page.getByRole('button', { name: 'Entries', exact: true }).click();
  await expect(page.getByTestId('entry-row')).toHaveCount(2);
});
