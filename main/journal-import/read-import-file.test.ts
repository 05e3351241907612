/** Files as spreadsheets and editors re-save them: other encodings are read, never garbled silently. */
import { describe, expect, it } from 'vitest';
import { byBody, fixture, importInto } from './test-journal.ts';

function utf16(text: string, order: 'le' | 'be', mark: boolean): Uint8Array {
  const little = Buffer.from(text, 'utf16le');
  const bytes = order === 'le' ? little : Buffer.from(little).swap16();
  const bom = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return new Uint8Array(mark ? Buffer.concat([Buffer.from(bom), bytes]) : bytes);
}

describe('the encoding of an export', () => {
  const csv = [
    'full_date,date,weekday,time,mood,activities,note_title,note',
    '2024-03-05,March 5,Tuesday,21:00,rad,"café | Zoë","Über","naïve résumé, 😊"',
    '',
  ].join('\n');

  it.each([
    ['UTF-16 little-endian with a byte-order mark', utf16(csv, 'le', true)],
    ['UTF-16 big-endian with a byte-order mark', utf16(csv, 'be', true)],
    ['UTF-16 without a mark', utf16(csv, 'le', false)],
    [
      'UTF-8 with a byte-order mark',
      new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv)])),
    ],
  ])('reads %s exactly', async (_name, bytes) => {
    const { report, entries } = await importInto('daylio_export.csv', bytes);
    expect(report.format).toBe('daylio');
    expect(entries[0]?.body).toBe('**Über**\n\nnaïve résumé, 😊');
    expect(entries[0]?.tags).toEqual(['café', 'Zoë']);
    expect(report.notes).toEqual([]);
  });

  it('reads a Windows-1252 file as such and says so, instead of putting � where accents were', async () => {
    const latin = new Uint8Array(Buffer.from(csv.replace(', 😊', ''), 'latin1'));
    const { report, entries } = await importInto('daylio_export.csv', latin);
    expect(entries[0]?.body).toBe('**Über**\n\nnaïve résumé');
    expect(entries[0]?.body).not.toContain('\ufffd');
    expect(report.notes[0]).toMatch(
      /not UTF-8 text.*Windows-1252.*Check that letters with accents look right/,
    );
  });

  it('reads a Day One journal re-saved as UTF-16', async () => {
    const json = new TextDecoder().decode(await fixture('dayone-journal.json'));
    const { entries } = await importInto('Journal.json', utf16(json, 'le', true));
    expect(byBody(entries, 'Woke early in Tokyo').day).toBe('2024-03-06');
  });
});

describe('a UTF-8 file damaged in one place', () => {
  it('keeps every sound character, marks the damaged one, and says so', async () => {
    const csv =
      'full_date,date,weekday,time,mood,activities,note_title,note\n2024-03-05,March 5,Tuesday,21:00,rad,"","","Zoë 😊 café"\n2024-03-06,March 6,Wednesday,21:00,rad,"","","cut 😊';
    // The last emoji is cut after its second byte, as a download stopped short would leave it.
    const bytes = new Uint8Array(Buffer.from(csv).subarray(0, Buffer.byteLength(csv) - 2));
    const { report, entries } = await importInto('daylio_export.csv', bytes);
    expect(entries.map((entry) => entry.body)).toEqual(['Zoë 😊 café', 'cut \ufffd']);
    expect(report.notes).toContain(
      'One character in this file could not be read (the file is damaged there, or was cut short) and shows as �. Everything else was read as written; export the journal again to get it back.',
    );
  });
});
