import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { zipSync } from 'fflate';
import { checkScreen } from '../steps/accessibility.ts';
import { createJournal } from '../steps/journal-setup.ts';
import { expect, test } from '../fixtures.ts';
import { callApi, openScreen } from './journal-steps.ts';

const dayOneJournal = path.join(
  import.meta.dirname,
  '..',
  '..',
  'main',
  'journal-import',
  'fixtures',
  'dayone-journal.json',
);

test('I bring my Day One journal with me, and find its entries on the days I wrote them', async ({
  app,
}, testInfo) => {
  const { page } = app;
  // The zip Day One exports: the journal as JSON beside a folder of photos.
  const zip = testInfo.outputPath('Day One Export.zip');
  await writeFile(
    zip,
    zipSync({
      'Journal.json': new Uint8Array(await readFile(dayOneJournal)),
      'photos/0F1E2D3C4B5A69788796A5B4C3D2E1F0.jpeg': new Uint8Array(2048).fill(9),
    }),
  );
  await createJournal(page, { passphrase: 'bring it all with me' });

  // In Settings, I choose the export and see what would come in before anything is added.
  await openScreen(page, 'Settings');
  const importSection = page.getByRole('region', { name: 'Import a journal' });
  await importSection.getByLabel('Journal file').setInputFiles(zip);
  await expect(
    importSection.getByText(
      /^Would import 3 entries from Day One, 2 skipped: entry 4 \(2024-03-07\) because it has no text/,
    ),
  ).toBeVisible();
  expect((await callApi(page, 'listEntries', {})).total).toBe(0);
  await checkScreen(page, testInfo, 'import-preview');

  await importSection.getByRole('button', { name: 'Import 3 entries' }).click();
  await expect(importSection.getByText(/^3 entries from Day One, 2 skipped/)).toBeVisible();

  // Choosing the same file again adds nothing twice.
  await importSection.getByLabel('Journal file').setInputFiles(zip);
  await expect(
    importSection.getByText(/^Would import 0 entries from Day One, 3 entries already in your journal/),
  ).toBeVisible();
  await expect(importSection.getByRole('button', { name: 'Nothing new to import' })).toBeDisabled();

  // In the Journal, each entry is on the day of the place it was written: Tokyo's morning of the 6th,
  // and two separate entries on New York's 5th.
  await openScreen(page, 'Journal');
  const list = page.getByTestId('entry-list');
  const rows = list.locator('li');
  await expect(rows).toHaveCount(5);
  const texts = await rows.allInnerTexts();
  expect(texts[0]).toMatch(/Mar 6, 2024|6 Mar 2024/);
  expect(texts[0]).toMatch(/1 entry/);
  expect(texts[1]).toContain('Woke early in Tokyo. Coffee by the window!');
  expect(texts[2]).toMatch(/Mar 5, 2024|5 Mar 2024/);
  expect(texts[2]).toMatch(/2 entries/);
  expect(texts.slice(3).join('\n')).toContain('Late night in New York');
  expect(texts.slice(3).join('\n')).toContain('Afternoon in New York');

  await list.getByTestId('entry-row').first().click();
  await expect(page.getByTestId('entry-body')).toContainText('[photo]');
});
