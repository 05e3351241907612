import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importJournalFile } from './import-journal.ts';
import { byBody, fixture, importFailure as failure, memoryJournal, request } from './test-journal.ts';

async function dayOneZip(): Promise<Uint8Array> {
  const journal = await fixture('dayone-journal.json');
  return zipSync({
    'Journal.json': journal,
    // A photo the import must never inflate: it is not valid deflate data for what it claims.
    'photos/0F1E2D3C4B5A69788796A5B4C3D2E1F0.jpeg': [new Uint8Array(4096).fill(7), { level: 9 }],
  });
}

describe('importing a Day One export', () => {
  it('puts each entry on the day of its own time zone, on both sides of midnight', async () => {
    const journal = memoryJournal();
    await importJournalFile(journal.target, request('Export.zip', await dayOneZip()));
    // 23:30 UTC in Tokyo is 08:30 the next morning there.
    expect(byBody(journal.entries, 'Woke early in Tokyo').day).toBe('2024-03-06');
    // 03:30 UTC in New York is 22:30 the evening before.
    expect(byBody(journal.entries, 'Late night in New York').day).toBe('2024-03-05');
  });

  it('keeps same-day entries apart and never merges them', async () => {
    const journal = memoryJournal();
    await importJournalFile(journal.target, request('Export.zip', await dayOneZip()));
    const march5 = journal.entries.filter((entry) => entry.day === '2024-03-05');
    expect(march5.map((entry) => entry.body).sort()).toEqual([
      'Afternoon in New York. The first entry of the day.',
      'Late night in New York, 10:30 pm. Two entries today - this is the second.',
    ]);
  });

  it('unescapes Markdown punctuation, shows photos as [photo], and keeps tags and the star', async () => {
    const journal = memoryJournal();
    await importJournalFile(journal.target, request('Export.zip', await dayOneZip()));
    const tokyo = byBody(journal.entries, 'Woke early in Tokyo');
    expect(tokyo.body).toBe(
      'Woke early in Tokyo. Coffee by the window!\n\n[photo]\n\nStill thinking about (what they said).',
    );
    expect(tokyo.tags).toEqual(['travel', 'morning', 'starred']);
    expect(tokyo.id).toBe('dayone-a1b2c3d4e5f60718293a4b5c6d7e8f90');
    expect(tokyo.createdAt).toBe('2024-03-05T23:30:00.000Z');
    expect(tokyo.updatedAt).toBe('2024-03-06T01:00:00.000Z');
  });

  it('reports an entry with no text and one with a broken date, and imports the rest', async () => {
    const journal = memoryJournal();
    const report = await importJournalFile(journal.target, request('Export.zip', await dayOneZip()));
    expect(report.read).toBe(5);
    expect(report.added).toBe(3);
    expect(report.skipped).toEqual([
      { where: 'entry 4 (2024-03-07)', reason: 'it has no text' },
      { where: 'entry 5 (not a date)', reason: 'its date (“not a date”) cannot be read' },
    ]);
    expect(report.summary).toBe(
      '3 entries from Day One, 2 skipped: entry 4 (2024-03-07) because it has no text; entry 5 (not a date) because its date (“not a date”) cannot be read.',
    );
    expect(journal.writes()).toBe(1);
  });

  it('adds nothing twice when the same export is imported again', async () => {
    const journal = memoryJournal();
    await importJournalFile(journal.target, request('Export.zip', await dayOneZip()));
    const again = await importJournalFile(journal.target, request('Export.zip', await dayOneZip()));
    expect(again.added).toBe(0);
    expect(again.alreadyImported).toBe(3);
    expect(journal.entries).toHaveLength(3);
    expect(again.summary).toMatch(/^0 entries from Day One, 3 entries already in your journal/);
  });

  it('reads a loose Journal.json the same way as the zip', async () => {
    const journal = memoryJournal();
    const report = await importJournalFile(
      journal.target,
      request('Journal.json', await fixture('dayone-journal.json')),
    );
    expect(report.format).toBe('dayone');
    expect(report.added).toBe(3);
  });

  it('skips an entry dated outside the years a journal keeps, and imports the rest', async () => {
    const entries = [
      {
        uuid: 'CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC',
        creationDate: '1899-12-31T10:00:00Z',
        timeZone: 'UTC',
        text: 'Too old',
      },
      {
        uuid: 'DDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDD',
        creationDate: '2024-01-02T10:00:00Z',
        timeZone: 'UTC',
        text: 'Fine',
      },
    ];
    const journal = memoryJournal();
    const report = await importJournalFile(
      journal.target,
      request('Journal.json', strToU8(JSON.stringify({ metadata: {}, entries }))),
    );
    expect(report.skipped).toEqual([
      { where: 'entry 1 (1899-12-31)', reason: 'its date (1899-12-31) is outside the years Interlude keeps' },
    ]);
    expect(journal.entries.map((entry) => entry.body)).toEqual(['Fine']);
  });

  it('tags entries with their journal when the zip holds several journals', async () => {
    const one = JSON.stringify({
      metadata: {},
      entries: [
        {
          uuid: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
          creationDate: '2024-01-01T10:00:00Z',
          timeZone: 'UTC',
          text: 'Personal',
        },
      ],
    });
    const two = JSON.stringify({
      metadata: {},
      entries: [
        {
          uuid: 'BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB',
          creationDate: '2024-01-02T10:00:00Z',
          timeZone: 'UTC',
          text: 'Work',
        },
      ],
    });
    const zip = zipSync({ 'Personal.json': strToU8(one), 'Work.json': strToU8(two) });
    const journal = memoryJournal();
    const report = await importJournalFile(journal.target, request('Export.zip', zip));
    expect(byBody(journal.entries, 'Personal').tags).toEqual(['Personal']);
    expect(byBody(journal.entries, 'Work').tags).toEqual(['Work']);
    expect(report.notes[0]).toMatch(/2 journals/);
  });

  it('changes nothing in a dry run, and reports what would happen', async () => {
    const journal = memoryJournal();
    const report = await importJournalFile(
      journal.target,
      request('Export.zip', await dayOneZip(), { dryRun: true }),
    );
    expect(report.added).toBe(3);
    expect(report.summary).toMatch(/^Would import 3 entries from Day One/);
    expect(journal.entries).toHaveLength(0);
    expect(journal.writes()).toBe(0);
  });

  it('reports progress, entries read of the total', async () => {
    const entries = Array.from({ length: 1200 }, (_, index) => ({
      uuid: `${String(index).padStart(32, '0')}`,
      creationDate: '2024-01-01T10:00:00Z',
      timeZone: 'UTC',
      text: `Entry ${index}`,
    }));
    const seen: { read: number; total: number }[] = [];
    await importJournalFile(
      memoryJournal().target,
      request('Journal.json', strToU8(JSON.stringify({ metadata: {}, entries }))),
      (progress) => seen.push(progress),
    );
    expect(seen[0]).toEqual({ read: 0, total: 1200 });
    expect(seen).toContainEqual({ read: 500, total: 1200 });
    expect(seen.at(-1)).toEqual({ read: 1200, total: 1200 });
  });
});

