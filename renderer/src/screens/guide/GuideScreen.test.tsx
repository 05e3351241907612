import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PackWithProgress } from '../../../../shared/api.ts';
import { giveBlobsText } from '../../components/testing/blob-text.ts';
import { renderWithCore } from '../../testing/render-with-core.tsx';
import { testCore } from '../../testing/test-core.ts';
import { GuideScreen } from './GuideScreen.tsx';

giveBlobsText();
afterEach(cleanup);

const ARTICLE = '# Letting go gently\n\n## Holding on\n\nWhat are you still holding on to?\n';

function renderGuide() {
  const props = { navigate: vi.fn(), write: vi.fn() };
  renderWithCore(<GuideScreen {...props} />);
  return props;
}

function chooseFile(file: File) {
  fireEvent.change(screen.getByLabelText('Article file'), { target: { files: [file] } });
}

async function builtIn(): Promise<PackWithProgress> {
  const packs = await testCore().core('listPacks');
  const pack = packs.find((candidate) => candidate.builtIn);
  if (!pack) throw new Error('The core has no built-in pack.');
  return pack;
}

async function imported(): Promise<PackWithProgress | undefined> {
  return (await testCore().core('listPacks')).find((pack) => !pack.builtIn);
}

describe('the guide', () => {
  it('lists each section with its prompts and marks the ones already answered', async () => {
    await testCore().seed();
    const pack = await builtIn();
    const [first, second] = pack.sections;
    const answered = first!.prompts[0]!;
    await testCore().core('createEntry', {
      day: testCore().today,
      body: 'An answer.',
      section: first!.id,
      prompt: { packId: pack.id, promptId: answered.id, text: answered.text },
    });
    renderGuide();
    const section = await screen.findByRole('region', { name: first!.title });
    const prompts = within(section).getAllByTestId('guide-prompt');
    expect(prompts.map((prompt) => within(prompt).queryByText('Answered') !== null)).toEqual(
      first!.prompts.map((_, index) => index === 0),
    );
    expect(screen.getByRole('region', { name: second!.title })).toBeTruthy();
    const total = pack.sections.reduce((sum, each) => sum + each.prompts.length, 0);
    expect(screen.getByText(`1 of ${total} prompts answered.`, { exact: false })).toBeTruthy();
  });

  it('opens the writing page with the prompt chosen', async () => {
    await testCore().seed();
    const pack = await builtIn();
    const second = pack.sections[1]!;
    const props = renderGuide();
    const section = await screen.findByRole('region', { name: second.title });
    fireEvent.click(within(section).getAllByRole('button', { name: 'Write about this' })[0] as HTMLElement);
    expect(props.write).toHaveBeenCalledWith({
      kind: 'prompt',
      prompt: { packId: pack.id, promptId: second.prompts[0]!.id, text: second.prompts[0]!.text },
      sectionId: second.id,
    });
  });

  it('imports an article into a pack of its own, and writes from its prompts', async () => {
    await testCore().seed();
    const pack = await builtIn();
    const props = renderGuide();
    await screen.findByRole('region', { name: pack.sections[0]!.title });
    chooseFile(new File([ARTICLE], 'letting-go.md'));
    await screen.findByText(/was added to the guide/);
    expect(testCore().callsOf('importArticle')).toEqual([
      { fileName: 'letting-go.md', content: ARTICLE, replace: false },
    ]);
    const added = await imported();
    expect(added?.title).toBe('Letting go gently');
    const packs = screen.getByRole('navigation', { name: 'Prompt packs' });
    expect(within(packs).getByRole('button', { name: new RegExp(pack.title) })).toBeTruthy();
    const section = await screen.findByRole('region', { name: 'Holding on' });
    fireEvent.click(within(section).getByRole('button', { name: 'Write about this' }));
    const addedSection = added!.sections[0]!;
    expect(props.write).toHaveBeenCalledWith({
      kind: 'prompt',
      prompt: {
        packId: added!.id,
        promptId: addedSection.prompts[0]!.id,
        text: 'What are you still holding on to?',
      },
      sectionId: addedSection.id,
    });
  });

  it('refuses a file over 2 MB without sending it anywhere', async () => {
    await testCore().seed();
    renderGuide();
    await screen.findByRole('region', { name: (await builtIn()).sections[0]!.title });
    chooseFile(new File(['x'.repeat(2 * 1024 * 1024 + 1)], 'huge.txt'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/larger than 2 MB/);
    expect(testCore().callsOf('importArticle')).toEqual([]);
  });

  it('shows the core’s message when an article cannot be used', async () => {
    await testCore().seed();
    const message = 'This article has no sections or questions to draw prompts from.';
    testCore().intercept('importArticle', async () => ({
      ok: false,
      error: { code: 'INVALID_INPUT', message },
    }));
    renderGuide();
    await screen.findByRole('region', { name: (await builtIn()).sections[0]!.title });
    chooseFile(new File(['just words'], 'short.txt'));
    expect((await screen.findByRole('alert')).textContent).toBe(message);
    expect(await imported()).toBeUndefined();
  });

  it('removes an imported pack after the user confirms, and keeps the built-in one', async () => {
    await testCore().seed();
    await testCore().core('importArticle', { fileName: 'letting-go.md', content: ARTICLE });
    const pack = await builtIn();
    renderGuide();
    fireEvent.click(await screen.findByRole('button', { name: /Letting go gently/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove this pack' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove “Letting go gently”?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove pack' }));
    await screen.findByText('“Letting go gently” was removed from the guide.');
    await waitFor(() => expect(screen.queryByRole('navigation', { name: 'Prompt packs' })).toBeNull());
    expect(await imported()).toBeUndefined();
    expect(screen.getByRole('region', { name: pack.sections[0]!.title })).toBeTruthy();
  });

  it('offers no way to remove the built-in pack', async () => {
    await testCore().seed();
    renderGuide();
    await screen.findByRole('region', { name: (await builtIn()).sections[0]!.title });
    expect(screen.queryByRole('button', { name: 'Remove this pack' })).toBeNull();
  });
});
