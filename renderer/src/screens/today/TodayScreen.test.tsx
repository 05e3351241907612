import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Draft, Entry } from '../../../../shared/domain.ts';
import { FakeFailure, type FakeInterlude, installFakeInterlude } from '../../app/testing/fake-interlude.ts';
import { TodayScreen } from './TodayScreen.tsx';

afterEach(cleanup);

function openToday(fake: FakeInterlude, props: Partial<Parameters<typeof TodayScreen>[0]> = {}) {
  const navigate = vi.fn();
  const write = vi.fn();
  const view = render(<TodayScreen navigate={navigate} write={write} {...props} />);
  return { ...view, navigate, fake };
}

function unlockedFake(initial: Parameters<typeof installFakeInterlude>[1] = {}) {
  return installFakeInterlude({}, { unlocked: true, ...initial });
}

const savedDraft: Draft = {
  day: '2026-03-09',
  body: 'I almost texted them last night.',
  mood: 2,
  emotions: ['lonely'],
  tags: [],
  section: 'space',
  prompt: { packId: 'built-in', promptId: 'space-2', text: 'Where did you feel calm today?' },
  entryId: null,
  savedAt: '2026-03-09T22:00:00.000Z',
};

describe('Today', () => {
  it('shows the day of the space period and today’s prompt with its section', async () => {
    openToday(unlockedFake());
    expect(await screen.findByText('Day 12 of 30')).toBeTruthy();
    expect(screen.getByText('What do you miss, and what do you not miss at all?')).toBeTruthy();
    expect(screen.getByText('Take some space')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Day 12 of 30' })).toBeTruthy();
  });

  it('offers another prompt', async () => {
    const fake = unlockedFake();
    openToday(fake);
    fireEvent.click(await screen.findByRole('button', { name: 'Another prompt' }));
    expect(await screen.findByText('Where did you feel calm today?')).toBeTruthy();
    expect(fake.callsOf('todayPrompt')).toContainEqual({ offset: 1 });
  });

  it('saves the draft by itself shortly after typing stops', async () => {
    const fake = unlockedFake();
    openToday(fake);
    const body = await screen.findByRole('textbox', { name: 'Your entry' });
    fireEvent.change(body, { target: { value: 'It rained all day.' } });
    expect(fake.state.draft).toBeNull();
    await waitFor(() => expect(fake.state.draft?.body).toBe('It rained all day.'), { timeout: 3000 });
    expect(fake.state.draft?.prompt?.promptId).toBe('space-1');
    expect(await screen.findByText(/Draft saved at/)).toBeTruthy();
  });

  it('saves a waiting draft at once when the page closes', async () => {
    const fake = unlockedFake();
    const view = openToday(fake);
    fireEvent.change(await screen.findByRole('textbox', { name: 'Your entry' }), {
      target: { value: 'Leaving mid-sentence' },
    });
    view.unmount();
    await waitFor(() => expect(fake.state.draft?.body).toBe('Leaving mid-sentence'));
  });

  it('brings back a saved draft when it opens', async () => {
    openToday(unlockedFake({ draft: savedDraft }));
    const body = (await screen.findByRole('textbox', { name: 'Your entry' })) as HTMLTextAreaElement;
    expect(body.value).toBe('I almost texted them last night.');
    expect((screen.getByRole('radio', { name: 'bad' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('button', { name: 'lonely' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText('Where did you feel calm today?')).toBeTruthy();
    expect(screen.getByText(/Your unsaved writing is back/)).toBeTruthy();
  });

  it('files a draft started on an earlier day under that day, unless the user moves it to today', async () => {
    // The fake's today is 10 March; the draft was started on the 9th.
    const fake = unlockedFake({ draft: savedDraft });
    openToday(fake);
    expect(await screen.findByText(/started on an earlier day/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save it under today instead' }));
    expect(screen.queryByText(/started on an earlier day/)).toBeNull();
    await waitFor(() => expect(fake.state.draft?.day).toBe('2026-03-10'), { timeout: 3000 });
  });

  it('saves an entry with its mood, emotions and tags, removes the draft, and says what comes next', async () => {
    const fake = unlockedFake();
    openToday(fake);
    fireEvent.change(await screen.findByRole('textbox', { name: 'Your entry' }), {
      target: { value: 'First real entry.' },
    });
    const moods = screen.getByRole('radiogroup', { name: 'Mood' });
    expect(
      within(moods)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['1', '2', '3', '4', '5']);
    fireEvent.click(within(moods).getByRole('radio', { name: 'okay' }));
    fireEvent.click(screen.getByRole('button', { name: 'hopeful' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Tags' }), { target: { value: 'rain' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save entry' }));

    expect(await screen.findByRole('heading', { name: 'Saved' })).toBeTruthy();
    const [entry] = fake.state.entries;
    expect(entry).toMatchObject({
      body: 'First real entry.',
      mood: 3,
      emotions: ['hopeful'],
      tags: ['rain'],
      section: 'space',
      prompt: { promptId: 'space-1' },
    });
    expect(fake.state.draft).toBeNull();
    expect(screen.getByText(/Tomorrow is day 13 of 30/)).toBeTruthy();
    // Nothing is saved after the entry: the draft stays gone.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(fake.state.draft).toBeNull();
  });

  it('when another device changed the journal file, says the entry is safe beside it rather than inviting a second save', async () => {
    const conflict =
      'The journal file was changed by another program or device since Interlude opened it. Your latest changes were saved beside it as /home/x/journal.conflict.interlude.';
    const fake = installFakeInterlude(
      {
        createEntry: () => {
          throw new FakeFailure('CHANGED_ON_DISK', conflict);
        },
      },
      { unlocked: true },
    );
    openToday(fake);
    fireEvent.change(await screen.findByRole('textbox', { name: 'Your entry' }), {
      target: { value: 'Written while my phone synced.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save entry' }));
    expect(await screen.findByRole('heading', { name: 'Saved' })).toBeTruthy();
    expect(screen.getByText(conflict)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save entry' })).toBeNull();
    expect(fake.callsOf('createEntry')).toHaveLength(1);
  });

  it('after saving, "Write another entry" opens a fresh page for today', async () => {
    const fake = unlockedFake();
    const { navigate } = openToday(fake, {
      request: {
        kind: 'prompt',
        sectionId: 'after',
        prompt: { packId: 'built-in', promptId: 'after-1', text: 'What did you learn?' },
      },
    });
    fireEvent.change(await screen.findByRole('textbox', { name: 'Your entry' }), {
      target: { value: 'A lot.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save entry' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Write another entry' }));
    expect(navigate).toHaveBeenCalledWith('today');
  });

  it('asks for words or a mood before saving an empty page', async () => {
    const fake = unlockedFake();
    openToday(fake);
    fireEvent.click(await screen.findByRole('button', { name: 'Save entry' }));
    expect(await screen.findByText('Write something or choose a mood first.')).toBeTruthy();
    expect(fake.state.entries).toHaveLength(0);
  });

  it('edits an existing entry through updateEntry', async () => {
    const entry: Entry = {
      id: 'entry-7',
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-01T10:00:00.000Z',
      day: '2026-03-01',
      body: 'Old words',
      mood: 1,
      emotions: [],
      tags: [],
      section: null,
      prompt: null,
    };
    const fake = unlockedFake({ entries: [entry] });
    const { navigate } = openToday(fake, { request: { kind: 'edit', entryId: 'entry-7' } });
    expect(await screen.findByRole('heading', { name: 'Edit entry' })).toBeTruthy();
    const body = screen.getByRole('textbox', { name: 'Your entry' }) as HTMLTextAreaElement;
    expect(body.value).toBe('Old words');
    fireEvent.change(body, { target: { value: 'New words' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save entry' }));
    expect(await screen.findByRole('heading', { name: 'Changes saved' })).toBeTruthy();
    expect(fake.state.entries).toHaveLength(1);
    expect(fake.state.entries[0]?.body).toBe('New words');
    expect(fake.state.draft).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Back to your journal' }));
    expect(navigate).toHaveBeenCalledWith('journal');
  });

  it('never drops a draft for a new prompt without asking', async () => {
    const fake = unlockedFake({ draft: savedDraft });
    openToday(fake, {
      request: {
        kind: 'prompt',
        sectionId: 'after',
        prompt: { packId: 'built-in', promptId: 'after-1', text: 'What did you learn?' },
      },
    });
    expect(await screen.findByText('You have unsaved writing')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save it as an entry first' }));
    expect(await screen.findByText('What did you learn?')).toBeTruthy();
    expect(fake.state.entries.map((entry) => entry.body)).toEqual(['I almost texted them last night.']);
    expect(fake.state.draft).toBeNull();
  });

  it('lets the user leave the prompt aside and write freely', async () => {
    const fake = unlockedFake();
    openToday(fake);
    fireEvent.click(await screen.findByRole('button', { name: 'Write without a prompt' }));
    expect(screen.queryByText('What do you miss, and what do you not miss at all?')).toBeNull();
    fireEvent.change(screen.getByRole('textbox', { name: 'Your entry' }), { target: { value: 'Free' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save entry' }));
    await screen.findByRole('heading', { name: 'Saved' });
    expect(fake.state.entries[0]).toMatchObject({ prompt: null, section: null });
  });

  it('clears the chosen mood', async () => {
    openToday(unlockedFake());
    const okay = (await screen.findByRole('radio', { name: 'okay' })) as HTMLInputElement;
    fireEvent.click(okay);
    expect(okay.checked).toBe(true);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Clear mood' }));
    });
    expect(okay.checked).toBe(false);
  });
});