describe('limits and broken files', () => {
  it('refuses a zip whose journal unpacks beyond the limit, counting as it inflates', async () => {
    // 300 MB of spaces compress to a few hundred kilobytes: a zip bomb in miniature.
    const bomb = zipSync({ 'Journal.json': [new Uint8Array(300 * 1024 * 1024).fill(32), { level: 1 }] });
    expect(bomb.byteLength).toBeLessThan(2 * 1024 * 1024);
    const result = await failure(bomb);
    expect(result.code).toBe('TOO_LARGE');
    expect(result.message).toMatch(/more than 256 MB/);
    // Making and inflating a quarter of a gigabyte takes seconds alone and far longer on a loaded
    // machine: a budget for the work, not a speed target.
  }, 180_000);

  it('refuses more than 50,000 entries with a way forward', async () => {
    const entries = Array.from({ length: 50_001 }, () => ({
      date: '2024-01-01',
      time: '10:00',
      title: 'x',
      body: '',
    }));
    const result = await failure(strToU8(JSON.stringify({ tags: {}, entries })), 'jrnl.json');
    expect(result.code).toBe('TOO_LARGE');
    expect(result.message).toMatch(/50,001 entries.*at most 50,000.*in parts/);
  });

  it('says plainly when a file is from no app it knows, or not the format asked for', async () => {
    expect((await failure(strToU8('just some notes'), 'notes.txt')).message).toMatch(/cannot tell which app/);
    expect((await failure(await fixture('jrnl.json'), 'jrnl.json', { format: 'dayone' })).message).toBe(
      'This file is not a Day One export. It looks like a jrnl export instead.',
    );
    expect((await failure(strToU8('{"entries": [ {'), 'broken.json')).message).toMatch(/damaged/);
    expect((await failure(strToU8('PK\u0003\u0004 not really a zip'))).message).toMatch(/zip is damaged/);
    expect((await failure(zipSync({ 'photos/a.jpeg': new Uint8Array(10) }))).message).toMatch(
      /no journal in it/,
    );
  });
});

