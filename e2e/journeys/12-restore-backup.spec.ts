import { open, readdir } from 'node:fs/promises';
import path from 'node:path';
import { checkScreen } from '../steps/accessibility.ts';
import { createJournal, lockJournal, unlockJournal } from '../steps/journal-setup.ts';
import { expect, test } from '../fixtures.ts';
import { allEntries, daysFromToday, seedEntries } from './journal-steps.ts';

const passphrase = 'correct horse battery staple';

test('I bring my journal back to an earlier backup from Settings', async ({ app }, testInfo) => {
  const { page } = app;
  await createJournal(page, { passphrase });
  await seedEntries(page, [{ day: daysFromToday(-1), body: 'Before the backup.', mood: 3 }]);

  // The first unlock of the day makes the day's backup.
  await lockJournal(page);
  await unlockJournal(page, passphrase);
  await seedEntries(page, [{ day: daysFromToday(0), body: 'After the backup.', mood: 4 }]);

  // In Settings I find the backup and restore it; the app asks first.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  const backups = page.getByRole('region', { name: 'Backups' });
  const restoreButtons = backups.getByRole('button', { name: /^Restore the backup from/ });
  await expect(restoreButtons.first()).toBeVisible();
  await restoreButtons.first().click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toBeVisible();
  await checkScreen(page, testInfo, 'settings-restore-confirmation');
  await dialog.getByRole('button', { name: 'Restore' }).click();

  // The journal locks, tells me what happened, and opens as it was at the backup.
  await expect(page.getByRole('heading', { name: 'Unlock your journal' })).toBeVisible();
  await expect(page.getByText('Your journal is back as it was on', { exact: false })).toBeVisible();
  await unlockJournal(page, passphrase);
  const bodies = (await allEntries(page)).map((entry) => entry.body);
  expect(bodies).toEqual(['Before the backup.']);
});

test('when my journal file is damaged, the unlock screen offers the newest backup and brings it back', async ({
  app,
}, testInfo) => {
  const { page, vaultPath } = app;
  await createJournal(page, { passphrase });
  await seedEntries(page, [{ day: daysFromToday(0), body: 'Kept safe in the backup.', mood: 3 }]);
  await lockJournal(page);
  await unlockJournal(page, passphrase);
  expect((await readdir(path.join(path.dirname(vaultPath), 'backups'))).length).toBeGreaterThan(0);
  await lockJournal(page);

  // Something damages the journal file (a disk error, a bad sync): a few bytes in the middle change.
  const file = await open(vaultPath, 'r+');
  const { size } = await file.stat();
  const position = Math.floor(size / 2);
  const original = Buffer.alloc(8);
  await file.read(original, 0, 8, position);
  await file.write(
    original.map((byte) => byte ^ 0xff),
    0,
    8,
    position,
  );
  await file.close();

  // Unlocking tells me the file is damaged, in plain words, and offers the newest backup.
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Restore the newest backup' })).toBeVisible();
  await checkScreen(page, testInfo, 'unlock-damaged');
  await page.getByRole('button', { name: 'Restore the newest backup' }).click();
  await page
    .getByRole('dialog', { name: 'Restore this backup?' })
    .getByRole('button', { name: 'Restore' })
    .click();
  await expect(page.getByText('Backup restored')).toBeVisible();

  // The journal opens again, with my entry.
  await unlockJournal(page, passphrase);
  const bodies = (await allEntries(page)).map((entry) => entry.body);
  expect(bodies).toEqual(['Kept safe in the backup.']);
});
