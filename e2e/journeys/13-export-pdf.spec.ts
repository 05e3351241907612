import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { addDays } from '../../shared/dates.ts';
import { checkScreen } from '../steps/accessibility.ts';
import { createJournal } from '../steps/journal-setup.ts';
import { expect, test } from '../fixtures.ts';
import { daysFromToday, openScreen, seedEntries } from './journal-steps.ts';

const run = promisify(execFile);

/** The text of a PDF as poppler reads it, with every run of white space (line and page breaks too) as one space. */
async function pdfText(file: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
  return stdout.replace(/\s+/g, ' ');
}

const PROMPT_TEXT =
  'Looking back, did the relationship end because of one moment, or had problems been building for a while? What makes you think so?';

test('I export my space period as a PDF for my therapist, and my whole journal as Markdown to keep', async ({
  app,
}, testInfo) => {
  const { page, exportDir } = app;
  const spaceStart = daysFromToday(-7);
  const spaceEnd = addDays(spaceStart, 29);
  await createJournal(page, { passphrase: 'paper boats on the river', spaceStart, spaceLengthDays: 30 });

  // I wrote one entry before my space period began, and three during it: one answering a prompt,
  // and one where I typed some code to see whether the app would break.
  await seedEntries(page, [
    { day: daysFromToday(-20), body: 'The night we argued about the lease.', mood: 1 },
    {
      day: daysFromToday(-3),
      body: 'Walked along the canal to the old mill and back.',
      mood: 3,
      section: 'reflect',
      prompt: { packId: 'builtin', promptId: 'builtin/reflect/1', text: PROMPT_TEXT },
    },
    { day: daysFromToday(-2), body: 'Typed <script>alert("boo")</script> to test it.', mood: 2 },
    {
      day: daysFromToday(-1),
      body: 'Dinner with Priya. Laughed until my cheeks hurt.',
      mood: 4,
      tags: ['friends'],
    },
  ]);

  // In Settings, Export starts on my space period and tells me the file will not be encrypted.
  await openScreen(page, 'Settings');
  const exporting = page.getByRole('region', { name: 'Export' });
  await exporting.scrollIntoViewIfNeeded();
  await expect(exporting.getByLabel('From', { exact: true })).toHaveValue(spaceStart);
  await expect(exporting.getByLabel('To', { exact: true })).toHaveValue(spaceEnd);
  await expect(
    exporting.getByRole('checkbox', { name: 'Take Time to Reflect on the Breakup' }),
  ).toBeChecked();
  await expect(exporting.getByText('This export is not encrypted')).toBeVisible();

  // I choose PDF, with the mood chart and the prompts, and export.
  await exporting.getByRole('radio', { name: 'PDF' }).check();
  await expect(exporting.getByRole('checkbox', { name: 'Include the mood chart' })).toBeChecked();
  await expect(exporting.getByRole('checkbox', { name: 'Include the prompts' })).toBeChecked();
  await checkScreen(page, testInfo, 'settings-export');
  await exporting.getByRole('button', { name: 'Export PDF' }).click();

  // It tells me quietly where the PDF went.
  const pdfPath = path.join(exportDir, `interlude-${spaceStart}-to-${spaceEnd}.pdf`);
  const result = exporting.getByRole('status').filter({ hasText: 'Saved to' });
  await expect(result).toHaveText(`Saved to ${pdfPath}`);
  await expect(exporting.getByRole('button', { name: 'Export PDF' })).toBeEnabled();
  await checkScreen(page, testInfo, 'settings-export-saved');

  // The PDF holds my entries from the space period, the prompt I answered, and the code as plain text;
  // the entry from before the space period is not in it.
  expect((await readFile(pdfPath)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = await pdfText(pdfPath);
  expect(text).toContain('Walked along the canal to the old mill and back.');
  expect(text).toContain('Dinner with Priya. Laughed until my cheeks hurt.');
  expect(text).toContain('Typed <script>alert("boo")</script> to test it.');
  expect(text).toContain('did the relationship end because of one moment');
  expect(text).not.toContain('argued about the lease');

  // I also keep a Markdown copy of my whole journal, in one file, for my notes app; this time with
  // the keyboard. Without dates chosen, it holds everything, from before the space period too.
  await exporting.getByRole('radio', { name: 'PDF' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(exporting.getByRole('radio', { name: 'Markdown — one file' })).toBeChecked();
  await expect(exporting.getByRole('checkbox', { name: 'Include the mood chart' })).toHaveCount(0);
  await expect(exporting.getByText(/^Your whole journal, from its first entry/)).toBeVisible();
  await exporting.getByRole('button', { name: 'Export Markdown' }).focus();
  await page.keyboard.press('Enter');
  const markdownPath = path.join(exportDir, `interlude-${daysFromToday(-20)}-to-${daysFromToday(-1)}.md`);
  await expect(result).toHaveText(`Saved to ${markdownPath}`);
  const markdown = await readFile(markdownPath, 'utf8');
  expect(markdown).toContain('Walked along the canal to the old mill and back.');
  expect(markdown).toContain('Dinner with Priya. Laughed until my cheeks hurt.');
  // A Markdown viewer shows the code as text: its "<" are escaped.
  expect(markdown).toContain('Typed \\<script>alert("boo")\\</script> to test it.');
  expect(markdown).toContain('argued about the lease');
});
