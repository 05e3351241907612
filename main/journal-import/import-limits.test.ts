/** Entries that do not fit Interlude's limits as they are: kept whole, and the report says how. */
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BODY_MAX } from '../../shared/domain.ts';
import { importJournalFile } from './import-journal.ts';
import { importInto, memoryJournal, request } from './test-journal.ts';

/** A long letter: paragraphs of varied sentences, emoji included, as someone might write over weeks. */
function longLetter(characters: number): string {
  const sentences = [
    'I keep writing to you in here because I cannot send any of it.',
    'The kettle still clicks off the way it did when you made tea. ☕',
    'Today I walked the long way round, past the bakery, and did not cry.',
    'Zoë says the first month is the worst; I am counting on that.',
  ];
  const paragraphs: string[] = [];
  let length = 0;
  for (let index = 0; length < characters; index += 1) {
    const paragraph = `${index + 1}. ${sentences
      .slice(index % 4)
      .concat(sentences.slice(0, index % 4))
      .join(' ')}`;
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

const MARKERS =
  /\(continued from the entry before: part \d+ of \d+\)\n\n|\n\n\(continues in the next entry: part \d+ of \d+\)/g;

describe('a text longer than one entry holds', () => {
  const letter = longLetter(450_000);
  const dayOne = strToU8(
    JSON.stringify({
      metadata: { version: '1.0' },
      entries: [
        {
          uuid: 'ABCDEFABCDEFABCDEFABCDEFABCDEF12',
          creationDate: '2024-03-05T21:00:00Z',
          timeZone: 'Europe/London',
          text: letter,
          tags: ['letters'],
        },
      ],
    }),
  );

  it('comes in whole, as consecutive parts of its day, each within the limit, in order', async () => {
    const { report, entries } = await importInto('Journal.json', dayOne);
    expect(report.skipped).toEqual([]);
    expect(entries).toHaveLength(3);
    for (const entry of entries) {
      expect(entry.body.length).toBeLessThanOrEqual(BODY_MAX);
      expect(entry.day).toBe('2024-03-05');
      expect(entry.tags).toEqual(['letters']);
    }
    expect(entries.map((entry) => entry.createdAt)).toEqual(
      [...entries.map((entry) => entry.createdAt)].sort(),
    );
    // Every character the writer typed is there, in order, once the markers are taken out.
    const joined = entries.map((entry) => entry.body.replace(MARKERS, '')).join('\n\n');
    expect(joined.replace(/\s+/g, ' ')).toBe(letter.replace(/\s+/g, ' '));
    expect(entries[1]!.body.startsWith('(continued from the entry before: part 2 of 3)')).toBe(true);
    expect(report.notes).toEqual([
      'One entry is longer than the 200,000 characters one Interlude entry holds, so it comes in whole as consecutive entries on its day, marked “part 1 of 2” and so on (entry 1 (2024-03-05) in 3).',
    ]);
  });

  it('adds nothing twice when the same export is imported again', async () => {
    const journal = memoryJournal();
    await importJournalFile(journal.target, request('Journal.json', dayOne));
    const again = await importJournalFile(journal.target, request('Journal.json', dayOne));
    expect(again.added).toBe(0);
    expect(again.alreadyImported).toBe(1);
    expect(journal.entries).toHaveLength(3);
  });

  it('never cuts an emoji in half, even in a text with no space to cut at', async () => {
    const wall = '😢'.repeat(150_000);
    const csv = `full_date,date,weekday,time,mood,activities,note_title,note\n2024-03-05,March 5,Tuesday,21:00,awful,"","","${wall}"\n`;
    const { entries } = await importInto('daylio.csv', strToU8(csv));
    expect(entries.length).toBeGreaterThan(1);
    const joined = entries.map((entry) => entry.body.replace(MARKERS, '')).join('');
    expect(joined).toBe(wall);
    expect(entries.map((entry) => entry.mood)).toEqual([1, ...entries.slice(1).map(() => null)]);
  });
});

describe('tags that do not fit', () => {
  it('are written into the text, and the report says so', async () => {
    const tags = [...Array.from({ length: 33 }, (_, index) => `@tag${index + 1}`), `@${'long'.repeat(12)}`];
    const jrnl = {
      tags: {},
      entries: [
        { title: 'Many tags.', body: 'Body.', date: '2024-03-05', time: '21:00', tags, starred: false },
      ],
    };
    const { report, entries } = await importInto('jrnl.json', strToU8(JSON.stringify(jrnl)));
    expect(entries[0]!.tags).toHaveLength(30);
    expect(entries[0]!.body).toBe(
      `**Many tags.**\n\nBody.\n\nTags: tag31, tag32, tag33, ${'long'.repeat(12)}`,
    );
    expect(report.notes).toEqual([
      'One entry has more than 30 tags or tags longer than 40 characters; those tags are written at the end of its text (“Tags: …”), so none is lost.',
    ]);
  });
});
