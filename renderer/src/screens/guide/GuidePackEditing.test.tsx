import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PackWithProgress } from '../../../../shared/api.ts';
import type { Pack, SectionStage } from '../../../../shared/domain.ts';
import { giveBlobsText } from '../../components/testing/blob-text.ts';
import { FakeFailure, installFakeInterlude } from '../../components/testing/fake-interlude.ts';
import { samplePacks } from '../../components/testing/sample-entries.ts';
import { GuideScreen } from './GuideScreen.tsx';

giveBlobsText();
afterEach(cleanup);

function importedPack(): PackWithProgress {
  return {
    id: 'import-1',
    title: 'Finding your way',
    builtIn: false,
    importedAt: '2026-03-05T10:00:00.000Z',
    answeredPromptIds: [],
    sections: [
      {
        id: 'import-1/section-1',
        title: 'Reach out gently',
        stage: 'after',
        prompts: [
          {
            id: 'import-1/1/1',
            title: 'Keep it light',
            text: 'When you feel ready, what would “Keep it light” mean for you?',
            quote: 'Send a short, friendly first message.',
          },
        ],
      },
    ],
  };
}

/** A fake core that keeps one imported pack and answers the pack methods as the real one does. */
function packCore(options: { duplicate?: boolean } = {}) {
  let pack = importedPack();
  return {
    listPacks: () => [...samplePacks(), pack],
    renamePack: ({ id, title }: { id: string; title: string }): Pack => {
      expect(id).toBe(pack.id);
      pack = { ...pack, title };
      return pack;
    },
    setSectionStage: ({ sectionId, stage }: { sectionId: string; stage: SectionStage }): Pack => {
      pack = {
        ...pack,
        sections: pack.sections.map((section) =>
          section.id === sectionId ? { ...section, stage } : section,
        ),
      };
      return pack;
    },
    importArticle: ({ replace }: { replace?: boolean }): Pack => {
      if (options.duplicate && !replace) {
        throw new FakeFailure(
          'DUPLICATE',
          'This article is already in your guide, as “Finding your way”. You can replace that pack with this import, or keep the one you have.',
        );
      }
      return pack;
    },
  };
}

async function showImportedPack() {
  render(<GuideScreen navigate={vi.fn()} write={vi.fn()} />);
  fireEvent.click(await screen.findByRole('button', { name: /Finding your way/ }));
  return screen.findByRole('region', { name: 'Reach out gently' });
}

describe('editing an imported pack in the guide', () => {
  it('shows each section’s stage, and lets the user move it', async () => {
    const fake = installFakeInterlude(packCore());
    const section = await showImportedPack();
    const picker = within(section).getByLabelText('When to offer “Reach out gently”') as HTMLSelectElement;
    expect(picker.value).toBe('after');
    fireEvent.change(picker, { target: { value: 'any' } });
    await vi.waitFor(() => expect(fake.callsTo('setSectionStage')).toHaveLength(1));
    expect(fake.callsTo('setSectionStage')).toEqual([
      { packId: 'import-1', sectionId: 'import-1/section-1', stage: 'any' },
    ]);
    await vi.waitFor(() =>
      expect((screen.getByLabelText('When to offer “Reach out gently”') as HTMLSelectElement).value).toBe(
        'any',
      ),
    );
  });

  it('shows the built-in pack’s stages as labels the user cannot change', async () => {
    installFakeInterlude(packCore());
    render(<GuideScreen navigate={vi.fn()} write={vi.fn()} />);
    const section = await screen.findByRole('region', { name: 'Reflect on what happened' });
    expect(within(section).queryByRole('combobox')).toBeNull();
    expect(within(section).getByText('During the space')).toBeTruthy();
  });

  it('quotes the article’s advice beneath the question about it', async () => {
    installFakeInterlude(packCore());
    const section = await showImportedPack();
    const prompt = within(section).getByTestId('guide-prompt');
    expect(prompt.querySelector('blockquote')?.textContent).toBe('Send a short, friendly first message.');
    expect(prompt.textContent).toContain('When you feel ready, what would “Keep it light” mean for you?');
  });

  it('renames the pack', async () => {
    const fake = installFakeInterlude(packCore());
    await showImportedPack();
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    const field = screen.getByLabelText('Pack name');
    fireEvent.change(field, { target: { value: '  Gentle steps ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    await screen.findByRole('heading', { name: 'Gentle steps' });
    expect(fake.callsTo('renamePack')).toEqual([{ id: 'import-1', title: 'Gentle steps' }]);
  });

  it('refuses an empty name without calling the core', async () => {
    const fake = installFakeInterlude(packCore());
    await showImportedPack();
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    fireEvent.change(screen.getByLabelText('Pack name'), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    expect(await screen.findByText('Give the pack a name.')).toBeTruthy();
    expect(fake.callsTo('renamePack')).toEqual([]);
  });

  it('offers to replace an article imported before, and replaces it only when asked', async () => {
    const fake = installFakeInterlude(packCore({ duplicate: true }));
    render(<GuideScreen navigate={vi.fn()} write={vi.fn()} />);
    await screen.findByRole('region', { name: 'Reflect on what happened' });
    fireEvent.change(screen.getByLabelText('Article file'), {
      target: { files: [new File(['# Finding your way\n\nWhat helps?'], 'again.md')] },
    });
    expect(await screen.findByText(/already in your guide, as “Finding your way”/)).toBeTruthy();
    expect(fake.callsTo('importArticle')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Replace it' }));
    await screen.findByText(/“Finding your way” was replaced in the guide/);
    expect(fake.callsTo('importArticle')).toEqual([
      { fileName: 'again.md', content: '# Finding your way\n\nWhat helps?', replace: false },
      { fileName: 'again.md', content: '# Finding your way\n\nWhat helps?', replace: true },
    ]);
  });

  it('keeps the existing pack when the user says so', async () => {
    const fake = installFakeInterlude(packCore({ duplicate: true }));
    render(<GuideScreen navigate={vi.fn()} write={vi.fn()} />);
    await screen.findByRole('region', { name: 'Reflect on what happened' });
    fireEvent.change(screen.getByLabelText('Article file'), {
      target: { files: [new File(['# Finding your way\n\nWhat helps?'], 'again.md')] },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Keep the one I have' }));
    expect(screen.queryByText(/already in your guide/)).toBeNull();
    expect(fake.callsTo('importArticle')).toHaveLength(1);
  });
});
