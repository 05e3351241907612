import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiArg, ImportReport, Result } from '../../../../../shared/api.ts';
import { renderWithCore } from '../../../testing/render-with-core.tsx';
import { testCore } from '../../../testing/test-core.ts';
import { JournalImport } from './JournalImport.tsx';

afterEach(cleanup);

function report(overrides: Partial<ImportReport> = {}): ImportReport {
  const dryRun = overrides.dryRun ?? true;
  return {
    format: 'daylio',
    source: 'Daylio',
    dryRun,
    read: 3,
    added: 2,
    alreadyImported: 0,
    skipped: [{ where: 'entry 3 (2024-02-31)', reason: 'its date (“2024-02-31”) is not a real date' }],
    notes: [],
    customMoods: [],
    firstDay: '2024-03-04',
    lastDay: '2024-03-06',
    summary: `${dryRun ? 'Would import ' : ''}2 entries from Daylio, 1 skipped: entry 3 (2024-02-31) because its date is not a real date.`,
    ...overrides,
  };
}

function chooseFile(text: string, name = 'daylio_export.csv') {
  const input = screen.getByLabelText('Journal file');
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'text/csv' })] } });
}

/**
 * The core's import answers with `answer` (the real one is tested in main/journal-import): these
 * tests are about what the page shows and sends.
 */
async function importAnswers(
  answer: (arg: ApiArg<'importJournal'>) => ImportReport | Promise<ImportReport> | Result<ImportReport>,
) {
  await testCore().seed();
  testCore().intercept('importJournal', async (arg) => {
    const value = await answer(arg);
    return 'ok' in value ? value : { ok: true, value };
  });
}

const importCalls = () => testCore().callsOf('importJournal') as ApiArg<'importJournal'>[];

const decoded = (arg: unknown) => new TextDecoder().decode((arg as ApiArg<'importJournal'>).content);

describe('Settings → Import a journal', () => {
  it('previews first, changing nothing, then imports what the preview showed', async () => {
    await importAnswers((arg) => report({ dryRun: arg.dryRun }));
    renderWithCore(<JournalImport />);
    chooseFile('full_date,date,weekday,time,mood\n');
    expect(await screen.findByText(/^Would import 2 entries from Daylio, 1 skipped/)).toBeTruthy();
    const [preview] = importCalls();
    expect(preview).toMatchObject({ fileName: 'daylio_export.csv', dryRun: true });
    expect(decoded(preview)).toBe('full_date,date,weekday,time,mood\n');

    fireEvent.click(screen.getByRole('button', { name: 'Import 2 entries' }));
    expect(await screen.findByText(/^2 entries from Daylio, 1 skipped/)).toBeTruthy();
    expect(
      screen.getByText(/They were written from .*2024 to .*2024; find them in the Journal/),
    ).toBeTruthy();
    expect(importCalls().at(-1)).toMatchObject({ dryRun: false });
  });

  it('shows how far a long import has read', async () => {
    let finish: (value: ImportReport) => void = () => {};
    await importAnswers(() => new Promise<ImportReport>((resolve) => (finish = resolve)));
    renderWithCore(<JournalImport />);
    chooseFile('x');
    await waitFor(() => expect(importCalls()).toHaveLength(1));
    act(() => testCore().emitImportProgress({ read: 500, total: 1200 }));
    expect(screen.getByRole('status').textContent).toBe('Reading entries: 500 of 1,200');
    await act(async () => finish(report()));
    expect(screen.queryByText(/Reading entries/)).toBeNull();
  });

  it('asks for the level of each Daylio mood of the user’s own, and sends the choice', async () => {
    await importAnswers((arg) =>
      report({
        dryRun: arg.dryRun,
        customMoods: [{ name: 'irritable', count: 4, mood: arg.moods?.irritable === 2 ? 2 : null }],
      }),
    );
    renderWithCore(<JournalImport />);
    chooseFile('x');
    const level = await screen.findByLabelText('“irritable” (4 entries)');
    fireEvent.change(level, { target: { value: '2' } });
    await waitFor(() => expect(importCalls()).toHaveLength(2));
    expect(importCalls()[1]).toMatchObject({ dryRun: true, moods: { irritable: 2 } });
    fireEvent.click(await screen.findByRole('button', { name: 'Import 2 entries' }));
    await screen.findByText(/^2 entries from Daylio/);
    expect(importCalls().at(-1)).toMatchObject({ dryRun: false, moods: { irritable: 2 } });
  });

  it('says plainly why a file cannot be imported, and offers nothing to import', async () => {
    await importAnswers(() => ({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'Interlude cannot tell which app made this file.' },
    }));
    renderWithCore(<JournalImport />);
    chooseFile('hello');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Interlude cannot tell which app made this file.',
    );
    expect(screen.queryByRole('button', { name: /^Import/ })).toBeNull();
  });

  it('refuses an empty file before sending anything', async () => {
    await importAnswers(() => report());
    renderWithCore(<JournalImport />);
    chooseFile('');
    expect((await screen.findByRole('alert')).textContent).toMatch(/This file is empty/);
    expect(importCalls()).toEqual([]);
  });
});
