/** Daylio's CSV as its versions and languages write it. */
import { describe, expect, it } from 'vitest';
import { byBody, fixture, importInto } from '../test-journal.ts';

describe('Daylio exports of every era and language', () => {
  it('reads the older export without full_date: the year, the day in words, a 12-hour clock', async () => {
    const { report, entries } = await importInto('daylio_export.csv', await fixture('daylio-2018.csv'));
    expect(report.format).toBe('daylio');
    expect(report.skipped).toEqual([]);
    const party = byBody(entries, "Sam's party");
    expect(party.day).toBe('2018-05-18');
    expect(new Date(party.createdAt).getHours()).toBe(23);
    expect(party.body).toBe("Went to Sam's party. Left early\nand that was fine.");
    expect(party.tags).toEqual(['clean', 'cook', 'music', 'happy']);
    expect(
      entries
        .filter((entry) => entry.day === '2018-05-16')
        .map((entry) => entry.mood)
        .sort(),
    ).toEqual([5, null]);
    expect(report.customMoods.map((mood) => mood.name)).toEqual(['happy', 'average', 'horrible']);
  });

  it('names the row of an older export whose day is not in English, and keeps the others', async () => {
    const csv =
      'year,date,weekday,time,mood,activities,note\n2018,18 mai,vendredi,21:00,rad,"","Soirée"\n2018,May 17,Thursday,21:00,rad,"","Kept"\n';
    const { report, entries } = await importInto('daylio_export.csv', new TextEncoder().encode(csv));
    expect(entries.map((entry) => entry.body)).toEqual(['Kept']);
    expect(report.skipped).toEqual([
      {
        where: 'entry 1 (18 mai 2018)',
        reason:
          'its date (“18 mai 2018”) cannot be read: this older export gives the day in words. Export again from a current Daylio, whose file has a full_date column',
      },
    ]);
  });

  it('reads a Spanish export: BOM, CRLF, “p. m.” times, quotes and a line break inside a note, moods to choose', async () => {
    const moods = { genial: 5, bien: 4, normal: 3, mal: 2, fatal: 1 };
    const { report, entries } = await importInto('daylio_export.csv', await fixture('daylio-es.csv'), {
      moods,
    });
    expect(report.skipped).toEqual([]);
    expect(report.notes).toEqual([]);
    const film = byBody(entries, 'Vimos la peli');
    expect(film.body).toBe(
      '**Por fin**\n\nVimos la peli que "no podíamos" ver juntos.\nMe reí, lloré, y volví a casa andando. 🌙',
    );
    expect(film.day).toBe('2025-01-12');
    expect(new Date(film.createdAt).getHours()).toBe(23);
    expect(film.mood).toBe(5);
    expect(film.tags).toEqual(['amigos', 'cine', 'comida rica']);
    // 12:00 a. m. is the first minute of the day.
    expect(new Date(byBody(entries, 'No dormí').createdAt).getHours()).toBe(0);
    expect(entries.map((entry) => entry.mood).sort()).toEqual([1, 3, 4, 5]);
  });

  it('reads a Japanese export’s 午前/午後 clock', async () => {
    const { entries } = await importInto('daylio_export.csv', await fixture('daylio-ja.csv'));
    expect(new Date(byBody(entries, '花火').createdAt).getHours()).toBe(21);
    expect(entries.map((entry) => new Date(entry.createdAt).getHours()).sort()).toEqual([21, 7]);
  });

  it('reads HTML notes as text, keeps identical rows as two entries, and keeps an entry whose time cannot be read', async () => {
    const { report, entries } = await importInto('daylio_export.csv', await fixture('daylio-2024.csv'));
    expect(byBody(entries, 'Dinner at').body).toBe(
      "Dinner at Mum's. **Nobody asked about them.** & that felt like a gift.",
    );
    expect(byBody(entries, 'their car').body).toBe(
      'Saw their car.\n\nSat in mine for ten minutes – then drove home. I <3 my playlist.',
    );
    expect(byBody(entries, 'their car').day).toBe('2024-03-11');
    expect(entries.filter((entry) => entry.tags.includes('crushed'))).toHaveLength(2);
    const noClock = byBody(entries, 'A time that cannot be');
    expect(noClock.day).toBe('2024-03-13');
    expect(new Date(noClock.createdAt).getHours()).toBe(12);
    expect(report.skipped).toEqual([]);
    expect(report.notes).toContain(
      'One entry has a time of day Interlude cannot read (“25:61”); it is kept on its own day, at noon.',
    );
  });

  it('takes a mood named like a JavaScript built-in for a name like any other', async () => {
    const csv = [
      'full_date,date,weekday,time,mood,activities,note_title,note',
      ...['constructor', '__proto__', 'toString', 'hasOwnProperty'].map(
        (mood) => `2024-03-05,March 5,Tuesday,21:00,${mood},"","","felt ${mood}"`,
      ),
    ].join('\n');
    const { report, entries } = await importInto('daylio.csv', new TextEncoder().encode(csv), {
      moods: { constructor: 2 },
    });
    expect(report.skipped).toEqual([]);
    expect(entries.map((entry) => [entry.mood, entry.tags])).toEqual([
      [2, []],
      [null, ['__proto__']],
      [null, ['toString']],
      [null, ['hasOwnProperty']],
    ]);
    expect(report.customMoods.map((mood) => mood.name)).toEqual([
      'constructor',
      '__proto__',
      'toString',
      'hasOwnProperty',
    ]);
  });
});

