import path from 'node:path';
import { checkScreen } from '../steps/accessibility.ts';
import { createJournal } from '../steps/journal-setup.ts';
import { expect, test } from '../fixtures.ts';
import { allEntries, callApi, openScreen } from './journal-steps.ts';

const article = path.join(import.meta.dirname, '..', 'fixtures-data', 'letting-go-gently.md');

test('I import an article that helped me, and write from one of its prompts', async ({ app }, testInfo) => {
  const { page } = app;
  await createJournal(page, { passphrase: 'a page a day helps' });

  // In the guide, the built-in sections are there, and I import the article I saved.
  await openScreen(page, 'Guide');
  await checkScreen(page, testInfo, 'guide');
  await page.getByLabel('Article file').setInputFiles(article);
  await expect(
    page.getByText(/^“.+” was added to the guide: \d+ sections? with \d+ prompts?\.$/),
  ).toBeVisible();

  // Its sections sit beside the built-in pack; one of them asks what I am holding on to.
  const packs = page.getByRole('navigation', { name: 'Prompt packs' });
  await expect(packs.getByRole('button')).toHaveCount(2);
  const prompt = page.getByTestId('guide-prompt').filter({ hasText: 'What are you still holding on to' });
  await expect(prompt).toHaveCount(1);
  await checkScreen(page, testInfo, 'guide-imported');

  // I write from it.
  await prompt.getByRole('button', { name: 'Write about this' }).click();
  await expect(page.getByText(/What are you still holding on to/)).toBeVisible();
  await page.getByRole('textbox', { name: 'Your entry' }).fill('The idea of who we would have become.');
  await page.getByRole('radio', { name: 'okay' }).check();
  await page.getByRole('button', { name: 'Save entry' }).click();

  // The entry remembers the prompt it answered, from the imported pack.
  const imported = (await callApi(page, 'listPacks')).find((pack) => !pack.builtIn);
  await expect
    .poll(async () => (await allEntries(page)).map((entry) => entry.prompt?.packId))
    .toEqual([imported?.id]);
  await openScreen(page, 'Journal');
  await page.getByTestId('entry-row').click();
  await expect(page.getByRole('article')).toContainText('What are you still holding on to');
  await expect(page.getByRole('article')).toContainText('The idea of who we would have become.');
});
