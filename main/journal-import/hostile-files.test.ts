/**
 * Files that are broken, cut short, disguised or built to hurt: each gets a plain message that
 * names what is wrong, and nothing in them reaches further than the import itself.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { IMPORT_MAX_BYTES } from '../../shared/api.ts';
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

describe('hostile JSON', () => {
  it('survives JSON nested a hundred thousand deep, and says what it is not', async () => {
    const deep = strToU8(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect((await importFailure(deep, 'Journal.json')).message).toMatch(
      /cannot tell which app made this file/,
    );
    const deepTime = `{"tags":{},"entries":[{"title":"t","body":"kept","date":"2024-01-01","time":${'['.repeat(50_000)}${']'.repeat(50_000)}}]}`;
    const { entries } = await importInto('jrnl.json', strToU8(deepTime));
    expect(entries.map((entry) => entry.body)).toEqual(['**t**\n\nkept']);
  });

  it('reads __proto__ and constructor keys as plain data, and changes no object’s prototype', async () => {
    const dayOne = `{"metadata":{},"entries":[
      {"uuid":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA","creationDate":"2024-01-01T10:00:00Z","timeZone":"UTC","__proto__":{"text":"injected","polluted":true},"constructor":{"prototype":{"polluted":true}}},
      {"uuid":"BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB","creationDate":"2024-01-02T10:00:00Z","timeZone":"UTC","text":"real","tags":["__proto__","constructor"]}]}`;
    const { report, entries } = await importInto('Journal.json', strToU8(dayOne));
    expect(entries.map((entry) => [entry.body, entry.tags])).toEqual([
      ['real', ['__proto__', 'constructor']],
    ]);
    expect(report.skipped).toEqual([{ where: 'entry 1 (2024-01-01)', reason: 'it has no text' }]);
    const miniDiary =
      '{"metadata":{},"entries":{"__proto__":{"title":"","text":"q","polluted":true},"2024-01-01":{"title":"","text":"ok"}}}';
    const mini = await importInto('minidiary.json', strToU8(miniDiary));
    expect(mini.entries.map((entry) => entry.body)).toEqual(['ok']);
    expect(mini.report.skipped).toEqual([
      { where: 'entry 1 (__proto__)', reason: 'its date (“__proto__”) is not a real date' },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('skips entries whose fields have the wrong types, naming why, and keeps the rest', async () => {
    const dayOne = JSON.stringify({
      metadata: {},
      entries: [
        {
          uuid: 'CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC',
          creationDate: 1709632800,
          timeZone: 'UTC',
          text: 'numeric date',
        },
        {
          uuid: 'DDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDD',
          creationDate: '2024-03-05T10:00:00Z',
          timeZone: 42,
          text: { nested: 'x' },
        },
        'not an entry',
        null,
        {
          uuid: 'EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE',
          creationDate: '+010000-01-01T00:00:00Z',
          timeZone: 'UTC',
          text: 'far future',
        },
        {
          uuid: 'FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF',
          creationDate: '2024-03-05T10:00:00Z',
          timeZone: 'Mars/Olympus_Mons',
          text: 'kept',
        },
      ],
    });
    const { report, entries } = await importInto('Journal.json', strToU8(dayOne));
    expect(entries.map((entry) => entry.body)).toEqual(['kept']);
    expect(report.skipped.map((skip) => skip.reason)).toEqual([
      'it has no date',
      'it has no text',
      'it is not an entry',
      'it is not an entry',
      'its date (10000-01-01) is outside the years Interlude keeps',
    ]);
    expect(report.notes).toEqual([
      'Some entries name a time zone this computer does not know (Mars/Olympus_Mons); their days were read in this computer’s time zone.',
    ]);
  });
});

describe('the wrong file, or the wrong app named', () => {
  it('says which app a file looks like when the user named another', async () => {
    const daylio = await fixture('daylio.csv');
    expect((await importFailure(daylio, 'daylio.csv', { format: 'dayone' })).message).toBe(
      'This file is not a Day One export. It looks like a Daylio export instead.',
    );
    expect((await importFailure(await fixture('minidiary.json'), 'x.json', { format: 'jrnl' })).message).toBe(
      'This file is not a jrnl export. It looks like a Mini Diary export instead.',
    );
  });

  it('says plainly that a photo, a PDF, a bank statement or a list of numbers is no journal export', async () => {
    const files: [string, Uint8Array][] = [
      [
        'photo.jpeg',
        new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x80, 0x81]),
      ],
      ['letter.pdf', strToU8('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n')],
      ['statement.csv', strToU8('Date,Description,Amount\n2024-03-05,Coffee,-3.20\n')],
      ['numbers.json', strToU8('[1, 2, 3]')],
    ];
    for (const [name, bytes] of files) {
      expect((await importFailure(bytes, name)).message).toMatch(/cannot tell which app made this file/);
    }
  });

  it('keeps the words of a Daylio file cut off inside a note, and says the last entry may be incomplete', async () => {
    const csv =
      'full_date,date,weekday,time,mood,activities,note_title,note\n2024-03-04,March 4,Monday,20:00,good,"","","fine"\n2024-03-05,March 5,Tuesday,21:00,bad,"","","cut off in the mid';
    const { report, entries } = await importInto('daylio.csv', strToU8(csv));
    expect(entries.map((entry) => entry.body)).toEqual(['fine', 'cut off in the mid']);
    expect(report.skipped).toEqual([]);
    expect(report.notes).toContain(
      'The file ends in the middle of a note, as if it was cut short: entry 2 (2024-03-05) may be incomplete. Export again from Daylio to be sure.',
    );
  });

  it('names a Daylio line with too few or too many fields, and skips no other line for it', async () => {
    const csv = [
      'full_date,date,weekday,time,mood,activities,note_title,note',
      '2024-03-04,March 4,Monday,20:00,good,"","","one"',
      '',
      '2024-03-05,March 5',
      '2024-03-06,March 6,Wednesday,21:00,bad,"","","x","extra"',
      '2024-03-07,March 7,Thursday,21:00,bad,"","","a "quoted" word"',
      '2024-03-08,March 8,Friday,21:00,bad,"","","five"',
      '2024-03-09,March 9,Saturday,21:00,bad,"","","six"',
      '2024-03-10,March 10,Sunday,21:00,bad,"","","seven"',
    ].join('\n');
    const { report, entries } = await importInto('daylio.csv', strToU8(csv));
    expect(entries.map((entry) => entry.body)).toEqual(['one', 'a "quoted" word', 'five', 'six', 'seven']);
    expect(report.skipped).toEqual([
      {
        where: 'entry 2 (2024-03-05)',
        reason: 'its line in the file is broken (Too few fields: expected 8 fields but parsed 2)',
      },
      {
        where: 'entry 3 (2024-03-06)',
        reason: 'its line in the file is broken (Too many fields: expected 8 fields but parsed 9)',
      },
    ]);
  });

  it('calls a zip cut short damaged or incomplete', async () => {
    const text = JSON.stringify({
      metadata: {},
      entries: [
        {
          uuid: 'A'.repeat(32),
          creationDate: '2024-01-01T10:00:00Z',
          timeZone: 'UTC',
          text: 'x'.repeat(5000),
        },
      ],
    });
    const whole = zipSync({ 'Journal.json': strToU8(text) }, { level: 0 });
    const failure = await importFailure(whole.subarray(0, 3000));
    expect(failure.message).toMatch(/zip is damaged or incomplete/);
  });
});

describe('limits', () => {
  it('refuses a file over 200 MB before reading it, with what to do instead', async () => {
    const failure = await importFailure(new Uint8Array(IMPORT_MAX_BYTES + 1), 'Export.zip');
    expect(failure.code).toBe('TOO_LARGE');
    expect(failure.message).toMatch(/larger than 200 MB.*without photos and videos, or in parts/);
  });

  it('never inflates a media file: a photo whose compressed data is poison does not stop the import', async () => {
    const json = strToU8(
      JSON.stringify({
        metadata: {},
        entries: [
          { uuid: 'A'.repeat(32), creationDate: '2024-01-01T10:00:00Z', timeZone: 'UTC', text: 'kept' },
        ],
      }),
    );
    // Stored, then relabelled as deflate: its bytes open with a block type deflate forbids, so any
    // attempt to inflate it fails at once.
    const poison = new Uint8Array(4096).fill(0xff);
    poison[0] = 0x07;
    const zip = zipSync({ 'Journal.json': json, 'photos/poison.jpeg': [poison, { level: 0 }] });
    relabelAsDeflate(zip, 'photos/poison.jpeg');
    const { entries } = await importInto('Export.zip', zip);
    expect(entries.map((entry) => entry.body)).toEqual(['kept']);
    // The same poison in the journal's own JSON is met, so the test would notice inflating.
    const poisonedJournal = zipSync({ 'Journal.json': [poison, { level: 0 }] });
    relabelAsDeflate(poisonedJournal, 'Journal.json');
    expect((await importFailure(poisonedJournal)).message).toMatch(/zip is damaged or incomplete/);
  });
});

/** Sets the compression method of `name` to deflate in its local and central headers. */
function relabelAsDeflate(zip: Uint8Array, name: string): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const wanted = new TextEncoder().encode(name);
  for (let offset = 0; offset + 46 < zip.byteLength; offset += 1) {
    const signature = view.getUint32(offset, true);
    const local = signature === 0x04034b50;
    if (!local && signature !== 0x02014b50) continue;
    const nameLength = view.getUint16(offset + (local ? 26 : 28), true);
    const nameStart = offset + (local ? 30 : 46);
    const found = zip.subarray(nameStart, nameStart + nameLength);
    if (found.length === wanted.length && found.every((byte, index) => byte === wanted[index])) {
      view.setUint16(offset + (local ? 8 : 10), 8, true);
    }
  }
}

