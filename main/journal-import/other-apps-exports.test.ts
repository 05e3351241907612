/**
 * Exports as jrnl, Mini Diary and Mini Diarium write them across their versions: every shape each
 * app has written is read, and no field the writer typed is left behind.
 */
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { byBody, fixture, importInto } from './test-journal.ts';

describe('Mini Diarium’s list export', () => {
  it('is read as Mini Diary’s successor, with its HTML as text, its tags, and same-day entries apart', async () => {
    const { report, entries } = await importInto(
      'mini-diarium-export.json',
      await fixture('minidiarium-list.json'),
    );
    expect(report.format).toBe('minidiary');
    expect(report.source).toBe('Mini Diarium');
    expect(byBody(entries, 'before the alarm').body).toBe(
      "**Morning**\n\nWoke up before the alarm. **Didn't check their profile.**\n\nCoffee & a walk to the bridge.",
    );
    expect(byBody(entries, 'before the alarm').tags).toEqual(['walks', 'no contact']);
    expect(byBody(entries, 'Second entry').body).toBe(
      '**Evening**\n\nSecond entry the same day. I <3 this quiet flat.\n\n- cooked\n- called Mum',
    );
    expect(entries.filter((entry) => entry.day === '2026-02-10')).toHaveLength(2);
    expect(byBody(entries, 'that article').body).toBe(
      'Read that article (https://example.org/letting-go) again. Ça va mieux. 🌱',
    );
    expect(report.skipped).toEqual([{ where: 'entry 4 (2026-02-12)', reason: 'it has no text' }]);
  });

  it('keeps the text of a list entry even without Mini Diarium’s metadata (it was read as jrnl and lost)', async () => {
    const list = {
      metadata: { version: '0.1.0' },
      entries: [{ id: 1, date: '2024-01-15', title: 'A title', text: 'The words under it' }],
    };
    const { report, entries } = await importInto('export.json', strToU8(JSON.stringify(list)));
    expect(report.format).toBe('minidiary');
    expect(entries.map((entry) => entry.body)).toEqual(['**A title**\n\nThe words under it']);
  });
});

describe('jrnl across versions', () => {
  it('reads jrnl 1.x’s bare list of entries', async () => {
    const { report, entries } = await importInto('journal.json', await fixture('jrnl-1x.json'));
    expect(report.format).toBe('jrnl');
    expect(entries.map((entry) => [entry.day, entry.body, entry.tags])).toEqual([
      [
        '2013-06-03',
        '**Moved the last boxes out.**\n\nThe flat echoes now. Ate standing up in the kitchen.\n\nTomorrow: call the landlord about the deposit.',
        [],
      ],
      ['2013-06-04', '**Slept nine hours.**', ['starred']],
    ]);
    expect(new Date(entries[0]!.createdAt).getHours()).toBe(21);
  });

  it('reads a current export: unicode tags without their symbol, emoji, same-day entries, just after midnight', async () => {
    const { report, entries } = await importInto('journal.json', await fixture('jrnl-v4.json'));
    expect(report.added).toBe(4);
    expect(byBody(entries, 'First session').body).toBe(
      '**First session with @therapy today.**\n\nShe asked what I miss. Not them, it turns out — the routine.\nWrote it down so I remember. 📝',
    );
    expect(byBody(entries, 'Lunch with').tags).toEqual(['Zoë', 'therapy']);
    expect(byBody(entries, '5k').tags).toEqual(['run', 'starred']);
    expect(entries.filter((entry) => entry.day === '2025-11-03')).toHaveLength(2);
    expect(byBody(entries, 'sleep').day).toBe('2025-11-04');
  });
});

describe('Mini Diary in another language', () => {
  it('reads its change dates with time zone names in any language, and keeps title-only entries', async () => {
    const { report, entries } = await importInto('Mini Diary.json', await fixture('minidiary-de.json'));
    expect(report.skipped).toEqual([]);
    const january = byBody(entries, 'Kisten');
    expect(january.day).toBe('2020-01-31');
    expect(january.updatedAt).toBe('2020-01-31T22:58:12.000Z');
    expect(january.body).toBe(
      '**Der letzte Tag im Januar**\n\nHeute habe ich die Kisten zurückgebracht.\n\n- Schlüssel abgegeben\n- **nicht** geweint\n- Pizza 🍕\n\n> Es wird leichter, sagt Jana.',
    );
    // Changed a week later: still filed under the day it was written for.
    expect(byBody(entries, 'nachgetragen').day).toBe('2020-02-01');
    expect(byBody(entries, 'Nur ein Titel').body).toBe('**Nur ein Titel**');
    expect(byBody(entries, 'kaputtes').day).toBe('2020-02-03');
  });
});

describe('the shape of the writer’s text', () => {
  it('keeps a first line’s indentation and drops only the blank lines around the text', async () => {
    const jrnl = {
      tags: {},
      entries: [
        {
          title: '',
          body: '\n\n    the sea, the sea\n  and me\n\n',
          date: '2024-03-05',
          time: '21:00',
          tags: [],
          starred: false,
        },
      ],
    };
    const { entries } = await importInto('jrnl.json', strToU8(JSON.stringify(jrnl)));
    expect(entries[0]?.body).toBe('    the sea, the sea\n  and me');
  });
});

describe('jrnl’s export of a journal kept in Day One', () => {
  it('is read as jrnl, though each entry carries a Day One uuid (it was taken for Day One and every entry skipped)', async () => {
    const { report, entries } = await importInto('journal.json', await fixture('jrnl-dayone-backed.json'));
    expect(report.format).toBe('jrnl');
    expect(report.skipped).toEqual([]);
    expect(entries.map((entry) => [entry.day, entry.body, entry.tags])).toEqual([
      ['2023-09-14', "**Dinner with @anna.**\n\nShe didn't ask about it. I was grateful.", ['anna']],
      ['2023-09-15', '**Long walk.**', ['starred']],
    ]);
  });
});
