import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiResults } from '../../../../shared/api.ts';
import { giveScrollContainersASize } from '../../components/testing/layout.ts';
import { renderWithCore } from '../../testing/render-with-core.tsx';
import { type SeedEntry, testCore } from '../../testing/test-core.ts';
import { JournalScreen } from './JournalScreen.tsx';
import { JOURNAL_PAGE_SIZE } from './use-journal-listing.ts';

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
  return { props, ...renderWithCore(<JournalScreen {...props} />) };
}

const beachDay: SeedEntry = {
  day: '2026-03-04',
  body: 'We used to walk on the beach on Sundays.',
  mood: 2,
  tags: ['memories'],
  section: 'reflect',
  prompt: { packId: 'interlude', promptId: 'reflect-1', text: 'What did the relationship give you?' },
  at: '2026-03-04T20:00:00.000Z',
};
const quietDay: SeedEntry = {
  day: '2026-03-03',
  body: 'A quiet evening with a book.',
  mood: 4,
  at: '2026-03-03T20:00:00.000Z',
};

async function listed(): Promise<ApiResults['listEntries']> {
  return testCore().core('listEntries', {});
}

describe('the journal', () => {
  it('helps someone with no entries yet to start writing', async () => {
    await testCore().seed();
    const { props } = renderJournal();
    fireEvent.click(await screen.findByRole('button', { name: 'Write today’s entry' }));
    expect(props.navigate).toHaveBeenCalledWith('today');
  });

  it('groups entries under their day, newest day first, with the section’s title', async () => {
    await testCore().seed({ entries: [quietDay, beachDay] });
    renderJournal();
    const list = await screen.findByRole('list', { name: 'Entries' });
    const headings = within(list)
      .getAllByRole('heading')
      .map((heading) => heading.textContent);
    expect(headings).toHaveLength(2);
    expect(headings[0]).toMatch(/Wed/);
    expect(headings[1]).toMatch(/Tue/);
    expect(screen.getByRole('status')).toHaveProperty('textContent', '2 entries in your journal.');
    expect(within(list).getByText('Take Time to Reflect on the Breakup')).toBeTruthy();
  });

  it('loads a long journal a page at a time as the list scrolls', async () => {
    const entries: SeedEntry[] = Array.from({ length: JOURNAL_PAGE_SIZE + 30 }, (_, index) => ({
      day: `2026-0${1 + Math.floor(index / 28)}-${String(1 + (index % 28)).padStart(2, '0')}`,
      body: `Entry number ${index}`,
    }));
    await testCore().seed({ entries });
    renderJournal();
    await screen.findByText(`${entries.length} entries in your journal.`);
    expect(testCore().callsOf('listEntries')).toHaveLength(1);
    const rendered = screen.getAllByTestId('entry-row');
    expect(rendered.length).toBeLessThan(40);
    expect(rendered[0]?.closest('li')?.getAttribute('aria-setsize')).toBe(String(entries.length));

    fireEvent.keyDown(rendered[0] as HTMLElement, { key: 'End' });
    await waitFor(() => expect(testCore().callsOf('listEntries')).toHaveLength(2));
    fireEvent.keyDown(screen.getAllByTestId('entry-row').at(-1) as HTMLElement, { key: 'End' });
    // The oldest entry (number 0, written on 1 January) is at the end of the second page.
    expect(await screen.findByText('Entry number 0')).toBeTruthy();
  });

  it('finds an entry by a word in it and marks the word, in the list and in the entry', async () => {
    await testCore().seed({ entries: [quietDay, beachDay] });
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
    const reader = await screen.findByRole('article');
    expect([...reader.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['beach']);
    expect(within(reader).getByText('What did the relationship give you?')).toBeTruthy();
  });

  it('says when a search found an entry by its tag', async () => {
    await testCore().seed({ entries: [quietDay, beachDay] });
    renderJournal();
    await screen.findAllByTestId('entry-row');
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search your journal' }), {
      target: { value: 'memories' },
    });
    await screen.findByText('1 entry matches “memories”.');
    const row = screen.getByTestId('entry-row');
    expect(row.textContent).toContain('Tag: memories');
    expect(row.querySelector('.entry-row-tag-match mark')?.textContent).toBe('memories');
  });

  it('says so when a search finds nothing, and offers a way back', async () => {
    await testCore().seed({ entries: [quietDay, beachDay] });
    renderJournal();
    await screen.findByRole('list', { name: 'Entries' });
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'mountains' } });
    await screen.findByText('No entries match “mountains”.');
    fireEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    await screen.findByText('2 entries in your journal.');
  });

  it('asks the core for the entries of one mood', async () => {
    await testCore().seed({ entries: [quietDay, beachDay] });
    renderJournal();
    await screen.findByRole('list', { name: 'Entries' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Mood' }), { target: { value: '4' } });
    await screen.findByText('1 entry matches these filters.');
    expect(testCore().callsOf('listEntries').at(-1)).toMatchObject({ filter: { mood: 4 } });
    expect(screen.getAllByTestId('entry-row')).toHaveLength(1);
  });

  it('has the core apply the filters to search results too', async () => {
    await testCore().seed({ entries: [quietDay, beachDay] });
    renderJournal();
    await screen.findByRole('list', { name: 'Entries' });
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'a' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-03-03' } });
    await screen.findByText('1 entry matches “a”.');
    expect(screen.getAllByTestId('entry-row')[0]?.textContent).toMatch(/quiet evening/);
    expect(testCore().callsOf('searchEntries').at(-1)).toMatchObject({
      query: 'a',
      filter: { to: '2026-03-03' },
    });
  });

  it('suggests the tags already used', async () => {
    await testCore().seed({ entries: [beachDay, { ...quietDay, tags: ['reading'] }] });
    const { container } = renderJournal();
    await screen.findByRole('list', { name: 'Entries' });
    await waitFor(() =>
      expect(
        [...container.querySelectorAll('datalist option')].map((option) => option.getAttribute('value')),
      ).toEqual(['memories', 'reading']),
    );
  });

  it('opens an entry for editing on the writing page', async () => {
    await testCore().seed({ entries: [quietDay] });
    const { props } = renderJournal();
    fireEvent.click(await screen.findByTestId('entry-row'));
    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    const [only] = (await listed()).items;
    expect(props.write).toHaveBeenCalledWith({ kind: 'edit', entryId: only?.id });
  });

  it('deletes an entry only after the user confirms', async () => {
    await testCore().seed({ entries: [quietDay, beachDay] });
    renderJournal();
    fireEvent.click((await screen.findAllByTestId('entry-row'))[0] as HTMLElement);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect((await listed()).total).toBe(2);

    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Move to trash' }));
    await screen.findByText(/was moved to the trash\./);
    await screen.findByText('1 entry in your journal.');
    expect((await listed()).items.map((item) => item.excerpt)).toEqual(['A quiet evening with a book.']);
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('shows the core’s message when a delete fails, and keeps the entry', async () => {
    await testCore().seed({ entries: [quietDay] });
    testCore().intercept('deleteEntry', async () => ({
      ok: false,
      error: { code: 'IO_ERROR', message: 'The journal file could not be written. Nothing was deleted.' },
    }));
    renderJournal();
    fireEvent.click(await screen.findByTestId('entry-row'));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Move to trash' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The journal file could not be written. Nothing was deleted.',
    );
    expect(screen.getByRole('article')).toBeTruthy();
    expect((await listed()).total).toBe(1);
  });

  it('moves between entries with the arrow keys', async () => {
    await testCore().seed({ entries: [quietDay, beachDay] });
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

  it('reads the journal again when it changes behind the app’s back', async () => {
    await testCore().seed({ entries: [quietDay] });
    renderJournal();
    await screen.findByText('1 entry in your journal.');
    await testCore().core('createEntry', { day: '2026-03-05', body: 'Merged from my laptop.' });
    testCore().emitJournalChanged();
    await screen.findByText('2 entries in your journal.');
  });

  it('shows the unlock screen when the journal turns out to be locked', async () => {
    await testCore().seed({ entries: [quietDay] });
    await testCore().lockFromCore();
    const { onLocked } = renderJournal();
    await waitFor(() => expect(onLocked).toHaveBeenCalled());
  });
});

describe('the trash and the calendar', () => {
  it('undoes a delete from the notice, and the notice goes when the user moves on', async () => {
    await testCore().seed({ entries: [quietDay, beachDay] });
    renderJournal();
    fireEvent.click((await screen.findAllByTestId('entry-row'))[0] as HTMLElement);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Move to trash' }));
    await screen.findByText(/was moved to the trash\./);
    expect((await testCore().core('listTrash')).map((item) => item.entry.day)).toEqual(['2026-03-04']);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('The entry is back in your journal.');
    expect((await listed()).total).toBe(2);
    expect(await testCore().core('listTrash')).toEqual([]);
    // The restored entry is open again; choosing another puts the notice away.
    expect(await screen.findByRole('article')).toBeTruthy();
    fireEvent.click((await screen.findAllByTestId('entry-row'))[1] as HTMLElement);
    expect(screen.queryByText('The entry is back in your journal.')).toBeNull();
  });

  it('restores from the trash view, and empties it only after asking', async () => {
    await testCore().seed({ entries: [quietDay, beachDay] });
    const [first, second] = (await listed()).items;
    await testCore().core('deleteEntry', { id: first!.id });
    await testCore().core('deleteEntry', { id: second!.id });
    renderJournal();
    fireEvent.click(await screen.findByRole('button', { name: 'Trash' }));
    const trash = await screen.findByRole('region', { name: 'Trash' });
    await within(trash).findByText('A quiet evening with a book.');
    fireEvent.click(within(trash).getAllByRole('button', { name: 'Restore' })[0] as HTMLElement);
    await screen.findByText('The entry is back in your journal.');
    expect((await listed()).total).toBe(1);

    fireEvent.click(within(trash).getByRole('button', { name: 'Empty the trash' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Empty the trash' }));
    await screen.findByText('The trash was emptied.');
    expect(within(trash).getByText('The trash is empty.')).toBeTruthy();
    expect(await testCore().core('listTrash')).toEqual([]);
    expect((await listed()).total).toBe(1);
  });

  it('shows the month with the days written on, and a day opens its entries', async () => {
    await testCore().seed({ entries: [quietDay, beachDay] });
    renderJournal();
    fireEvent.click(await screen.findByRole('button', { name: 'Calendar' }));
    const day = await screen.findByRole('button', { name: /: bad$/ });
    fireEvent.click(day);
    await screen.findByText('1 entry matches these filters.');
    expect(screen.getAllByTestId('entry-row')).toHaveLength(1);
  });
});

describe('opening the journal on something', () => {
  it('keeps the entry just edited chosen, and opens a day from a calendar', async () => {
    await testCore().seed({ entries: [quietDay, beachDay] });
    const [beach] = (await listed()).items;
    const props = { navigate: vi.fn(), write: vi.fn() };
    const first = renderWithCore(
      <JournalScreen {...props} journalFocus={{ kind: 'entry', entryId: beach!.id }} />,
    );
    expect((await screen.findByRole('article')).textContent).toContain('We used to walk on the beach');
    first.unmount();

    renderWithCore(<JournalScreen {...props} journalFocus={{ kind: 'day', day: '2026-03-03' }} />);
    await screen.findByText('1 entry matches these filters.');
    expect(screen.getByTestId('entry-row').textContent).toContain('A quiet evening with a book.');
  });
});