describe('names that could mislead', () => {
  it('puts tags on one line without direction overrides, and keeps the joiners inside emoji', async () => {
    const dayOne = {
      metadata: {},
      entries: [
        {
          uuid: 'A'.repeat(32),
          creationDate: '2024-01-01T10:00:00Z',
          timeZone: 'UTC',
          text: 'tags',
          tags: ['two\nlines', 'tab\there', '\u202eevil\u202c', '👨‍👩‍👧 family', '\u0000\u0007'],
        },
      ],
    };
    const { entries } = await importInto('Journal.json', strToU8(JSON.stringify(dayOne)));
    expect(entries[0]?.tags).toEqual(['two lines', 'tab here', 'evil', '👨‍👩‍👧 family']);
  });

  it('names at most a dozen custom Daylio moods in its note, and lists every one for the preview', async () => {
    const rows = Array.from(
      { length: 40 },
      (_, index) => `2024-03-05,March 5,Tuesday,21:00,mood ${index},"","",""`,
    );
    const csv = ['full_date,date,weekday,time,mood,activities,note_title,note', ...rows].join('\n');
    const { report } = await importInto('daylio.csv', strToU8(csv));
    expect(report.customMoods).toHaveLength(40);
    expect(report.notes[0]).toMatch(/“mood 11” and 28 more\./);
  });
});

