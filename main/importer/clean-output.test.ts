import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOOK_ALIKES } from './confusables.ts';
import { obfuscate } from './fixtures/obfuscate.ts';
import { type ArticlePack, importArticle } from './import-article.ts';

const article = readFileSync(new URL('./fixtures/after-the-breakup.md', import.meta.url), 'utf8');

/** The look-alikes the first real import left behind (issue 15), each put in place of its letter. */
const LEFT_BEHIND: Record<string, string> = { o: 'ߋ', b: 'ƅƄ', y: 'уү', k: 'ҝ', D: 'Ꭰ', i: 'ı', K: 'Қ' };

function withLeftBehind(text: string): string {
  let count = 0;
  return text.replace(/[obykDiK]/g, (letter) => {
    count += 1;
    // Every other one, so words mix them with plain letters and with each other.
    const choices = [...LEFT_BEHIND[letter]!];
    return count % 2 === 0 ? choices[(count / 2) % choices.length]! : letter;
  });
}

function shownTexts(pack: ArticlePack): string[] {
  return [
    pack.title,
    ...pack.sections.flatMap((section) => [
      section.title,
      ...section.prompts.flatMap((prompt) => [prompt.text, prompt.title ?? '', prompt.quote ?? '']),
    ]),
  ];
}

/** Latin letters, digits, spaces and punctuation: what the app's fonts draw, with no empty box. */
const DISPLAY_SAFE = /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]*$/u;

describe('what an English article shows once imported', () => {
  it('holds no look-alike letter and nothing drawn as an empty box', () => {
    const clean = importArticle({ fileName: 'clean.md', content: article });
    for (const seed of [1, 2, 3]) {
      const disguised = importArticle({
        fileName: 'scraped.md',
        content: obfuscate(withLeftBehind(article), seed),
      });
      for (const text of shownTexts(disguised)) {
        expect(text).toMatch(DISPLAY_SAFE);
        for (const char of text) {
          if (char.charCodeAt(0) > 0x7f)
            expect(LOOK_ALIKES.has(char.codePointAt(0)!), `${char} in ${text}`).toBe(false);
        }
      }
      expect(shownTexts(disguised)).toEqual(shownTexts(clean));
    }
  });
});
