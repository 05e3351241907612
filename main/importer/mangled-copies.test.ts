/**
 * A damaged copy of an article imports as the clean one does: look-alike letters aside (see
 * import-article.property.test.ts), published copies carry invisible characters, odd spaces,
 * ligatures, entities, mojibake and Windows line endings (../shared/ARTICLE.md).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  entities,
  everything,
  invisibleCharacters,
  ligatures,
  type Mangling,
  mojibake,
  oddSpaces,
  windowsFile,
} from './fixtures/mangle.ts';
import { obfuscate } from './fixtures/obfuscate.ts';
import { shownText } from './fixtures/shown-text.ts';
import { type ArticlePack, importArticle } from './import-article.ts';

const FIXTURES = [
  'after-the-breakup.md',
  'reflection-worksheet.md',
  'coping-guide.txt',
  'russian-article.md',
  'real/notion-export-boundaries.md',
  'real/obsidian-grief-letters.md',
  'real/browser-copy-moving-on.txt',
  'real/browser-copy-listicle.txt',
];

const MANGLINGS: Record<string, Mangling> = {
  invisibleCharacters,
  oddSpaces,
  ligatures,
  entities,
  mojibake,
  windowsFile,
  everything,
};

function read(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

/** What the user sees of a pack: titles, prompts, quotes and stages. */
function shown(pack: ArticlePack) {
  return {
    title: pack.title,
    sections: pack.sections.map((section) => ({
      title: section.title,
      stage: section.stage,
      prompts: section.prompts.map(({ text, title, quote }) => ({ text, title, quote })),
    })),
  };
}

describe('a damaged copy imports as the clean article does', () => {
  for (const name of FIXTURES) {
    const fileName = name.split('/').pop()!;
    for (const [mangling, mangle] of Object.entries(MANGLINGS)) {
      // Only where the damage reaches the text: an ASCII file has no quote to turn into an entity.
      if (mangle(read(name), 1) === read(name)) continue;
      // No-break and thin spaces are the typography of a text's own language: other scripts keep
      // them as written (only Latin text is normalised).
      if (name.startsWith('russian') && (mangling === 'oddSpaces' || mangling === 'everything')) continue;
      it(`${name}, ${mangling}`, () => {
        const clean = shown(importArticle({ fileName, content: read(name) }));
        for (const seed of [1, 2, 3]) {
          const content = mangle(read(name), seed);
          expect(shown(importArticle({ fileName, content }))).toEqual(clean);
        }
      });
    }
  }
});

/** Latin letters, digits, spaces and punctuation: what the app's fonts draw, with no empty box. */
const DISPLAY_SAFE = /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]*$/u;
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/u;

describe('a copy disguised with look-alikes and damaged every way at once', () => {
  for (const name of FIXTURES.filter((fixture) => !fixture.startsWith('russian'))) {
    it(`${name} shows only what the clean article shows`, () => {
      const fileName = name.split('/').pop()!;
      const clean = importArticle({ fileName, content: read(name) });
      for (const seed of [4, 5]) {
        const pack = importArticle({ fileName, content: everything(obfuscate(read(name), seed), seed) });
        const shownTextOf = shownText(pack);
        expect(shownTextOf).toMatch(DISPLAY_SAFE);
        expect(shownTextOf).not.toMatch(INVISIBLE);
        // A capital look-alike opening a word after a colon ("Evening three: Τhe letter") reads
        // either way; which case it was is for the look-alike tests, so case is not compared here.
        expect(lowerCased(shown(pack))).toEqual(lowerCased(shown(clean)));
      }
    });
  }
});

function lowerCased(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value).toLowerCase());
}
