/**
 * Files that are broken, cut short, disguised or built to hurt: each gets a plain message that
 * names what is wrong, and nothing in them reaches further than the import itself.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fixture, importFailure, importInto } from './test-journal.ts';

describe('cut short or damaged', () => {
  it('calls a cut-short JSON export damaged, even when the user named the app', async () => {
    const whole = new TextDecoder().decode(await fixture('dayone-journal.json'));
    const cut = strToU8(whole.slice(0, Math.floor(whole.length / 2)));
    for (const format of [undefined, 'dayone', 'jrnl', 'minidiary'] as const) {
      const failure = await importFailure(cut, 'Journal.json', { format });
      expect(failure.code).toBe('INVALID_INPUT');
      expect(failure.message).toMatch(/damaged or incomplete.*perhaps it was cut short/);
    }
  });
});

describe('a zip built to mislead', () => {
  const journal = (uuid: string, text: string) =>
    strToU8(
      JSON.stringify({
        metadata: {},
        entries: [{ uuid, creationDate: '2024-01-01T10:00:00Z', timeZone: 'UTC', text }],
      }),
    );

  it('names journals without their folders, control or direction characters', async () => {
    const zip = zipSync({
      '../../../../tmp/evil\u0007\u202e.json': journal('B'.repeat(32), 'from the traversal'),
      '..\\..\\Windows\\Work.json': journal('C'.repeat(32), 'from the backslashes'),
      '/etc/\u0000.json': journal('D'.repeat(32), 'from a name of nothing'),
    });
    const { report, entries } = await importInto('Export.zip', zip);
    expect(entries.map((entry) => entry.tags)).toEqual([['evil'], ['Work'], ['Journal']]);
    expect(report.notes[0]).toBe(
      'The export holds 3 journals (evil, Work, Journal); each entry is tagged with its journal’s name.',
    );
  });

  it('reads the same journal twice over only once', async () => {
    const same = journal('E'.repeat(32), 'once');
    const zip = zipSync({ 'Journal.json': same, 'copy/Journal.json': same });
    const { report, entries } = await importInto('Export.zip', zip);
    expect(entries).toHaveLength(1);
    expect(report.alreadyImported).toBe(1);
  });
});
