import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveRows, readInstalledData } from '../../scripts/confusables/derive.ts';
import { OUTPUT, renderTable } from '../../scripts/confusables/generate.ts';
import { LOOK_ALIKES } from './confusables.ts';
import { CLEAN_TEXTS } from './fixtures/clean-texts.ts';
import { obfuscateWithTable, tableChoices } from './fixtures/obfuscate-with-table.ts';
import { foldLookAlikes } from './fold-letters.ts';

describe('the look-alike table', () => {
  it('is the one the generator writes from the installed confusables data', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(renderTable());
  });

  it('holds every letter whose confusables skeleton is one Latin letter', () => {
    const rows = deriveRows(readInstalledData().data);
    expect(rows.length).toBeGreaterThan(500);
    const missing = rows.filter((row) => !LOOK_ALIKES.has(row.codePoint));
    expect(missing).toEqual([]);
  });

  it('holds the curated look-alikes the data lacks', () => {
    for (const [char, latin] of [
      ['ı', 'i'],
      ['ߋ', 'o'],
      ['ƅ', 'b'],
      ['Ƅ', 'b'],
      ['ҝ', 'k'],
      ['Қ', 'K'],
      ['Ꭰ', 'D'],
      ['у', 'y'],
      ['ү', 'y'],
    ] as const) {
      expect(LOOK_ALIKES.get(char.codePointAt(0)!)?.latin, char).toBe(latin);
    }
  });

  it('leaves out the accented letters of real languages', () => {
    for (const char of 'éñøłŁçČőțðĐħ') expect(LOOK_ALIKES.has(char.codePointAt(0)!), char).toBe(false);
  });
});

describe('folding text disguised with the whole table', () => {
  it('reads every look-alike in the table back as the letter it imitates', () => {
    for (const [letter, choices] of tableChoices()) {
      const lower = letter.toLowerCase();
      for (const char of choices.anywhere) {
        // As the first letter of a word in the middle of a sentence, and in the middle of a word.
        const word = letter === 'I' ? 'In' : `${letter}${lower === 'a' ? 'nd' : 'an'}`;
        const disguised = `so ${char}${word.slice(1)} and ma${char}e`;
        const middle = letter === letter.toLowerCase() ? `ma${letter}e` : `ma${lower}e`;
        const expected = `so ${word} and ${letter === 'I' ? 'male' : middle}`;
        expect(foldLookAlikes(disguised), `${char} U+${char.codePointAt(0)!.toString(16)}`).toBe(expected);
      }
      for (const char of choices.insideWord) {
        expect(foldLookAlikes(`so ma${char}e it`), `${char} U+${char.codePointAt(0)!.toString(16)}`).toBe(
          `so ma${lower}e it`,
        );
      }
    }
  });

  it('gives back each clean text, whatever the seed and the density', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CLEAN_TEXTS),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.double({ min: 0.05, max: 0.6, noNaN: true }),
        (clean, seed, rate) => {
          expect(foldLookAlikes(obfuscateWithTable(clean, seed, rate))).toBe(clean);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('turns a capital-I stroke inside a small-letter word into an l', () => {
    expect(foldLookAlikes('RebuiӀd the trust')).toBe('Rebuild the trust');
    expect(foldLookAlikes('Ιf Ι ask, a Ӏot of it wiӀl heӀp')).toBe('If I ask, a lot of it will help');
    expect(foldLookAlikes('ӀNTERLUDE')).toBe('INTERLUDE');
  });

  it('folds every letter of a word that mixes scripts, and the dotless ı outside Turkish text', () => {
    expect(foldLookAlikes('led tߋ the breakup; уߋu need tߋ change')).toBe(
      'led to the breakup; you need to change',
    );
    expect(foldLookAlikes('Ꭰߋn’t push. It is quıet, it wıll pass')).toBe(
      'Don’t push. It is quiet, it will pass',
    );
    // One plain letter is enough: a letter that imitates nothing does not keep the others disguised.
    expect(foldLookAlikes('and tհеж')).toBe('and theж');
    const turkish = 'Işık ılık, ağaç şimdi İstanbul’da.';
    expect(foldLookAlikes(turkish)).toBe(turkish);
  });
});