describe('importing jrnl, Mini Diary and Daylio', () => {
  it('jrnl: the date as written, title above the body, tags without their @', async () => {
    const journal = memoryJournal();
    const report = await importJournalFile(
      journal.target,
      request('journal.json', await fixture('jrnl.json')),
    );
    expect(report.format).toBe('jrnl');
    const lateNight = byBody(journal.entries, 'Could not sleep');
    expect(lateNight.day).toBe('2024-03-05');
    expect(lateNight.body).toBe('**Could not sleep.**\n\nLay awake until late, replaying the conversation.');
    expect(lateNight.tags).toEqual(['sleep']);
    const newDay = byBody(journal.entries, 'A new day');
    expect(newDay.day).toBe('2024-03-06');
    expect(newDay.tags).toEqual(['work', 'starred']);
    expect(new Date(newDay.createdAt).getHours()).toBe(0);
    expect(report.skipped.map((skip) => skip.reason)).toEqual([
      'it has no text',
      'its date (“2024-02-30”) is not a real date',
    ]);
    const again = await importJournalFile(
      journal.target,
      request('journal.json', await fixture('jrnl.json')),
    );
    expect(again.added).toBe(0);
    expect(journal.entries).toHaveLength(2);
  });

  it('Mini Diary: one entry per day, on the day it is filed under', async () => {
    const journal = memoryJournal();
    const report = await importJournalFile(
      journal.target,
      request('minidiary.json', await fixture('minidiary.json')),
    );
    expect(report.source).toBe('Mini Diary');
    expect(byBody(journal.entries, 'Walked by the river').body).toBe(
      '**Tuesday**\n\nWalked by the river. *Felt lighter* than yesterday.',
    );
    // Changed the morning after, but filed under the 6th: the day stays the 6th.
    expect(byBody(journal.entries, 'morning after').day).toBe('2024-03-06');
    expect(report.skipped).toEqual([{ where: 'entry 3 (2024-03-07)', reason: 'it has no text' }]);
  });

  it('Daylio: moods 5 to 1, activities as tags, notes with quotes and commas intact', async () => {
    const journal = memoryJournal();
    const report = await importJournalFile(
      journal.target,
      request('daylio_export.csv', await fixture('daylio.csv')),
    );
    expect(report.format).toBe('daylio');
    const goodDay = byBody(journal.entries, 'A good day');
    expect(goodDay.mood).toBe(5);
    expect(goodDay.day).toBe('2024-03-05');
    expect(goodDay.tags).toEqual(['friends', 'walk', 'good meal']);
    expect(goodDay.body).toBe(
      '**A good day**\n\nThey said "let\'s stay friends", and, honestly, it was fine.\nA walk, then dinner.',
    );
    const afterMidnight = byBody(journal.entries, "Couldn't sleep");
    expect(afterMidnight.day).toBe('2024-03-06');
    expect(afterMidnight.mood).toBe(3);
    const awful = journal.entries.find((entry) => entry.day === '2024-03-04');
    expect(awful?.mood).toBe(1);
    expect(awful?.body).toBe('');
    expect(report.skipped).toEqual([
      { where: 'entry 5 (2024-02-31)', reason: 'its date (“2024-02-31”) is not a real date' },
    ]);
  });

  it('Daylio: tells the user about a custom mood, keeps its name, and uses the level they choose', async () => {
    const unchosen = memoryJournal();
    const report = await importJournalFile(
      unchosen.target,
      request('daylio.csv', await fixture('daylio.csv')),
    );
    expect(report.customMoods).toEqual([{ name: 'irritable', count: 1, mood: null }]);
    expect(report.notes[0]).toMatch(/“irritable”/);
    const irritable = unchosen.entries.find((entry) => entry.tags.includes('work'));
    expect(irritable?.mood).toBeNull();
    expect(irritable?.tags).toEqual(['work', 'irritable']);

    const chosen = memoryJournal();
    const withLevel = await importJournalFile(
      chosen.target,
      request('daylio.csv', await fixture('daylio.csv'), { moods: { Irritable: 2 } }),
    );
    expect(withLevel.customMoods).toEqual([{ name: 'irritable', count: 1, mood: 2 }]);
    expect(withLevel.notes).toEqual([]);
    const leveled = chosen.entries.find((entry) => entry.tags.includes('work'));
    expect(leveled?.mood).toBe(2);
    expect(leveled?.tags).toEqual(['work']);
  });
});
