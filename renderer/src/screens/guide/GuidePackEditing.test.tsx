import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Pack } from '../../../../shared/domain.ts';
import { giveBlobsText } from '../../components/testing/blob-text.ts';
import { renderWithCore } from '../../testing/render-with-core.tsx';
import { testCore } from '../../testing/test-core.ts';
import { GuideScreen } from './GuideScreen.tsx';

giveBlobsText();
afterEach(cleanup);

/** An article whose one section asks the reader to reach out: the importer offers it after the space. */
const ARTICLE = [
  '# Finding your way',
  '',
  '## Reach out gently',
  '',
  'When the time apart is over, reconnect with your ex slowly.',
  '',
  '- **Keep it light**: Send a short, friendly first message.',
  '',
].join('\n');

/** A journal holding the article above as an imported pack. */
async function journalWithImportedPack(): Promise<Pack> {
  await testCore().seed();
  return testCore().core('importArticle', { fileName: 'finding.md', content: ARTICLE });
}

async function showImportedPack() {
  renderWithCore(<GuideScreen navigate={vi.fn()} write={vi.fn()} />);
  fireEvent.click(await screen.findByRole('button', { name: /Finding your way/ }));
  return screen.findByRole('region', { name: 'Reach out gently' });
}

function stageOf(pack: Pack | undefined): string | undefined {
  return pack?.sections.find((section) => section.title === 'Reach out gently')?.stage;
}

async function importedPack(): Promise<Pack | undefined> {
  return (await testCore().core('listPacks')).find((pack) => !pack.builtIn);
}

describe('editing an imported pack in the guide', () => {
  it('shows each section’s stage, and lets the user move it', async () => {
    const pack = await journalWithImportedPack();
    expect(stageOf(pack)).toBe('after');
    const section = await showImportedPack();
    const picker = within(section).getByLabelText('When to offer “Reach out gently”') as HTMLSelectElement;
    expect(picker.value).toBe('after');
    fireEvent.change(picker, { target: { value: 'any' } });
    await vi.waitFor(async () => expect(stageOf(await importedPack())).toBe('any'), { timeout: 5000 });
    await vi.waitFor(
      () =>
        expect((screen.getByLabelText('When to offer “Reach out gently”') as HTMLSelectElement).value).toBe(
          'any',
        ),
      { timeout: 5000 },
    );
  });

  it('shows the built-in pack’s stages as labels the user cannot change', async () => {
    await testCore().seed();
    renderWithCore(<GuideScreen navigate={vi.fn()} write={vi.fn()} />);
    const section = await screen.findByRole('region', { name: 'Take Time to Reflect on the Breakup' });
    expect(within(section).queryByRole('combobox')).toBeNull();
    expect(within(section).getByText('During the space')).toBeTruthy();
  });

  it('quotes the article’s advice beneath the question about it', async () => {
    const pack = await journalWithImportedPack();
    const prompt = pack.sections[0]!.prompts[0]!;
    const section = await showImportedPack();
    const shown = within(section).getByTestId('guide-prompt');
    expect(shown.querySelector('blockquote')?.textContent).toBe('Send a short, friendly first message.');
    expect(shown.textContent).toContain(prompt.text);
    expect(prompt.text).not.toBe('Send a short, friendly first message.');
  });

  it('renames the pack', async () => {
    await journalWithImportedPack();
    await showImportedPack();
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    const field = screen.getByLabelText('Pack name');
    fireEvent.change(field, { target: { value: '  Gentle steps ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    await screen.findByRole('heading', { name: 'Gentle steps' });
    expect((await importedPack())?.title).toBe('Gentle steps');
  });

  it('refuses an empty name without calling the core', async () => {
    await journalWithImportedPack();
    await showImportedPack();
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    fireEvent.change(screen.getByLabelText('Pack name'), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    expect(await screen.findByText('Give the pack a name.')).toBeTruthy();
    expect(testCore().callsOf('renamePack')).toEqual([]);
  });

  it('offers to replace an article imported before, and replaces it only when asked', async () => {
    await journalWithImportedPack();
    renderWithCore(<GuideScreen navigate={vi.fn()} write={vi.fn()} />);
    await screen.findByRole('region', { name: 'Take Time to Reflect on the Breakup' });
    fireEvent.change(screen.getByLabelText('Article file'), {
      target: { files: [new File([ARTICLE], 'again.md')] },
    });
    expect(await screen.findByText(/already in your guide/)).toBeTruthy();
    expect(testCore().callsOf('importArticle')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Replace it' }));
    await screen.findByText(/“Finding your way” was replaced in the guide/);
    expect(testCore().callsOf('importArticle')).toEqual([
      { fileName: 'again.md', content: ARTICLE, replace: false },
      { fileName: 'again.md', content: ARTICLE, replace: true },
    ]);
    const packs = await testCore().core('listPacks');
    expect(packs.filter((pack) => !pack.builtIn)).toHaveLength(1);
  });

  it('keeps the existing pack when the user says so', async () => {
    await journalWithImportedPack();
    renderWithCore(<GuideScreen navigate={vi.fn()} write={vi.fn()} />);
    await screen.findByRole('region', { name: 'Take Time to Reflect on the Breakup' });
    fireEvent.change(screen.getByLabelText('Article file'), {
      target: { files: [new File([ARTICLE], 'again.md')] },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Keep the one I have' }));
    expect(screen.queryByText(/already in your guide/)).toBeNull();
    expect(testCore().callsOf('importArticle')).toHaveLength(1);
    const packs = await testCore().core('listPacks');
    expect(packs.filter((pack) => !pack.builtIn)).toHaveLength(1);
  });
});
