import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOOK_ALIKES } from './confusables.ts';
import { obfuscate } from './fixtures/obfuscate.ts';
import { foldLookAlikes } from './fold-letters.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('folding look-alike letters in Latin text', () => {
  it('reads the scraped article’s heading and sentences as plain Latin', () => {
    expect(foldLookAlikes('Ηow tο Ꮐet Υоur Eⲭ-Boyfriend Βack')).toBe('How to Get Your Ex-Boyfriend Back');
    expect(foldLookAlikes('Ꭰuring thіs period ⲟf space:')).toBe('During this period of space:');
  });

  it('repairs the case of a capital look-alike standing inside a lower-case word', () => {
    expect(foldLookAlikes('ƊіԀ it feel maԀe up?')).toBe('Did it feel made up?');
    expect(foldLookAlikes('my heΑrt, tΗe ΕND')).toBe('my heart, the END');
    expect(foldLookAlikes('ΤΗΕ ΙΤ Ιt')).toBe('THE IT It');
  });

  it('reads small capitals by the word and the sentence around them', () => {
    expect(foldLookAlikes('ᴛʜᴇ end. then ᴛʜᴇ start')).toBe('The end. then the start');
    expect(foldLookAlikes('ʜOW ᴀᴍ I')).toBe('HOW am I');
  });

  it('keeps typographic punctuation exactly as written', () => {
    const text = 'It’s “fine” — really… isn’t it? ‘Yes.’';
    expect(foldLookAlikes(text)).toBe(text);
    expect(foldLookAlikes('Іt’s “fіne” — reаlly…')).toBe('It’s “fine” — really…');
  });

  it('applies NFKC inside Latin text: full-width, mathematical and ligature letters, invisible characters', () => {
    expect(foldLookAlikes('ＦＵＬＬ 𝐁𝐨𝐥𝐝 ﬁnal zero\u200bwidth so\u00adft')).toBe(
      'FULL Bold final zerowidth soft',
    );
  });

  it('reads look-alike digits as letters inside words and as numbers on their own', () => {
    expect(foldLookAlikes('g᧐od in 2᧐24')).toBe('good in 2024');
  });

  it('leaves genuine Latin words alone, accents and camel case included', () => {
    const text = 'iPhone, café, naïve, Ångström, São Paulo, McDonald';
    expect(foldLookAlikes(text)).toBe(text);
  });

  it('folds a word mixing two other scripts even with nothing around it', () => {
    expect(foldLookAlikes('ѕο')).toBe('so');
  });

  it('leaves Russian and Greek text byte for byte, look-alike-only words and symbols included', () => {
    const russian = 'Он сказал: «Всё хорошо», а\u00a0потом ушёл. В 2024\u00a0г. — № 5… ТОМ СЕКРЕТ ПРОСТ';
    expect(foldLookAlikes(russian)).toBe(russian);
    const greek = 'Η αγάπη και ο χρόνος. ΚΑΙ ΤΟ ΜΕΤΡΟ; Το iPhone είναι καλό.';
    expect(foldLookAlikes(greek)).toBe(greek);
    expect(foldLookAlikes(fixture('russian-article.md'))).toBe(fixture('russian-article.md'));
    expect(foldLookAlikes(fixture('greek-article.md'))).toBe(fixture('greek-article.md'));
  });

  it('keeps a Russian quotation inside English text while folding the English around it', () => {
    expect(foldLookAlikes('Ѕhe said «до свидания» and lеft.')).toBe('She said «до свидания» and left.');
  });

  it('restores a whole article disguised with look-alikes from many scripts, at any density', () => {
    const text = fixture('after-the-breakup.md');
    for (const rate of [0.2, 1 / 3, 0.7, 1]) {
      for (let seed = 1; seed <= 25; seed += 1) {
        const disguised = obfuscate(text, seed, rate);
        expect(disguised).not.toBe(text);
        expect(foldLookAlikes(disguised)).toBe(text);
      }
    }
  });
});

describe('the confusables table', () => {
  it('maps every look-alike to one Latin letter or a typographic apostrophe', () => {
    for (const [codePoint, lookAlike] of LOOK_ALIKES) {
      expect(lookAlike.latin, `U+${codePoint.toString(16)}`).toMatch(/^[A-Za-z’‘]$/);
      expect(codePoint).toBeGreaterThan(0x7f);
    }
  });

  it('agrees with Unicode’s confusables wherever both name a plain letter (I and l aside)', () => {
    // Letters with hooks read as the letter they decorate; Unicode compares ʋ with u and ᶌ with y.
    const deliberate = new Set([0x028b, 0x1d8c]);
    const reference = JSON.parse(
      readFileSync(new URL('../../node_modules/unhomoglyph/data.json', import.meta.url), 'utf8'),
    ) as Record<string, string>;
    let compared = 0;
    for (const [codePoint, lookAlike] of LOOK_ALIKES) {
      const skeleton = reference[String.fromCodePoint(codePoint)];
      if (!skeleton || !/^[A-Za-z]$/.test(skeleton) || /[Il]/.test(skeleton + lookAlike.latin)) continue;
      if (deliberate.has(codePoint)) continue;
      compared += 1;
      expect(lookAlike.latin.toLowerCase(), `U+${codePoint.toString(16)}`).toBe(skeleton.toLowerCase());
    }
    expect(compared).toBeGreaterThan(150);
  });
});
