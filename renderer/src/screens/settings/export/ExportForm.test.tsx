import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PackWithProgress } from '../../../../../shared/api.ts';
import type { Settings } from '../../../../../shared/domain.ts';
import { type Session, SessionContext } from '../../../app/session.ts';
import { FakeFailure, type FakeHandlers, installFakeInterlude } from '../../../app/testing/fake-interlude.ts';
import { ExportForm } from './ExportForm.tsx';

afterEach(cleanup);

const SETTINGS: Settings = {
  spaceStart: '2026-02-27',
  spaceLengthDays: 30,
  autoLockMinutes: 5,
  theme: 'system',
  pdfPageSize: 'A4',
};

function pack(id: string, title: string, builtIn: boolean, sections: [string, string][]): PackWithProgress {
  return {
    id,
    title,
    builtIn,
    sections: sections.map(([sectionId, sectionTitle]) => ({
      id: sectionId,
      title: sectionTitle,
      stage: 'any' as const,
      prompts: [],
    })),
    answeredPromptIds: [],
  };
}

const PACKS = [
  pack('built-in', 'Getting through a breakup', true, [
    ['reflect', 'Reflect on what happened'],
    ['space', 'Take some space'],
  ]),
  pack('article-1', 'An article I saved', false, [['boundaries', 'Setting boundaries']]),
];

function session(changes: Partial<Session> = {}): Session {
  return {
    settings: SETTINGS,
    settingsChanged: vi.fn(),
    registerBeforeLock: () => () => {},
    lockNow: vi.fn(),
    lockedElsewhere: vi.fn(),
    ...changes,
  };
}

/** Opens the export form as Settings shows it, over a fake core. */
async function openExport(overrides: FakeHandlers = {}, sessionValue: Session = session()) {
  const fake = installFakeInterlude(
    { listPacks: () => PACKS, exportJournal: () => ({ path: '/home/me/interlude-export' }), ...overrides },
    { unlocked: true, settings: { ...SETTINGS } },
  );
  render(
    <SessionContext.Provider value={sessionValue}>
      <ExportForm />
    </SessionContext.Provider>,
  );
  await screen.findByRole('checkbox', { name: 'Take some space' });
  return fake;
}

/** A promise the test settles when it wants, to look at the form while the core works. */
function pending<T>() {
  let settle!: (value: T | Error) => void;
  const promise = new Promise<T>((resolve, reject) => {
    settle = (value) => (value instanceof Error ? reject(value) : resolve(value));
  });
  return { promise, settle };
}

/** The live region where progress and the result appear (the warning above is a status too). */
function exportStatus(): HTMLElement {
  const status = screen.getAllByRole('status').find((element) => element.classList.contains('export-status'));
  if (!status) throw new Error('The export status region is not there.');
  return status;
}

function exportButton(name: string | RegExp = /^(Export|Save an encrypted)/) {
  return screen.getByRole('button', { name });
}