describe('another app’s export, zipped to send it', () => {
  it('is read as the file inside, whether it is a Daylio CSV or a jrnl JSON', async () => {
    const daylio = await importInto(
      'daylio.zip',
      zipSync({ 'daylio_export_2024_03_10.csv': await fixture('daylio-2024.csv') }),
    );
    expect(daylio.report.format).toBe('daylio');
    expect(daylio.entries.length).toBeGreaterThan(3);
    const jrnl = await importInto('jrnl.zip', zipSync({ 'journal.json': await fixture('jrnl-v4.json') }), {
      format: 'jrnl',
    });
    expect(jrnl.report.format).toBe('jrnl');
    expect(jrnl.report.added).toBe(4);
  });

  it('says what to do with a zip of several CSV files', async () => {
    const csv = await fixture('daylio.csv');
    const failure = await importFailure(zipSync({ 'a.csv': csv, 'b.csv': csv }));
    expect(failure.message).toBe(
      'This zip holds CSV files but no journal of Day One’s. If it holds a Daylio export, unzip it and choose the .csv file.',
    );
  });
});

describe('a broken first entry', () => {
  it('does not hide which app wrote the file: the entry is named, the rest come in', async () => {
    const dayOne = {
      metadata: {},
      entries: [
        null,
        { uuid: 'A'.repeat(32), creationDate: '2024-01-01T10:00:00Z', timeZone: 'UTC', text: 'second' },
      ],
    };
    const jrnl = {
      tags: {},
      entries: [
        'garbage',
        { title: 'T.', body: 'second', date: '2024-01-01', time: '10:00', tags: [], starred: false },
      ],
    };
    for (const [name, json, format] of [
      ['Journal.json', dayOne, 'dayone'],
      ['jrnl.json', jrnl, 'jrnl'],
    ] as const) {
      const { report, entries } = await importInto(name, strToU8(JSON.stringify(json)));
      expect(report.format).toBe(format);
      expect(entries).toHaveLength(1);
      expect(report.skipped).toEqual([{ where: 'entry 1', reason: 'it is not an entry' }]);
    }
  });
});

describe('text built to make the importer’s patterns backtrack', () => {
  // Each of these took minutes per entry before the patterns were bounded; now the whole file is
  // read in well under the test's ordinary time limit, which is what fails if that comes back.
  it('reads runs of “![”, slashes and unclosed tags as plain text', async () => {
    const texts = [
      '!['.repeat(100_000),
      `![](dayone-moment:${'/'.repeat(150_000)}`,
      `<p${' <p'.repeat(60_000)}`,
    ];
    const dayOne = {
      metadata: {},
      entries: texts.map((text, index) => ({
        uuid: String(index).repeat(32),
        creationDate: '2024-01-01T10:00:00Z',
        timeZone: 'UTC',
        text,
      })),
    };
    const { entries } = await importInto('Journal.json', strToU8(JSON.stringify(dayOne)));
    expect(entries.map((entry) => entry.body.length)).toEqual(texts.map((text) => text.length));
    const list = {
      metadata: { application: 'Mini Diarium' },
      entries: [{ date: '2024-01-01', title: '', text: texts[2] }],
    };
    const mini = await importInto('mini.json', strToU8(JSON.stringify(list)));
    expect(mini.entries[0]?.body).toBe(texts[2]);
    const csv = `full_date,date,weekday,time,mood,activities,note_title,note\n2024-01-01,January 1,Monday,"12:30${' '.repeat(100_000)}x",rad,"","","kept"\n`;
    const daylio = await importInto('daylio.csv', strToU8(csv));
    expect(daylio.entries.map((entry) => entry.body)).toEqual(['kept']);
  });
});
