import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { addDays, dayOf } from '../../../../shared/dates.ts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeFailure, installFakeInterlude, memoryJournal } from '../../components/testing/fake-interlude.ts';
import { giveScrollContainersASize } from '../../components/testing/layout.ts';
import { sampleEntry, samplePacks } from '../../components/testing/sample-entries.ts';
import { JournalScreen } from './JournalScreen.tsx';

let restoreLayout: () => void;
beforeEach(() => {
  restoreLayout = giveScrollContainersASize();
});
afterEach(() => {
  cleanup();
  restoreLayout();
});

function renderJournal() {
  const props = { navigate: vi.fn(), write: vi.fn() };
  render(<JournalScreen {...props} />);
  return props;
}

const beachDay = sampleEntry({
  id: 'beach',
  day: '2026-03-04',
  body: 'We used to walk on the beach on Sundays.',
  mood: 2,
  tags: ['memories'],
  section: 'reflect',
  prompt: { packId: 'interlude', promptId: 'reflect-1', text: 'What did the relationship give you?' },
});
const quietDay = sampleEntry({
  id: 'quiet',
  day: '2026-03-03',
  body: 'A quiet evening with a book.',
  mood: 4,
});

describe('the journal', () => {
  it('helps someone with no entries yet to start writing', async () => {
    installFakeInterlude({ ...memoryJournal([]), listPacks: samplePacks });
    const props = renderJournal();
    fireEvent.click(await screen.findByRole('button', { name: 'Write today’s entry' }));
    expect(props.navigate).toHaveBeenCalledWith('today');
  });

  it('groups entries under their day, newest day first', async () => {
    installFakeInterlude({ ...memoryJournal([quietDay, beachDay]), listPacks: samplePacks });
    renderJournal();
    const list = await screen.findByRole('list', { name: 'Entries' });
    const headings = within(list)
      .getAllByRole('heading')
      .map((heading) => heading.textContent);
    expect(headings).toHaveLength(2);
    expect(headings[0]).toMatch(/Wed/);
    expect(headings[1]).toMatch(/Tue/);
    expect(screen.getByRole('status')).toHaveProperty('textContent', '2 entries in your journal.');
    // The section's title, not its id, is shown.
    expect(within(list).getByText('Reflect on what happened')).toBeTruthy();
  });

  it('keeps only the entries in view in the page, even with ten thousand of them', async () => {
    const entries = Array.from({ length: 10_000 }, (_, index) =>
      sampleEntry({
        id: `e${index}`,
        day: new Date(Date.UTC(2000, 0, 1) + Math.floor(index / 3) * 86_400_000).toISOString().slice(0, 10),
        body: `Entry number ${index}`,
      }),
    );
    installFakeInterlude({ ...memoryJournal(entries), listPacks: samplePacks });
    renderJournal();
    await screen.findByText('10,000 entries in your journal.');
    const rendered = screen.getAllByTestId('entry-row');
    expect(rendered.length).toBeGreaterThan(3);
    expect(rendered.length).toBeLessThan(40);
    expect(rendered[0]?.closest('li')?.getAttribute('aria-setsize')).toBe('10000');
  });

  it('shows the latest month first, then the rest of a long journal below it', async () => {
    const today = dayOf(new Date());
    const recent = Array.from({ length: 12 }, (_, index) =>
      sampleEntry({ id: `recent${index}`, day: addDays(today, -index), body: `Recent entry ${index}.` }),
    );
    const old = sampleEntry({ id: 'old', day: addDays(today, -400), body: 'Last year.' });
    const journal = memoryJournal([...recent, old]);
    let releaseWholeJournal = () => {};
    const wholeJournal = new Promise<void>((resolve) => {
      releaseWholeJournal = resolve;
    });
    const fake = installFakeInterlude({
      ...journal,
      listPacks: samplePacks,
      listEntries: async (filter) => {
        if (!filter?.from) await wholeJournal;
        return journal.listEntries?.(filter) ?? [];
      },
    });
    renderJournal();
    await screen.findByText('Showing your latest entries; the older ones are on their way…');
    await waitFor(() => expect(fake.callsTo('listEntries')).toEqual([{ from: addDays(today, -31) }, {}]));
    expect(screen.queryByText('Last year.')).toBeNull();

    releaseWholeJournal();
    await screen.findByText('13 entries in your journal.');
    fireEvent.keyDown(screen.getAllByTestId('entry-row')[0] as HTMLElement, { key: 'End' });
    expect(await screen.findByText('Last year.')).toBeTruthy();
  });

  it('goes straight to the whole journal when the last year holds less than a screenful', async () => {
    const today = dayOf(new Date());
    const fake = installFakeInterlude({
      ...memoryJournal([sampleEntry({ id: 'one', day: addDays(today, -3), body: 'Only this.' })]),
      listPacks: samplePacks,
    });
    renderJournal();
    await screen.findByText('1 entry in your journal.');
    expect(fake.callsTo('listEntries')).toEqual([
      { from: addDays(today, -31) },
      { from: addDays(today, -365) },
      {},
    ]);
  });

  it('finds an entry by a word in it and marks the word, in the list and in the entry', async () => {
    installFakeInterlude({ ...memoryJournal([quietDay, beachDay]), listPacks: samplePacks });
    renderJournal();
    await screen.findByRole('list', { name: 'Entries' });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search your journal' }), {
      target: { value: 'beach' },
    });
    await screen.findByText('1 entry matches “beach”.');
    const rows = screen.getAllByTestId('entry-row');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.querySelector('mark')?.textContent).toBe('beach');
    fireEvent.click(rows[0] as HTMLElement);
    const reader = screen.getByRole('article');
    expect([...reader.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['beach']);
    expect(within(reader).getByText('What did the relationship give you?')).toBeTruthy();
  });

  it('says so when a search finds nothing, and offers a way back', async () => {
    installFakeInterlude({ ...memoryJournal([quietDay, beachDay]), listPacks: samplePacks });
    renderJournal();
    await screen.findByRole('list', { name: 'Entries' });
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'mountains' } });
    await screen.findByText('No entries match “mountains”.');
    fireEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    await screen.findByText('2 entries in your journal.');
  });

  it('asks the core for the entries of one mood', async () => {
    const fake = installFakeInterlude({ ...memoryJournal([quietDay, beachDay]), listPacks: samplePacks });
    renderJournal();
    await screen.findByRole('list', { name: 'Entries' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Mood' }), { target: { value: '4' } });
    await screen.findByText('1 entry matches these filters.');
    expect(fake.callsTo('listEntries').at(-1)).toEqual({ mood: 4 });
    expect(screen.getAllByTestId('entry-row')).toHaveLength(1);
  });

  it('applies the filters to search results too', async () => {
    installFakeInterlude({ ...memoryJournal([quietDay, beachDay]), listPacks: samplePacks });
    renderJournal();
    await screen.findByRole('list', { name: 'Entries' });
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'a' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-03-03' } });
    await screen.findByText('1 entry matches “a”.');
    expect(screen.getAllByTestId('entry-row')[0]?.textContent).toMatch(/quiet evening/);
  });

  it('opens an entry for editing on the writing page', async () => {
    installFakeInterlude({ ...memoryJournal([quietDay]), listPacks: samplePacks });
    const props = renderJournal();
    fireEvent.click(await screen.findByTestId('entry-row'));
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    expect(props.write).toHaveBeenCalledWith({ kind: 'edit', entryId: 'quiet' });
  });

  it('deletes an entry only after the user confirms', async () => {
    const journal = memoryJournal([quietDay, beachDay]);
    installFakeInterlude({ ...journal, listPacks: samplePacks });
    renderJournal();
    fireEvent.click((await screen.findAllByTestId('entry-row'))[0] as HTMLElement);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(journal.entries()).toHaveLength(2);

    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete entry' }));
    await screen.findByText(/was deleted\./);
    await screen.findByText('1 entry in your journal.');
    expect(journal.entries().map((entry) => entry.id)).toEqual(['quiet']);
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('shows the core’s message when a delete fails, and keeps the entry', async () => {
    installFakeInterlude({
      ...memoryJournal([quietDay]),
      listPacks: samplePacks,
      deleteEntry: () => {
        throw new FakeFailure('LOCKED', 'Your journal is locked. Unlock it to continue.');
      },
    });
    renderJournal();
    fireEvent.click(await screen.findByTestId('entry-row'));
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete entry' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Your journal is locked. Unlock it to continue.',
    );
    expect(screen.getByRole('article')).toBeTruthy();
  });

  it('moves between entries with the arrow keys', async () => {
    installFakeInterlude({ ...memoryJournal([quietDay, beachDay]), listPacks: samplePacks });
    renderJournal();
    const [first, second] = await screen.findAllByTestId('entry-row');
    expect(first?.tabIndex).toBe(0);
    expect(second?.tabIndex).toBe(-1);
    act(() => first?.focus());
    fireEvent.keyDown(first as HTMLElement, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement).toBe(second));
    fireEvent.keyDown(second as HTMLElement, { key: 'Home' });
    await waitFor(() => expect(document.activeElement).toBe(first));
  });
});
