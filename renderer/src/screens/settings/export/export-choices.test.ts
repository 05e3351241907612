import { describe, expect, it } from 'vitest';
import { type ExportForm, exportRequest, isEncrypted, spacePeriodRange } from './export-choices.ts';

const ALL_SECTIONS = ['reflect', 'space', 'grieve'];

function form(changes: Partial<ExportForm> = {}): ExportForm {
  return {
    format: 'pdf',
    from: '2026-02-27',
    to: '2026-03-28',
    sections: new Set(ALL_SECTIONS),
    includeChart: true,
    includePrompts: true,
    pageSize: 'A4',
    ...changes,
  };
}

describe('the default range', () => {
  it('is the space period, its last day included', () => {
    expect(spacePeriodRange({ spaceStart: '2026-02-27', spaceLengthDays: 30 })).toEqual({
      from: '2026-02-27',
      to: '2026-03-28',
    });
    expect(spacePeriodRange({ spaceStart: '2028-02-28', spaceLengthDays: 2 })).toEqual({
      from: '2028-02-28',
      to: '2028-02-29',
    });
    expect(spacePeriodRange({ spaceStart: '2026-05-01', spaceLengthDays: 1 })).toEqual({
      from: '2026-05-01',
      to: '2026-05-01',
    });
  });
});

describe('what the export asks the core for', () => {
  it('sends no section list when every section is ticked, so entries without a prompt come too', () => {
    expect(exportRequest(form(), ALL_SECTIONS)).toEqual({
      ok: true,
      options: {
        format: 'pdf',
        from: '2026-02-27',
        to: '2026-03-28',
        includePrompts: true,
        includeChart: true,
        pageSize: 'A4',
      },
    });
  });

  it('sends the ticked sections, in the order shown, when some are unticked', () => {
    const request = exportRequest(form({ sections: new Set(['grieve', 'reflect']) }), ALL_SECTIONS);
    expect(request.ok && request.options.sections).toEqual(['reflect', 'grieve']);
  });

  it('sends the chart and the page size only for a PDF', () => {
    const request = exportRequest(form({ format: 'markdown', includePrompts: false }), ALL_SECTIONS);
    expect(request).toEqual({
      ok: true,
      options: { format: 'markdown', from: '2026-02-27', to: '2026-03-28', includePrompts: false },
    });
    const letter = exportRequest(form({ includeChart: false, pageSize: 'Letter' }), ALL_SECTIONS);
    expect(letter.ok && [letter.options.includeChart, letter.options.pageSize]).toEqual([false, 'Letter']);
  });

  it('asks for the encrypted backup copy with nothing else: it is always the whole journal', () => {
    expect(
      exportRequest(form({ format: 'vault-backup', from: '', sections: new Set() }), ALL_SECTIONS),
    ).toEqual({ ok: true, options: { format: 'vault-backup' } });
    expect(isEncrypted('vault-backup')).toBe(true);
    for (const format of ['pdf', 'markdown', 'markdown-folder', 'json'] as const) {
      expect(isEncrypted(format)).toBe(false);
    }
  });

  it('works without any sections listed (they could not be loaded): everything is exported', () => {
    const request = exportRequest(form({ sections: new Set() }), []);
    expect(request.ok && 'sections' in request.options).toBe(false);
  });
});

describe('problems caught before exporting', () => {
  it('asks for both dates when they are missing or incomplete', () => {
    expect(exportRequest(form({ from: '', to: '2026-02-30' }), ALL_SECTIONS)).toEqual({
      ok: false,
      problems: { from: 'Choose the first day to export.', to: 'Choose the last day to export.' },
    });
  });

  it('refuses a range that ends before it starts, on the "To" field', () => {
    const request = exportRequest(form({ from: '2026-03-10', to: '2026-03-09' }), ALL_SECTIONS);
    expect(request).toEqual({
      ok: false,
      problems: { to: 'This is before the first day. Choose a day on or after it.' },
    });
    expect(exportRequest(form({ from: '2026-03-10', to: '2026-03-10' }), ALL_SECTIONS).ok).toBe(true);
  });

  it('refuses an export with every section unticked, which would be empty', () => {
    const request = exportRequest(form({ sections: new Set() }), ALL_SECTIONS);
    expect(request.ok === false && request.problems.sections).toMatch(/Tick at least one section/);
  });
});
