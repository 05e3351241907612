/** Day One's JSON export as the app writes it today and wrote it years ago, zipped with its media. */
import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { byBody, fixture, importFailure, importInto } from '../test-journal.ts';

async function exportZip(): Promise<Uint8Array> {
  return zipSync({
    'Personal.json': await fixture('dayone-personal.json'),
    'Travel.json': await fixture('dayone-travel.json'),
    'photos/3f2c1b0a9e8d7c6b5a4f3e2d1c0b9a88.jpeg': [new Uint8Array(8192).fill(1), { level: 9 }],
    'videos/cc11bb22cc33dd44ee55ff6677889900.mov': [new Uint8Array(8192).fill(2), { level: 9 }],
    'audios/ee11bb22cc33dd44ee55ff6677889900.m4a': new Uint8Array(512).fill(3),
    'pdfs/dd11bb22cc33dd44ee55ff6677889900.pdf': strToU8('%PDF-1.4'),
    // What macOS's Archive Utility adds when a user re-zips the folder.
    '__MACOSX/._Personal.json': new Uint8Array([0, 5, 22, 7, 0, 2, 0, 0]),
    '.DS_Store': new Uint8Array(16),
  });
}

describe('a Day One export with several journals and its media', () => {
  it('reads every journal, tags each entry with its journal, and leaves the media unread', async () => {
    const { report, entries } = await importInto('Export - 2024-03-10.zip', await exportZip());
    expect(report.read).toBe(13);
    expect(report.notes[0]).toBe(
      'The export holds 2 journals (Personal, Travel); each entry is tagged with its journal’s name.',
    );
    expect(byBody(entries, 'Kiritimati').tags).toEqual(['far', 'Travel']);
    expect(report.skipped).toEqual([{ where: 'entry 7 (2024-03-10)', reason: 'it has no text' }]);
    expect(report.added).toBe(12);
  });

  it('undoes Markdown escapes and keeps headings, lists, links, backslashes and right-to-left text', async () => {
    const { entries } = await importInto('Export.zip', await exportZip());
    const tokyo = byBody(entries, 'Shibuya at 8am');
    expect(tokyo.body).toBe(
      "# Shibuya at 8am\n\nCoffee by the window. The city doesn't care that I'm sad - and that helps!\n\n[photo]\n\n1. Walk\n2. Eat\n3. Don't text them\n\n*Still* thinking about (what they said).",
    );
    expect(tokyo.tags).toEqual(['travel', 'mornings', 'starred', 'Personal']);
    expect(byBody(entries, 'Afternoon').body).toBe(
      'Afternoon. The first entry of the day, with a [link](https://example.org/read?x=1&y=2) and C:\\Users\\alex.',
    );
    expect(byBody(entries, 'the driver').body).toContain('مرحبا، I said to the driver. He smiled.');
  });

  it('shows each kind of media by name, with its caption, and keeps an entry that is only media', async () => {
    const { entries } = await importInto('Export.zip', await exportZip());
    expect(byBody(entries, 'Voice note').body).toBe(
      '[video]\n[pdf: The letter I never sent]\n[audio]\n\nVoice note from the bench.',
    );
    expect(entries.find((entry) => entry.tags.includes('photos only'))?.body).toBe('[photo] [photo]');
  });

  it('takes the words of an entry exported with richText and no text', async () => {
    const { entries } = await importInto('Export.zip', await exportZip());
    const mac = byBody(entries, 'only richText');
    expect(mac.body).toBe('Written on the Mac; this export carries only richText.\nDeuxième ligne 🥐');
    expect(mac.day).toBe('2024-03-07');
  });

  it('puts each entry on the day of its own zone, however far from UTC, offsets by name included', async () => {
    const { entries } = await importInto('Export.zip', await exportZip());
    const day = (fragment: string) => byBody(entries, fragment).day;
    expect(day('Kiritimati')).toBe('2024-03-06');
    expect(day('Pago Pago')).toBe('2024-03-05');
    expect(day('Kathmandu')).toBe('2024-03-06');
    expect(day('St. John')).toBe('2024-03-05');
    expect(day('by its offset')).toBe('2024-03-06');
    expect(day('clocks go back')).toBe('2024-10-27');
  });
});

