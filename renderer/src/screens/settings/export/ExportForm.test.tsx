import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PackWithProgress } from '../../../../../shared/api.ts';
import { renderWithCore } from '../../../testing/render-with-core.tsx';
import { testCore } from '../../../testing/test-core.ts';
import { ExportForm } from './ExportForm.tsx';

afterEach(cleanup);

/** The test core's clock stands on 10 March 2026, inside a space period of 27 February to 28 March. */
const SPACE = { spaceStart: '2026-02-27', spaceLengthDays: 30 };
const ARTICLE = [
  '# An article I saved',
  '',
  '## Setting boundaries',
  '',
  'Boundaries protect the space you need.',
  '',
  '- What boundary would help you most this week?',
  '',
].join('\n');

let packs: PackWithProgress[] = [];

/** Every section id, as the form lists them: the built-in guide first. */
function sectionIds(): string[] {
  return [...packs]
    .sort((a, b) => Number(b.builtIn) - Number(a.builtIn))
    .flatMap((pack) => pack.sections.map((section) => section.id));
}

function sectionTitle(id: string): string {
  for (const pack of packs) for (const section of pack.sections) if (section.id === id) return section.title;
  throw new Error(`No section ${id}`);
}

/** Opens the export form as Settings shows it, over the real core with one imported article. */
async function openExport(settings: Record<string, unknown> = {}) {
  await testCore().seed({ settings: { ...SPACE, ...settings } });
  await testCore().core('importArticle', { fileName: 'boundaries.md', content: ARTICLE });
  packs = await testCore().core('listPacks');
  const view = renderWithCore(<ExportForm />);
  await screen.findByRole('checkbox', { name: sectionTitle('space') });
  return view;
}

