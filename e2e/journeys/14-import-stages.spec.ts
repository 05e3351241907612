import path from 'node:path';
import { createJournal } from '../steps/journal-setup.ts';
import { expect, test } from '../fixtures.ts';
import { callApi, openScreen } from './journal-steps.ts';

const article = path.join(import.meta.dirname, '..', 'fixtures-data', 'reaching-out.md');

test('during my space period, an imported section about reaching out is never offered on Today', async ({
  app,
}) => {
  const { page } = app;
  // A new journal: the space period starts today and lasts 30 days.
  await createJournal(page, { passphrase: 'a page a day helps' });

  await openScreen(page, 'Guide');
  await page.getByLabel('Article file').setInputFiles(article);
  await expect(page.getByText(/^“When You Miss Them” was added to the guide/)).toBeVisible();

  // The guide shows the section's stage: it waits until after the space period.
  await page.getByRole('button', { name: /When You Miss Them/ }).click();
  const section = page.getByRole('region', { name: 'Reach Out Gently' });
  await expect(section.getByLabel('When to offer “Reach Out Gently”')).toHaveValue('after');
  const pack = (await callApi(page, 'listPacks')).find((candidate) => !candidate.builtIn)!;
  const reachOut = pack.sections.find((candidate) => candidate.title === 'Reach Out Gently')!;
  const quotes = reachOut.prompts.map((prompt) => prompt.quote ?? prompt.text);
  const titles = reachOut.prompts.map((prompt) => prompt.title ?? '');
  expect(quotes.length).toBeGreaterThan(0);

  // On Today, however many times I ask for another prompt, none of that section's comes up.
  await openScreen(page, 'Today');
  const { candidates } = await callApi(page, 'todayPrompt', { offset: 0 });
  const promptText = page.locator('.prompt-text');
  const seen = new Set<string>();
  for (let press = 0; press <= candidates; press += 1) {
    const text = (await promptText.textContent()) ?? '';
    seen.add(text);
    for (const title of titles) expect(text).not.toContain(title);
    for (const quote of quotes) expect(text).not.toContain(quote);
    await page.getByRole('button', { name: 'Another prompt' }).click();
    await expect(promptText).not.toHaveText(text);
  }
  // The walk went round every candidate, the imported pack's space-period prompts among them.
  expect(seen.size).toBe(candidates);
  expect([...seen].some((text) => text.includes('“Rest”') || text.includes('“Lean on friends”'))).toBe(true);
});
