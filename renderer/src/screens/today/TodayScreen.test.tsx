import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DraftInput } from '../../../../shared/domain.ts';
import { renderWithCore } from '../../testing/render-with-core.tsx';
import { type SeedEntry, testCore } from '../../testing/test-core.ts';
import { TodayScreen } from './TodayScreen.tsx';

afterEach(cleanup);

/** The test core's clock stands on 10 March 2026: day 12 of a space period that began on 27 February. */
const SPACE = { spaceStart: '2026-02-27', spaceLengthDays: 30 };

function openToday(props: Partial<Parameters<typeof TodayScreen>[0]> = {}) {
  const navigate = vi.fn();
  const write = vi.fn();
  const view = renderWithCore(<TodayScreen navigate={navigate} write={write} {...props} />);
  return { ...view, navigate };
}

async function seed(options: { draft?: DraftInput; entries?: SeedEntry[] } = {}) {
  await testCore().seed({ settings: SPACE, ...options });
}

const core = () => testCore().core;
const draftOnDisk = () => testCore().core('getDraft');
const entriesOnDisk = async () => {
  const page = await core()('listEntries', {});
  return Promise.all(page.items.map((item) => core()('getEntry', { id: item.id })));
};

const savedDraft: DraftInput = {
  day: '2026-03-09',
  body: 'I almost texted them last night.',
  mood: 2,
  emotions: ['lonely'],
  tags: [],
  section: 'space',
  prompt: { packId: 'builtin', promptId: 'space-2', text: 'Where did you feel calm today?' },
  entryId: null,
};

