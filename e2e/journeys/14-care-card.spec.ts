import { checkScreen } from '../steps/accessibility.ts';
import { createJournal, lockJournal, unlockJournal } from '../steps/journal-setup.ts';
import { expect, test } from '../fixtures.ts';
import { daysFromToday, openScreen, seedEntries } from './journal-steps.ts';

test('after a run of hard days, Today gently says it is fine to reach out, and I can put that away', async ({
  app,
}, testInfo) => {
  const { page } = app;
  const passphrase = 'the kettle is still warm';
  await createJournal(page, { passphrase, spaceStart: daysFromToday(-10) });
  // An ordinary week first: no card.
  await seedEntries(page, [{ day: daysFromToday(-1), body: 'A long walk.', mood: 3 }]);
  await openScreen(page, 'Journal');
  await openScreen(page, 'Today');
  await expect(page.getByRole('region', { name: 'A few heavy days' })).toHaveCount(0);

  // Three awful days in the last five.
  await seedEntries(
    page,
    [-4, -2, 0].map((offset) => ({ day: daysFromToday(offset), body: 'Everything hurts today.', mood: 1 })),
  );
  // Written behind the app's back (straight through the API): a new session reads them.
  await lockJournal(page);
  await unlockJournal(page, passphrase);
  await openScreen(page, 'Today');
  const card = page.getByRole('region', { name: 'A few heavy days' });
  await expect(card).toBeVisible();
  await expect(card).toContainText('it is fine to lean on someone');
  await expect(card).toContainText('Samaritans (116 123)');
  await expect(card).toContainText('In an emergency, call your local emergency number.');
  // Offline words only: nothing in it reaches for the network.
  await expect(card.locator('a')).toHaveCount(0);

  for (const [width, height] of [
    [1280, 800],
    [800, 600],
  ] as const) {
    await page.setViewportSize({ width, height });
    await checkScreen(page, testInfo, `care-card-${width}x${height}`);
  }

  // I put it away; it stays away, also after locking and unlocking.
  await card.getByRole('button', { name: 'Put this away' }).click();
  await expect(card).toHaveCount(0);
  await lockJournal(page);
  await unlockJournal(page, passphrase);
  await expect(page.getByRole('textbox', { name: 'Your entry' })).toBeFocused();
  await expect(page.getByRole('region', { name: 'A few heavy days' })).toHaveCount(0);
});