describe('an older Day One export (2016)', () => {
  it('reads it, keeps a photo-only entry, and refuses a date no calendar has instead of moving it', async () => {
    const { report, entries } = await importInto('Journal.json', await fixture('dayone-2016.json'));
    expect(byBody(entries, 'Valentine').body).toBe("Valentine's Day. Alone, and it is okay.\n\n#notahashtag");
    expect(byBody(entries, 'Valentine').day).toBe('2016-02-14');
    expect(entries.map((entry) => entry.body)).toContain('[photo]');
    expect(report.skipped).toEqual([
      { where: 'entry 3 (2016-02-30)', reason: 'its date (“2016-02-30T07:00:00Z”) is not a real date' },
    ]);
    expect(entries.some((entry) => entry.day.startsWith('2016-03'))).toBe(false);
  });
});

describe('a zip with a journal that cannot be read', () => {
  it('brings the readable journals and names the one left out, and why', async () => {
    const personal = await fixture('dayone-personal.json');
    const zip = zipSync({
      'Personal.json': personal,
      'Work.json': personal.subarray(0, 900),
      'export-info.json': strToU8('{"exportedAt":"2024-03-10T10:00:00Z","app":"Day One 2024.5"}'),
    });
    const { report, entries } = await importInto('Export.zip', zip);
    expect(entries).toHaveLength(6);
    expect(report.notes).toEqual([
      '“Work” is damaged or incomplete (it is not valid JSON), so it was left out; the other journals came in. Export that journal from Day One again to bring it too.',
      '“export-info” is not a Day One journal (it has no list of entries), so it was left out.',
    ]);
  });

  it('stops with the reason when no journal in it can be read', async () => {
    const zip = zipSync({ 'Journal.json': (await fixture('dayone-personal.json')).subarray(0, 900) });
    expect((await importFailure(zip)).message).toBe(
      '“Journal” is damaged or incomplete (it is not valid JSON). Export the journal from Day One again, as JSON, and import the zip it makes.',
    );
  });
});

describe('journal names in a zip made without the UTF-8 flag', () => {
  it('reads them as the UTF-8 they are, not as Latin-1', async () => {
    const zip = zipSync({
      'Tagebüch.json': await fixture('dayone-2016.json'),
      '日記.json': await fixture('dayone-travel.json'),
    });
    clearUtf8Flags(zip);
    const { entries } = await importInto('Export.zip', zip);
    expect(byBody(entries, 'Valentine').tags).toContain('Tagebüch');
    expect(byBody(entries, 'Kiritimati').tags).toContain('日記');
  });
});

/** Clears the "names are UTF-8" bit (11) of every local and central header, as older zip tools leave it. */
function clearUtf8Flags(zip: Uint8Array): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let offset = 0; offset + 12 < zip.byteLength; offset += 1) {
    const signature = view.getUint32(offset, true);
    const flagsAt = signature === 0x04034b50 ? offset + 6 : signature === 0x02014b50 ? offset + 8 : -1;
    if (flagsAt >= 0) view.setUint16(flagsAt, view.getUint16(flagsAt, true) & ~0x0800, true);
  }
}

describe('a zip written as a stream (sizes after the data, as phones write them)', () => {
  it('is read like any other', async () => {
    const chunks: Uint8Array[] = [];
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      chunks.push(chunk);
    });
    for (const [name, bytes] of [
      ['Journal.json', await fixture('dayone-personal.json')],
      ['photos/a.jpeg', new Uint8Array(3000).fill(9)],
      ['Travel.json', await fixture('dayone-travel.json')],
    ] as const) {
      const file = new ZipDeflate(name, { level: 6 });
      zip.add(file);
      file.push(bytes, true);
    }
    zip.end();
    const streamed = new Uint8Array(Buffer.concat(chunks));
    const { report } = await importInto('Export.zip', streamed);
    expect(report.added).toBe(12);
  });
});