describe('Today', () => {
  it('shows the day of the space period and today’s prompt with its section', async () => {
    await seed();
    const prompt = await core()('todayPrompt', {});
    openToday();
    expect(await screen.findByText('Day 12 of 30')).toBeTruthy();
    expect(screen.getByText(prompt.prompt.text)).toBeTruthy();
    expect(screen.getByText(prompt.section.title)).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Day 12 of 30' })).toBeTruthy();
  });

  it('offers another prompt', async () => {
    await seed();
    const second = await core()('todayPrompt', { offset: 1 });
    openToday();
    fireEvent.click(await screen.findByRole('button', { name: 'Another prompt' }));
    expect(await screen.findByText(second.prompt.text)).toBeTruthy();
    expect(testCore().callsOf('todayPrompt')).toContainEqual({ offset: 1 });
  });

  it('saves the draft by itself shortly after typing stops', async () => {
    await seed();
    const prompt = await core()('todayPrompt', {});
    openToday();
    const body = await screen.findByRole('textbox', { name: 'Your entry' });
    fireEvent.change(body, { target: { value: 'It rained all day.' } });
    expect(await draftOnDisk()).toBeNull();
    await waitFor(async () => expect((await draftOnDisk())?.body).toBe('It rained all day.'), {
      timeout: 3000,
    });
    expect((await draftOnDisk())?.prompt?.promptId).toBe(prompt.prompt.id);
    expect(await screen.findByText(/Draft saved at/)).toBeTruthy();
  });

  it('saves a waiting draft at once when the page closes', async () => {
    await seed();
    const view = openToday();
    fireEvent.change(await screen.findByRole('textbox', { name: 'Your entry' }), {
      target: { value: 'Leaving mid-sentence' },
    });
    view.unmount();
    await waitFor(async () => expect((await draftOnDisk())?.body).toBe('Leaving mid-sentence'));
  });

  it('brings back a saved draft when it opens', async () => {
    await seed({ draft: savedDraft });
    openToday();
    const body = (await screen.findByRole('textbox', { name: 'Your entry' })) as HTMLTextAreaElement;
    expect(body.value).toBe('I almost texted them last night.');
    expect((screen.getByRole('radio', { name: 'bad' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('button', { name: 'lonely' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText('Where did you feel calm today?')).toBeTruthy();
    expect(screen.getByText(/Your unsaved writing is back/)).toBeTruthy();
  });

  it('files a draft started on an earlier day under that day, unless the user moves it to today', async () => {
    await seed({ draft: savedDraft });
    openToday();
    expect(await screen.findByText(/started on an earlier day/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save it under today instead' }));
    expect(screen.queryByText(/started on an earlier day/)).toBeNull();
    await waitFor(async () => expect((await draftOnDisk())?.day).toBe('2026-03-10'), { timeout: 3000 });
  });

  it('saves an entry with its mood, emotions and tags, removes the draft, and says what comes next', async () => {
    await seed();
    const prompt = await core()('todayPrompt', {});
    openToday();
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
    expect(await entriesOnDisk()).toMatchObject([
      {
        body: 'First real entry.',
        mood: 3,
        emotions: ['hopeful'],
        tags: ['rain'],
        section: prompt.section.id,
        prompt: { promptId: prompt.prompt.id },
      },
    ]);
    expect(await draftOnDisk()).toBeNull();
    expect(screen.getByText(/Tomorrow is day 13 of 30/)).toBeTruthy();
    // Nothing is saved after the entry: the draft stays gone, and it went in the entry's own write.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await draftOnDisk()).toBeNull();
    expect(testCore().callsOf('discardDraft')).toEqual([]);
  });

  it('has the words typed just before Save in the draft when the entry is written, so a failed save loses nothing', async () => {
    await seed();
    let draftWhenSaving: string | undefined;
    testCore().intercept('createEntry', async () => {
      draftWhenSaving = (await draftOnDisk())?.body;
      return { ok: false, error: { code: 'IO_ERROR', message: 'The journal file could not be written.' } };
    });
    openToday();
    fireEvent.change(await screen.findByRole('textbox', { name: 'Your entry' }), {
      target: { value: 'Typed in a hurry, saved at once.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save entry' }));
    expect(await screen.findByText('The journal file could not be written.')).toBeTruthy();
    expect(draftWhenSaving).toBe('Typed in a hurry, saved at once.');
    expect((screen.getByRole('textbox', { name: 'Your entry' }) as HTMLTextAreaElement).value).toBe(
      'Typed in a hurry, saved at once.',
    );
  });

  it('when another device locked the journal with a new passphrase, says the entry is safe beside it rather than inviting a second save', async () => {
    const conflict =
      'The journal file was locked with a different passphrase on another device. Your latest changes are safe beside it, in /home/x/journal.conflict.interlude.';
    await seed();
    testCore().intercept('createEntry', async () => ({
      ok: false,
      error: { code: 'KEY_CHANGED_ELSEWHERE', message: conflict },
    }));
    openToday();
    fireEvent.change(await screen.findByRole('textbox', { name: 'Your entry' }), {
      target: { value: 'Written while my phone synced.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save entry' }));
    expect(await screen.findByRole('heading', { name: 'Saved' })).toBeTruthy();
    expect(screen.getByText(conflict)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save entry' })).toBeNull();
    expect(testCore().callsOf('createEntry')).toHaveLength(1);
  });

  it('after saving, "Write another entry" opens a fresh page for today', async () => {
    await seed();
    const { navigate } = openToday({
      request: {
        kind: 'prompt',
        sectionId: 'after',
        prompt: { packId: 'builtin', promptId: 'after-1', text: 'What did you learn?' },
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
    await seed();
    openToday();
    fireEvent.click(await screen.findByRole('button', { name: 'Save entry' }));
    expect(await screen.findByText('Write something or choose a mood first.')).toBeTruthy();
    expect(await entriesOnDisk()).toHaveLength(0);
  });

  it('edits an existing entry through updateEntry', async () => {
    await seed({ entries: [{ day: '2026-03-01', body: 'Old words', mood: 1 }] });
    const [old] = await entriesOnDisk();
    const { navigate } = openToday({ request: { kind: 'edit', entryId: old!.id } });
    expect(await screen.findByRole('heading', { name: 'Edit entry' })).toBeTruthy();
    const body = screen.getByRole('textbox', { name: 'Your entry' }) as HTMLTextAreaElement;
    expect(body.value).toBe('Old words');
    fireEvent.change(body, { target: { value: 'New words' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save entry' }));
    expect(await screen.findByRole('heading', { name: 'Changes saved' })).toBeTruthy();
    expect((await entriesOnDisk()).map((entry) => entry.body)).toEqual(['New words']);
    expect(await draftOnDisk()).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Back to your journal' }));
    expect(navigate).toHaveBeenCalledWith('journal');
  });

  it('moves an entry to another day while editing it', async () => {
    await seed({ entries: [{ day: '2026-03-01', body: 'Filed on the wrong day', mood: 3 }] });
    const [old] = await entriesOnDisk();
    openToday({ request: { kind: 'edit', entryId: old!.id } });
    fireEvent.change(await screen.findByLabelText('Day of this entry'), { target: { value: '2026-02-28' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save entry' }));
    expect(await screen.findByRole('heading', { name: 'Changes saved' })).toBeTruthy();
    expect((await entriesOnDisk()).map((entry) => entry.day)).toEqual(['2026-02-28']);
  });

  it('writes for a missed day, filed under that day', async () => {
    await seed();
    openToday();
    fireEvent.change(await screen.findByRole('textbox', { name: 'Your entry' }), {
      target: { value: 'Catching up on Sunday.' },
    });
    fireEvent.change(screen.getByLabelText('Write for another day'), { target: { value: '2026-03-08' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save entry' }));
    expect(await screen.findByRole('heading', { name: 'Saved' })).toBeTruthy();
    expect((await entriesOnDisk()).map((entry) => entry.day)).toEqual(['2026-03-08']);
  });

  it('never drops a draft for a new prompt without asking', async () => {
    await seed({ draft: savedDraft });
    openToday({
      request: {
        kind: 'prompt',
        sectionId: 'after',
        prompt: { packId: 'builtin', promptId: 'after-1', text: 'What did you learn?' },
      },
    });
    expect(await screen.findByText('You have unsaved writing')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save it as an entry first' }));
    expect(await screen.findByText('What did you learn?')).toBeTruthy();
    expect((await entriesOnDisk()).map((entry) => entry.body)).toEqual(['I almost texted them last night.']);
    expect(await draftOnDisk()).toBeNull();
  });

  it('lets the user leave the prompt aside and write freely', async () => {
    await seed();
    const prompt = await core()('todayPrompt', {});
    openToday();
    fireEvent.click(await screen.findByRole('button', { name: 'Write without a prompt' }));
    expect(screen.queryByText(prompt.prompt.text)).toBeNull();
    fireEvent.change(screen.getByRole('textbox', { name: 'Your entry' }), { target: { value: 'Free' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save entry' }));
    await screen.findByRole('heading', { name: 'Saved' });
    expect(await entriesOnDisk()).toMatchObject([{ prompt: null, section: null }]);
  });

  it('clears the chosen mood', async () => {
    await seed();
    openToday();
    const okay = (await screen.findByRole('radio', { name: 'okay' })) as HTMLInputElement;
    fireEvent.click(okay);
    expect(okay.checked).toBe(true);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Clear mood' }));
    });
    expect(okay.checked).toBe(false);
  });
});