describe('the export form', () => {
  it('starts on PDF over the space period with every section, and warns that the file is not encrypted', async () => {
    const fake = await openExport();
    expect(screen.getByRole('radio', { name: 'PDF' })).toHaveProperty('checked', true);
    expect(screen.getByLabelText('From')).toHaveProperty('value', '2026-02-27');
    expect(screen.getByLabelText('To')).toHaveProperty('value', '2026-03-28');
    for (const name of ['Reflect on what happened', 'Take some space', 'Setting boundaries']) {
      expect(screen.getByRole('checkbox', { name })).toHaveProperty('checked', true);
    }
    expect(screen.getByRole('group', { name: 'An article I saved' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Include the mood chart' })).toHaveProperty('checked', true);
    expect(screen.getByRole('checkbox', { name: 'Include the prompts' })).toHaveProperty('checked', true);
    expect(screen.getByRole('radio', { name: 'A4' })).toHaveProperty('checked', true);

    expect(screen.getByText('This export is not encrypted')).toBeTruthy();
    expect(exportButton('Export PDF').getAttribute('aria-describedby')).toBeTruthy();
    const description = document.getElementById(exportButton().getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toMatch(/anyone who has the file can read it/);

    fireEvent.click(exportButton('Export PDF'));
    expect(await screen.findByText('/home/me/interlude-export')).toBeTruthy();
    expect(exportStatus().textContent).toContain('Saved to /home/me/interlude-export');
    expect(fake.callsOf('exportJournal')).toEqual([
      {
        format: 'pdf',
        from: '2026-02-27',
        to: '2026-03-28',
        includePrompts: true,
        includeChart: true,
        pageSize: 'A4',
      },
    ]);
  });

  it('reads the space period itself when the session has no settings yet', async () => {
    const fake = await openExport({}, session({ settings: null }));
    await waitFor(() => expect(screen.getByLabelText('To')).toHaveProperty('value', '2026-03-28'));
    expect(fake.callsOf('getSettings')).toHaveLength(1);
  });

  it('exports only the ticked sections, and my own dates', async () => {
    const fake = await openExport();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Reflect on what happened' }));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-03-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-03-07' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Include the prompts' }));
    fireEvent.click(exportButton('Export PDF'));
    await screen.findByText(/Saved to/);
    expect(fake.callsOf('exportJournal')).toEqual([
      {
        format: 'pdf',
        from: '2026-03-01',
        to: '2026-03-07',
        includePrompts: false,
        includeChart: true,
        pageSize: 'A4',
        sections: ['space', 'boundaries'],
        // Entries written without a prompt stay in unless I untick them too.
        includeUnsectioned: true,
      },
    ]);
  });

  it('leaves out the entries I wrote without a prompt when I untick them', async () => {
    const fake = await openExport();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Entries written without a prompt' }));
    fireEvent.click(exportButton('Export PDF'));
    await screen.findByText(/Saved to/);
    expect(fake.callsOf('exportJournal')[0]).toMatchObject({
      sections: ['reflect', 'space', 'boundaries'],
      includeUnsectioned: false,
    });
  });

  it('brings the space period back with one click after I changed the dates', async () => {
    await openExport();
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use the space period again' }));
    expect(screen.getByLabelText('From')).toHaveProperty('value', '2026-02-27');
    expect(screen.queryByRole('button', { name: 'Use the space period again' })).toBeNull();
  });

  it('says what to fix, and sends nothing, when the range is backwards or no section is ticked', async () => {
    const fake = await openExport();
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-02-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Untick all' }));
    fireEvent.click(exportButton('Export PDF'));
    expect(screen.getByText('This is before the first day. Choose a day on or after it.')).toBeTruthy();
    expect(screen.getByLabelText('To').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/Tick at least one section/)).toBeTruthy();
    expect(fake.callsOf('exportJournal')).toEqual([]);

    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-03-28' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tick all' }));
    expect(screen.queryByText(/Tick at least one section/)).toBeNull();
    fireEvent.click(exportButton('Export PDF'));
    await screen.findByText(/Saved to/);
    expect(fake.callsOf('exportJournal')).toHaveLength(1);
  });

  it('offers the chart and the page size only for a PDF', async () => {
    const fake = await openExport();
    fireEvent.click(screen.getByRole('radio', { name: 'Markdown — a folder with one file per day' }));
    expect(screen.queryByRole('checkbox', { name: 'Include the mood chart' })).toBeNull();
    expect(screen.queryByRole('radio', { name: 'A4' })).toBeNull();
    expect(screen.getByText('This export is not encrypted')).toBeTruthy();
    fireEvent.click(exportButton('Export Markdown folder'));
    await screen.findByText(/Saved to/);
    // Without dates chosen, Markdown holds the whole journal, not only the space period.
    expect(fake.callsOf('exportJournal')).toEqual([{ format: 'markdown-folder', includePrompts: true }]);
  });

  it('defaults Markdown and JSON to the whole journal, and the PDF to the space period', async () => {
    const fake = await openExport();
    expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe('2026-02-27');
    fireEvent.click(screen.getByRole('radio', { name: 'JSON' }));
    expect(screen.getByText(/Your whole journal, from its first entry to its last/)).toBeTruthy();
    expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe('');
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-01-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-01-31' } });
    fireEvent.click(exportButton('Export JSON'));
    await screen.findByText(/Saved to/);
    expect(fake.callsOf('exportJournal')).toEqual([
      { format: 'json', from: '2026-01-01', to: '2026-01-31', includePrompts: true },
    ]);
  });

  it('makes an encrypted backup copy of the whole journal, and says it stays encrypted', async () => {
    const fake = await openExport();
    fireEvent.click(screen.getByRole('radio', { name: 'Encrypted backup copy' }));
    expect(screen.queryByText('This export is not encrypted')).toBeNull();
    expect(screen.getByText('This copy stays encrypted')).toBeTruthy();
    expect(screen.queryByLabelText('From')).toBeNull();
    expect(screen.queryByRole('checkbox', { name: 'Take some space' })).toBeNull();
    fireEvent.click(exportButton('Save an encrypted backup copy'));
    await screen.findByText(/Saved to/);
    expect(fake.callsOf('exportJournal')).toEqual([{ format: 'vault-backup' }]);
  });

  it('shows its progress while the export is made, with the button disabled, and no spinner after', async () => {
    const work = pending<{ path: string }>();
    await openExport({ exportJournal: () => work.promise });
    const button = exportButton('Export PDF');
    fireEvent.click(button);
    const status = exportStatus();
    expect(await within(status).findByText('Preparing your PDF…')).toBeTruthy();
    expect(button).toHaveProperty('disabled', true);
    expect(button.getAttribute('aria-busy')).toBe('true');

    work.settle({ path: '/home/me/interlude-2026-02-27-to-2026-03-28.pdf' });
    expect(await within(status).findByText('/home/me/interlude-2026-02-27-to-2026-03-28.pdf')).toBeTruthy();
    expect(within(status).queryByText('Preparing your PDF…')).toBeNull();
    expect(status.querySelector('.spinner')).toBeNull();
    expect(button).toHaveProperty('disabled', false);
  });

  it('leaves focus alone when it opens, and gives it back to the button a disabled button dropped', async () => {
    const work = pending<{ path: string }>();
    await openExport({ exportJournal: () => work.promise });
    expect(document.activeElement).toBe(document.body);
    const button = exportButton('Export PDF');
    button.focus();
    fireEvent.click(button);
    await within(exportStatus()).findByText('Preparing your PDF…');
    // Browsers drop focus to the page when the focused button turns disabled.
    button.blur();
    work.settle({ path: '/home/me/interlude.pdf' });
    await within(exportStatus()).findByText('/home/me/interlude.pdf');
    expect(document.activeElement).toBe(button);
  });

  it('takes a cancelled save dialog calmly: no error, nothing saved', async () => {
    await openExport({
      exportJournal: () => {
        throw new FakeFailure('CANCELLED', 'Export cancelled. Nothing was saved.');
      },
    });
    fireEvent.click(exportButton('Export PDF'));
    expect(await screen.findByText('Export cancelled. Nothing was saved.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(exportButton('Export PDF')).toHaveProperty('disabled', false);
  });

  it('shows the core’s own words when the export fails', async () => {
    await openExport({
      exportJournal: () => {
        throw new FakeFailure(
          'IO_ERROR',
          'The export could not be saved there. Check that the folder exists and that you may write to it.',
        );
      },
    });
    fireEvent.click(exportButton('Export PDF'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The export could not be saved there. Check that the folder exists and that you may write to it.',
    );
    expect(screen.queryByText(/Saved to/)).toBeNull();
  });

  it('goes to the unlock screen when the journal locked while exporting', async () => {
    const current = session();
    await openExport(
      {
        exportJournal: () => {
          throw new FakeFailure('LOCKED', 'Your journal is locked. Unlock it to go on.');
        },
      },
      current,
    );
    fireEvent.click(exportButton('Export PDF'));
    await waitFor(() => expect(current.lockedElsewhere).toHaveBeenCalled());
  });

  it('uses my page size setting, and remembers a new choice after a PDF export', async () => {
    const current = session({ settings: { ...SETTINGS, pdfPageSize: 'Letter' } });
    const fake = await openExport({}, current);
    expect(screen.getByRole('radio', { name: 'Letter' })).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('radio', { name: 'A4' }));
    fireEvent.click(exportButton('Export PDF'));
    await screen.findByText(/Saved to/);
    expect(fake.callsOf('exportJournal')).toEqual([expect.objectContaining({ pageSize: 'A4' })]);
    await waitFor(() => expect(fake.callsOf('updateSettings')).toEqual([{ pdfPageSize: 'A4' }]));
    expect(current.settingsChanged).toHaveBeenCalledWith(expect.objectContaining({ pdfPageSize: 'A4' }));
  });

  it('still exports everything when the sections cannot be listed', async () => {
    const fake = installFakeInterlude(
      {
        listPacks: () => {
          throw new FakeFailure('IO_ERROR', 'The prompt packs could not be read.');
        },
      },
      { unlocked: true },
    );
    render(
      <SessionContext.Provider value={session()}>
        <ExportForm />
      </SessionContext.Provider>,
    );
    expect(
      await screen.findByText(/The prompt packs could not be read\. Every section will be exported\./),
    ).toBeTruthy();
    fireEvent.click(exportButton('Export PDF'));
    await screen.findByText(/Saved to/);
    expect(fake.callsOf('exportJournal')[0]).not.toHaveProperty('sections');
  });
});