describe('a Daylio file re-saved by a spreadsheet', () => {
  it('reads German Excel’s semicolons, dotted dates and Windows-1252, and says what it did', async () => {
    const { report, entries } = await importInto('daylio_export.csv', await fixture('daylio-excel-de.csv'), {
      moods: { super: 5, schlecht: 2 },
    });
    expect(report.skipped).toEqual([]);
    expect(entries.map((entry) => [entry.day, entry.mood, entry.body])).toEqual([
      ['2024-03-05', 5, 'Training, danach Döner; endlich wieder Hunger.'],
      ['2024-03-04', 2, '**Müde**\n\nKaum geschlafen. Grüße an niemanden.'],
    ]);
    expect(entries[0]?.tags).toEqual(['Freunde', 'Sport']);
    expect(report.notes.join('\n')).toMatch(/Windows-1252/);
    expect(report.notes.join('\n')).toMatch(
      /2 dates are not in the form Daylio writes.*“05\.03\.2024” as 2024-03-05/,
    );
  });

  it('tells month from day in US dates by the day Daylio wrote in words beside them', async () => {
    const { report, entries } = await importInto('daylio_export.csv', await fixture('daylio-excel-us.csv'));
    expect(entries.map((entry) => entry.day)).toEqual(['2024-03-13', '2024-03-05', '2024-05-03']);
    expect(new Date(byBody(entries, 'Laughed').createdAt).getHours()).toBe(21);
    expect(report.skipped).toEqual([]);
  });

  it('names a rewritten date whose day and month cannot be told apart', async () => {
    const csv =
      'full_date,date,weekday,time,mood,activities,note_title,note\n3/5/2024,,Tuesday,21:00,rad,"","","which?"\n';
    const { report, entries } = await importInto('daylio.csv', new TextEncoder().encode(csv));
    expect(entries).toEqual([]);
    expect(report.skipped[0]?.reason).toBe(
      'its date (“3/5/2024”) is not in the form Daylio writes (YYYY-MM-DD), as when a spreadsheet re-saves the file, and its day and month cannot be told apart. Export again from Daylio and import that file unchanged',
    );
  });
});

describe('a Daylio export with columns this version of Interlude does not know', () => {
  it('writes their values into the entry’s text and says so, so nothing recorded is lost', async () => {
    const csv = [
      'full_date,date,weekday,time,mood,activities,note_title,note,scales,goals',
      '2024-03-05,March 5,Tuesday,21:00,good,"walk","","Evening.","sleep 7/10","walk daily"',
      '2024-03-06,March 6,Wednesday,21:00,good,"","","","",""',
    ].join('\n');
    const { report, entries } = await importInto('daylio.csv', new TextEncoder().encode(csv));
    expect(entries.map((entry) => entry.body)).toEqual([
      'Evening.\n\nscales: sleep 7/10\n\ngoals: walk daily',
      '',
    ]);
    expect(report.notes).toContain(
      'This export has columns Interlude does not know (“scales”, “goals”); their values are written at the end of each entry’s text, so nothing in them is lost.',
    );
  });
});