/** A promise the test settles when it wants, to look at the form while the core works. */
function pending() {
  let settle!: () => void;
  const promise = new Promise<void>((resolve) => {
    settle = resolve;
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

const exports = () => testCore().callsOf('exportJournal');

describe('the export form', () => {
  it('starts on PDF over the space period with every section, and warns that the file is not encrypted', async () => {
    await openExport();
    expect(screen.getByRole('radio', { name: 'PDF' })).toHaveProperty('checked', true);
    expect(screen.getByLabelText('From')).toHaveProperty('value', '2026-02-27');
    expect(screen.getByLabelText('To')).toHaveProperty('value', '2026-03-28');
    for (const id of sectionIds()) {
      expect(screen.getByRole('checkbox', { name: sectionTitle(id) })).toHaveProperty('checked', true);
    }
    const imported = packs.find((pack) => !pack.builtIn);
    expect(screen.getByRole('group', { name: imported?.title })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Include the mood chart' })).toHaveProperty('checked', true);
    expect(screen.getByRole('checkbox', { name: 'Include the prompts' })).toHaveProperty('checked', true);
    expect(screen.getByRole('radio', { name: 'A4' })).toHaveProperty('checked', true);

    expect(screen.getByText('This export is not encrypted')).toBeTruthy();
    const description = document.getElementById(exportButton().getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toMatch(/anyone who has the file can read it/);

    fireEvent.click(exportButton('Export PDF'));
    expect(await within(exportStatus()).findByText(/interlude-2026-02-27-to-2026-03-28\.pdf$/)).toBeTruthy();
    expect(exportStatus().textContent).toMatch(/^Saved to \//);
    expect(exports()).toEqual([
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

  it('exports only the ticked sections, and my own dates', async () => {
    await openExport();
    fireEvent.click(screen.getByRole('checkbox', { name: sectionTitle('reflect') }));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-03-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-03-07' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Include the prompts' }));
    fireEvent.click(exportButton('Export PDF'));
    await screen.findByText(/Saved to/);
    expect(exports()).toEqual([
      {
        format: 'pdf',
        from: '2026-03-01',
        to: '2026-03-07',
        includePrompts: false,
        includeChart: true,
        pageSize: 'A4',
        sections: sectionIds().filter((id) => id !== 'reflect'),
        // Entries written without a prompt stay in unless I untick them too.
        includeUnsectioned: true,
      },
    ]);
  });

  it('leaves out the entries I wrote without a prompt when I untick them', async () => {
    await openExport();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Entries written without a prompt' }));
    fireEvent.click(exportButton('Export PDF'));
    await screen.findByText(/Saved to/);
    expect(exports()[0]).toMatchObject({ sections: sectionIds(), includeUnsectioned: false });
  });

  it('brings the space period back with one click after I changed the dates', async () => {
    await openExport();
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use the space period again' }));
    expect(screen.getByLabelText('From')).toHaveProperty('value', '2026-02-27');
    expect(screen.queryByRole('button', { name: 'Use the space period again' })).toBeNull();
  });

  it('says what to fix, and sends nothing, when the range is backwards or no section is ticked', async () => {
    await openExport();
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-02-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Untick all' }));
    fireEvent.click(exportButton('Export PDF'));
    expect(screen.getByText('This is before the first day. Choose a day on or after it.')).toBeTruthy();
    expect(screen.getByLabelText('To').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/Tick at least one section/)).toBeTruthy();
    expect(exports()).toEqual([]);

    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-03-28' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tick all' }));
    expect(screen.queryByText(/Tick at least one section/)).toBeNull();
    fireEvent.click(exportButton('Export PDF'));
    await screen.findByText(/Saved to/);
    expect(exports()).toHaveLength(1);
  });

  it('offers the chart and the page size only for a PDF', async () => {
    await openExport();
    fireEvent.click(screen.getByRole('radio', { name: 'Markdown — a folder with one file per day' }));
    expect(screen.queryByRole('checkbox', { name: 'Include the mood chart' })).toBeNull();
    expect(screen.queryByRole('radio', { name: 'A4' })).toBeNull();
    expect(screen.getByText('This export is not encrypted')).toBeTruthy();
    fireEvent.click(exportButton('Export Markdown folder'));
    await screen.findByText(/Saved to/);
    // Without dates chosen, Markdown holds the whole journal, not only the space period.
    expect(exports()).toEqual([{ format: 'markdown-folder', includePrompts: true }]);
  });

  it('defaults Markdown and JSON to the whole journal, and the PDF to the space period', async () => {
    await openExport();
    expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe('2026-02-27');
    fireEvent.click(screen.getByRole('radio', { name: 'JSON' }));
    expect(screen.getByText(/Your whole journal, from its first entry to its last/)).toBeTruthy();
    expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe('');
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-01-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-01-31' } });
    fireEvent.click(exportButton('Export JSON'));
    await screen.findByText(/Saved to/);
    expect(exports()).toEqual([
      { format: 'json', from: '2026-01-01', to: '2026-01-31', includePrompts: true },
    ]);
  });

  it('makes an encrypted backup copy of the whole journal, and says it stays encrypted', async () => {
    await openExport();
    fireEvent.click(screen.getByRole('radio', { name: 'Encrypted backup copy' }));
    expect(screen.queryByText('This export is not encrypted')).toBeNull();
    expect(screen.getByText('This copy stays encrypted')).toBeTruthy();
    expect(screen.queryByLabelText('From')).toBeNull();
    expect(screen.queryByRole('checkbox', { name: sectionTitle('space') })).toBeNull();
    fireEvent.click(exportButton('Save an encrypted backup copy'));
    await screen.findByText(/Saved to/);
    expect(exports()).toEqual([{ format: 'vault-backup' }]);
  });

  it('shows its progress while the export is made, with the button disabled, and no spinner after', async () => {
    const work = pending();
    await openExport();
    testCore().intercept('exportJournal', async (_arg, real) => {
      await work.promise;
      return real();
    });
    const button = exportButton('Export PDF');
    fireEvent.click(button);
    const status = exportStatus();
    expect(await within(status).findByText('Preparing your PDF…')).toBeTruthy();
    expect(button).toHaveProperty('disabled', true);
    expect(button.getAttribute('aria-busy')).toBe('true');

    work.settle();
    expect(await within(status).findByText(/interlude-2026-02-27-to-2026-03-28\.pdf$/)).toBeTruthy();
    expect(within(status).queryByText('Preparing your PDF…')).toBeNull();
    expect(status.querySelector('.spinner')).toBeNull();
    expect(button).toHaveProperty('disabled', false);
  });

  it('leaves focus alone when it opens, and gives it back to the button a disabled button dropped', async () => {
    const work = pending();
    await openExport();
    testCore().intercept('exportJournal', async (_arg, real) => {
      await work.promise;
      return real();
    });
    expect(document.activeElement).toBe(document.body);
    const button = exportButton('Export PDF');
    button.focus();
    fireEvent.click(button);
    await within(exportStatus()).findByText('Preparing your PDF…');
    // Browsers drop focus to the page when the focused button turns disabled.
    button.blur();
    work.settle();
    await within(exportStatus()).findByText(/\.pdf$/);
    expect(document.activeElement).toBe(button);
  });

  it('takes a cancelled save dialog calmly: no error, nothing saved', async () => {
    await openExport();
    testCore().setExportPath(null);
    fireEvent.click(exportButton('Export PDF'));
    expect(await screen.findByText('Export cancelled. Nothing was saved.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(exportButton('Export PDF')).toHaveProperty('disabled', false);
  });

  it('shows the core’s own words when the export fails', async () => {
    await openExport();
    const message =
      'The export could not be saved there. Check that the folder exists and that you may write to it.';
    testCore().intercept('exportJournal', async () => ({ ok: false, error: { code: 'IO_ERROR', message } }));
    fireEvent.click(exportButton('Export PDF'));
    expect((await screen.findByRole('alert')).textContent).toBe(message);
    expect(screen.queryByText(/Saved to/)).toBeNull();
  });

  it('goes to the unlock screen when the journal locked while exporting', async () => {
    const { onLocked } = await openExport();
    await testCore().lockFromCore();
    fireEvent.click(exportButton('Export PDF'));
    await waitFor(() => expect(onLocked).toHaveBeenCalled());
    expect(screen.queryByText(/Saved to/)).toBeNull();
  });

  it('uses my page size setting, and remembers a new choice after a PDF export', async () => {
    await openExport({ pdfPageSize: 'Letter' });
    expect(screen.getByRole('radio', { name: 'Letter' })).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('radio', { name: 'A4' }));
    fireEvent.click(exportButton('Export PDF'));
    await screen.findByText(/Saved to/);
    expect(exports()).toEqual([expect.objectContaining({ pageSize: 'A4' })]);
    await waitFor(async () => expect((await testCore().core('getSettings')).pdfPageSize).toBe('A4'));
  });

  it('still exports everything when the sections cannot be listed', async () => {
    await testCore().seed({ settings: SPACE });
    testCore().intercept('listPacks', async () => ({
      ok: false,
      error: { code: 'IO_ERROR', message: 'The prompt packs could not be read.' },
    }));
    renderWithCore(<ExportForm />);
    expect(
      await screen.findByText(/The prompt packs could not be read\. Every section will be exported\./),
    ).toBeTruthy();
    await waitFor(() => expect(screen.getByLabelText('To')).toHaveProperty('value', '2026-03-28'));
    fireEvent.click(exportButton('Export PDF'));
    await screen.findByText(/Saved to/);
    expect(exports()[0]).not.toHaveProperty('sections');
  });
});
