import { readFile } from 'node:fs/promises';
import { checkScreen } from '../steps/accessibility.ts';
import { expect, test } from '../fixtures.ts';
import { allEntries } from './journal-steps.ts';

test('on my first evening I create my journal, keep my recovery key, and write my first entry with a mood', async ({
  app,
}, testInfo) => {
  // The whole first run with an accessibility check on each of its seven screens: give it time.
  test.slow();
  const { page } = app;
  const passphrase = 'correct horse battery staple';

  // I open Interlude for the first time; it offers to create my journal and is honest about the passphrase.
  await expect(page.getByRole('heading', { name: 'Create your journal' })).toBeVisible();
  await expect(page.getByText('Nobody can reset your passphrase')).toBeVisible();
  await checkScreen(page, testInfo, 'first-run-passphrase');

  // I choose a passphrase and type it twice; the meter tells me it is strong.
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Repeat the passphrase', { exact: true }).fill(passphrase);
  await expect(page.getByText(/^Strength:/)).toContainText('Very strong');
  await checkScreen(page, testInfo, 'first-run-passphrase-strength');
  await page.getByRole('button', { name: 'Create journal' }).click();

  // My recovery key is shown once. I save it as a text file, and the file really holds it.
  await expect(page.getByRole('heading', { name: 'Your recovery key' })).toBeVisible();
  const recoveryKey = (
    await page.getByRole('figure', { name: 'Your recovery key' }).locator('p').textContent()
  )?.trim();
  expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){6}$/);
  await checkScreen(page, testInfo, 'first-run-recovery-key');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as text file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('interlude-recovery-key.txt');
  const savedFile = await readFile(await download.path(), 'utf8');
  expect(savedFile).toContain(recoveryKey);
  await page.getByRole('button', { name: 'I have saved it' }).click();

  // To be sure I kept it, I type one group of it back. A wrong group is caught.
  await expect(page.getByRole('heading', { name: 'Check your recovery key' })).toBeVisible();
  const question = await page.getByText(/^Group \d+ of your recovery key$/).textContent();
  const groupNumber = Number(/Group (\d+)/.exec(question ?? '')?.[1]);
  const group = recoveryKey?.split('-')[groupNumber - 1] ?? '';
  const groupField = page.getByLabel(/^Group \d+ of your recovery key$/);
  await groupField.fill('ZZZZ');
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByText(`That is not group ${groupNumber}.`, { exact: false })).toBeVisible();
  await checkScreen(page, testInfo, 'first-run-check-key');
  await groupField.fill(group.toLowerCase());
  await page.getByRole('button', { name: 'Check' }).click();

  // I keep the suggested space period: from today, 30 days.
  await expect(page.getByRole('heading', { name: 'Your space period' })).toBeVisible();
  await expect(page.getByRole('radio', { name: '30 days' })).toBeChecked();
  await checkScreen(page, testInfo, 'first-run-space-period');
  await page.getByRole('button', { name: 'Start writing' }).click();

  // Today tells me where I am and offers a prompt.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByText('Day 1 of 30')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Another prompt' })).toBeVisible();
  await checkScreen(page, testInfo, 'today');

  // I write, pick my mood with the keyboard, name a feeling, tag it, and save.
  await page
    .getByRole('textbox', { name: 'Your entry' })
    .fill('The flat is so quiet. I made tea for two out of habit.');
  const mood = page.getByRole('radiogroup', { name: 'Mood' });
  await mood.getByRole('radio', { name: 'okay' }).check();
  await page.keyboard.press('ArrowLeft');
  await expect(mood.getByRole('radio', { name: 'bad' })).toBeChecked();
  await page.getByRole('button', { name: 'lonely', exact: true }).click();
  await expect(page.getByRole('button', { name: 'lonely', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByRole('textbox', { name: 'Tags' }).fill('home');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Remove tag home' })).toBeVisible();
  await checkScreen(page, testInfo, 'today-writing');
  await page.getByRole('button', { name: 'Save entry' }).click();

  // A quiet confirmation, and what comes next.
  await expect(page.getByRole('heading', { name: 'Saved' })).toBeVisible();
  await expect(page.getByText('Tomorrow is day 2 of 30')).toBeVisible();
  await checkScreen(page, testInfo, 'today-saved');

  // My first entry is in the journal, with its mood.
  const entries = await allEntries(page);
  expect(entries).toHaveLength(1);
  expect(entries[0]).toMatchObject({
    body: 'The flat is so quiet. I made tea for two out of habit.',
    mood: 2,
    emotions: ['lonely'],
    tags: ['home'],
  });
  expect(entries[0]?.prompt).not.toBeNull();
  await page.getByRole('button', { name: 'Read your journal' }).click();
  await expect(page.getByText('The flat is so quiet.', { exact: false })).toBeVisible();
});
