import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { obfuscate } from '../importer/fixtures/obfuscate.ts';
import { BUILTIN_PACK } from '../prompts/builtin-pack.ts';
import { makeTempDir, PASSPHRASE, testVault } from '../vault/test-helpers.ts';
import { JournalService } from './journal-service.ts';

let cleanup: () => Promise<void>;
let vaultPath: string;
let clock: Date;

function openService() {
  return new JournalService({ vault: testVault(vaultPath, { now: () => clock }), now: () => clock });
}

const ARTICLE = [
  '# Finding Your Way Back to Yourself',
  '',
  '## Give Each Other Space',
  '',
  '- **Rest**: sleep enough and eat well.',
  '- **Lean on friends**: spend an evening with someone who listens.',
  '',
  '## Reach Out Gently',
  '',
  '- **Keep it light**: send a short, friendly first message with no pressure.',
  '- **Respect their answer**: if they are distant, give them room.',
  '',
  '## Conclusion',
  '',
  'Whatever happens, you deserve patience and care.',
  '',
].join('\n');

beforeEach(async () => {
  const temp = await makeTempDir();
  cleanup = temp.cleanup;
  vaultPath = path.join(temp.dir, 'journal.interlude');
  clock = new Date(2026, 2, 11, 9, 30); // 11 March 2026: day 10 of a space period starting on 2 March
});

afterEach(() => cleanup());

async function newJournal() {
  const journal = openService();
  await journal.create(PASSPHRASE);
  await journal.updateSettings({ spaceStart: '2026-03-02', spaceLengthDays: 30 });
  return journal;
}

describe('importing the same article again', () => {
  it('is refused with an offer to replace, and replacing keeps the pack’s id and entries’ links', async () => {
    const journal = await newJournal();
    const first = await journal.importArticle('article.md', ARTICLE);
    expect(first.title).toBe('Finding Your Way Back to Yourself');
    // The same article, disguised with other look-alikes and saved under another name.
    await expect(journal.importArticle('copy of article.txt', obfuscate(ARTICLE, 5))).rejects.toMatchObject({
      code: 'DUPLICATE',
      message: expect.stringContaining('“Finding Your Way Back to Yourself”'),
    });
    expect(journal.listPacks()).toHaveLength(2);

    await journal.renamePack(first.id, 'My own name');
    const replaced = await journal.importArticle('article.md', ARTICLE, true);
    expect(replaced.id).toBe(first.id);
    expect(replaced.sections.map((section) => section.id)).toEqual(
      first.sections.map((section) => section.id),
    );
    expect(journal.listPacks().map((pack) => pack.id)).toEqual([BUILTIN_PACK.id, first.id]);
    expect(journal.listPacks()[1]!.title).toBe('Finding Your Way Back to Yourself');
  });
});

describe('renaming a pack and moving a section to another stage', () => {
  it('renames an imported pack, and keeps the built-in one as it is', async () => {
    const journal = await newJournal();
    const pack = await journal.importArticle('article.md', ARTICLE);
    const renamed = await journal.renamePack(pack.id, 'Gentle steps');
    expect(renamed.title).toBe('Gentle steps');
    expect(journal.listPacks().find((candidate) => candidate.id === pack.id)?.title).toBe('Gentle steps');
    await expect(journal.renamePack(BUILTIN_PACK.id, 'Mine')).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(journal.renamePack('import-missing', 'Mine')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('gives imported sections their stage, and lets the user change it', async () => {
    const journal = await newJournal();
    const pack = await journal.importArticle('article.md', ARTICLE);
    expect(pack.sections.map((section) => [section.title, section.stage])).toEqual([
      ['Give Each Other Space', 'space'],
      ['Reach Out Gently', 'after'],
      ['Conclusion', 'end'],
    ]);
    const reachOut = pack.sections[1]!;
    const changed = await journal.setSectionStage(pack.id, reachOut.id, 'any');
    expect(changed.sections[1]!.stage).toBe('any');
    expect(journal.listPacks()[1]!.sections[1]!.stage).toBe('any');
    await expect(journal.setSectionStage(pack.id, 'nope', 'any')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(journal.setSectionStage(BUILTIN_PACK.id, 'reflect', 'after')).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});

describe('today’s prompt during the space period', () => {
  it('never offers a section about reaching out, from any pack, whatever “Another prompt” is pressed', async () => {
    const journal = await newJournal();
    const pack = await journal.importArticle('article.md', ARTICLE);
    const reachOut = new Set(pack.sections[1]!.prompts.map((prompt) => prompt.id));
    const first = journal.todayPrompt(0);
    expect(first.space.stage).toBe('space');
    const seen = new Set<string>();
    for (let offset = 0; offset < first.candidates * 2; offset += 1) {
      const offered = journal.todayPrompt(offset);
      seen.add(offered.prompt.id);
      expect(offered.section.stage).not.toBe('after');
      expect(reachOut.has(offered.prompt.id)).toBe(false);
    }
    // The imported pack's own space-period prompts are among those offered.
    expect(pack.sections[0]!.prompts.some((prompt) => seen.has(prompt.id))).toBe(true);

    // After the space period, the section is offered.
    clock = new Date(2026, 3, 20, 9, 30);
    const later = openService();
    await later.unlock(PASSPHRASE);
    const after = later.todayPrompt(0);
    const offeredAfter = new Set<string>();
    for (let offset = 0; offset < after.candidates; offset += 1)
      offeredAfter.add(later.todayPrompt(offset).prompt.id);
    expect([...reachOut].every((id) => offeredAfter.has(id))).toBe(true);
  });
});
