import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PackWithProgress } from '../../../../shared/api.ts';
import type { Pack } from '../../../../shared/domain.ts';
import { giveBlobsText } from '../../components/testing/blob-text.ts';
import { FakeFailure, installFakeInterlude } from '../../components/testing/fake-interlude.ts';
import { samplePacks } from '../../components/testing/sample-entries.ts';
import { GuideScreen } from './GuideScreen.tsx';

giveBlobsText();
afterEach(cleanup);

const importedPack: Pack = {
  id: 'imported-letting-go',
  title: 'Letting go gently',
  builtIn: false,
  importedAt: '2026-03-05T10:00:00.000Z',
  sections: [
    {
      id: 'holding-on',
      title: 'Holding on',
      stage: 'any',
      prompts: [{ id: 'holding-on-1', text: 'What are you still holding on to?' }],
    },
  ],
};

function packStore(initial: PackWithProgress[]) {
  let packs = initial;
  return {
    listPacks: () => packs,
    importArticle: () => {
      packs = [...packs, { ...importedPack, answeredPromptIds: [] }];
      return importedPack;
    },
    removePack: ({ id }: { id: string }) => {
      packs = packs.filter((pack) => pack.id !== id);
      return null;
    },
  };
}

function renderGuide() {
  const props = { navigate: vi.fn(), write: vi.fn() };
  render(<GuideScreen {...props} />);
  return props;
}

function chooseFile(file: File) {
  fireEvent.change(screen.getByLabelText('Article file'), { target: { files: [file] } });
}

describe('the guide', () => {
  it('lists each section with its prompts and marks the ones already answered', async () => {
    installFakeInterlude(packStore(samplePacks()));
    renderGuide();
    const section = await screen.findByRole('region', { name: 'Reflect on what happened' });
    const prompts = within(section).getAllByTestId('guide-prompt');
    expect(prompts.map((prompt) => within(prompt).queryByText('Answered') !== null)).toEqual([true, false]);
    expect(screen.getByRole('region', { name: 'Give each other space' })).toBeTruthy();
    expect(screen.getByText('1 of 3 prompts answered.', { exact: false })).toBeTruthy();
  });

  it('opens the writing page with the prompt chosen', async () => {
    installFakeInterlude(packStore(samplePacks()));
    const props = renderGuide();
    const section = await screen.findByRole('region', { name: 'Give each other space' });
    fireEvent.click(within(section).getByRole('button', { name: 'Write about this' }));
    expect(props.write).toHaveBeenCalledWith({
      kind: 'prompt',
      prompt: {
        packId: 'interlude',
        promptId: 'space-1',
        text: 'What does a day without contact feel like?',
      },
      sectionId: 'space',
    });
  });

  it('imports an article into a pack of its own, and writes from its prompts', async () => {
    const fake = installFakeInterlude(packStore(samplePacks()));
    const props = renderGuide();
    await screen.findByRole('region', { name: 'Reflect on what happened' });
    chooseFile(new File(['# Holding on\n\nWhat are you still holding on to?'], 'letting-go.md'));
    await screen.findByText('“Letting go gently” was added to the guide: 1 section with 1 prompt.');
    expect(fake.callsTo('importArticle')).toEqual([
      {
        fileName: 'letting-go.md',
        content: '# Holding on\n\nWhat are you still holding on to?',
        replace: false,
      },
    ]);
    const packs = screen.getByRole('navigation', { name: 'Prompt packs' });
    expect(within(packs).getByRole('button', { name: /After a breakup/ })).toBeTruthy();
    const section = await screen.findByRole('region', { name: 'Holding on' });
    fireEvent.click(within(section).getByRole('button', { name: 'Write about this' }));
    expect(props.write).toHaveBeenCalledWith({
      kind: 'prompt',
      prompt: {
        packId: 'imported-letting-go',
        promptId: 'holding-on-1',
        text: 'What are you still holding on to?',
      },
      sectionId: 'holding-on',
    });
  });

  it('refuses a file over 2 MB without sending it anywhere', async () => {
    const fake = installFakeInterlude(packStore(samplePacks()));
    renderGuide();
    await screen.findByRole('region', { name: 'Reflect on what happened' });
    chooseFile(new File(['x'.repeat(2 * 1024 * 1024 + 1)], 'huge.txt'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/larger than 2 MB/);
    expect(fake.callsTo('importArticle')).toEqual([]);
  });

  it('shows the core’s message when an article cannot be used', async () => {
    installFakeInterlude({
      ...packStore(samplePacks()),
      importArticle: () => {
        throw new FakeFailure(
          'INVALID_INPUT',
          'This article has no sections or questions to draw prompts from.',
        );
      },
    });
    renderGuide();
    await screen.findByRole('region', { name: 'Reflect on what happened' });
    chooseFile(new File(['just words'], 'short.txt'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This article has no sections or questions to draw prompts from.',
    );
  });

  it('removes an imported pack after the user confirms, and keeps the built-in one', async () => {
    const fake = installFakeInterlude(
      packStore([...samplePacks(), { ...importedPack, answeredPromptIds: [] }]),
    );
    renderGuide();
    fireEvent.click(await screen.findByRole('button', { name: /Letting go gently/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove this pack' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove “Letting go gently”?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove pack' }));
    await screen.findByText('“Letting go gently” was removed from the guide.');
    expect(fake.callsTo('removePack')).toEqual([{ id: 'imported-letting-go' }]);
    expect(screen.queryByRole('navigation', { name: 'Prompt packs' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Reflect on what happened' })).toBeTruthy();
  });

  it('offers no way to remove the built-in pack', async () => {
    installFakeInterlude(packStore(samplePacks()));
    renderGuide();
    await screen.findByRole('region', { name: 'Reflect on what happened' });
    expect(screen.queryByRole('button', { name: 'Remove this pack' })).toBeNull();
  });
});
