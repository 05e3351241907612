import { checkScreen } from '../steps/accessibility.ts';
import { createJournal } from '../steps/journal-setup.ts';
import { expect, test } from '../fixtures.ts';
import { daysFromToday, openScreen, seedEntries } from './journal-steps.ts';

test('I log a day I had contact, and the chart marks it', async ({ app }, testInfo) => {
  const { page } = app;
  await createJournal(page, {
    passphrase: 'no texting after ten',
    spaceStart: daysFromToday(-6),
    spaceLengthDays: 30,
  });
  await seedEntries(
    page,
    [3, 2, 3, 4, 2, 3, 3].map((mood, index) => ({ day: daysFromToday(index - 6), body: 'A day.', mood })),
  );

  await openScreen(page, 'Trends');
  await expect(page.getByTestId('mood-point')).toHaveCount(7);
  await expect(page.getByTestId('contact-marker')).toHaveCount(0);

  // Two days ago he called about the flat keys; I log it.
  await page.getByLabel('Day of contact').fill(daysFromToday(-2));
  await page.getByLabel('Note (optional)').fill('Called about the keys');
  await page.getByRole('button', { name: 'Log contact' }).click();

  // A marker appears on the chart, and the day is in the contact log.
  await expect(page.getByTestId('contact-marker')).toHaveCount(1);
  const log = page.getByRole('list', { name: 'Logged contact' });
  await expect(log).toContainText('Called about the keys');
  await checkScreen(page, testInfo, 'trends-contact');

  // I logged it by mistake on the wrong day, so I remove it again.
  await log.getByRole('button', { name: /^Remove the contact on/ }).click();
  await expect(page.getByTestId('contact-marker')).toHaveCount(0);
  await expect(page.getByText('No contact logged.')).toBeVisible();
});
