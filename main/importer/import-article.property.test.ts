import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InterludeError } from '../../shared/errors.ts';
import { type ArticlePack, cleanArticleText, importArticle } from './import-article.ts';

/** Imports, and checks the outcome is a well-formed pack or one of the two errors we promise. */
function importSafely(fileName: string, content: string): ArticlePack | InterludeError {
  try {
    const pack = importArticle({ fileName, content });
    const cleanedLength = cleanArticleText({ fileName, content }).length;
    expect(pack.title.trim()).not.toBe('');
    expect(pack.sections.length).toBeGreaterThan(0);
    for (const section of pack.sections) {
      expect(section.title.trim()).not.toBe('');
      expect(section.prompts.length).toBeGreaterThan(0);
      for (const prompt of section.prompts) {
        expect(prompt.text.trim()).not.toBe('');
        expect(prompt.source.start).toBeGreaterThanOrEqual(0);
        expect(prompt.source.end).toBeGreaterThanOrEqual(prompt.source.start);
        expect(prompt.source.end).toBeLessThanOrEqual(cleanedLength);
      }
    }
    return pack;
  } catch (error) {
    expect(error).toBeInstanceOf(InterludeError);
    expect(['INVALID_INPUT', 'TOO_LARGE']).toContain((error as InterludeError).code);
    return error as InterludeError;
  }
}

const fragments = [
  '# ',
  '## ',
  '### 1. ',
  'Step 2: ',
  '2. ',
  '- ',
  '* ',
  '**',
  '__',
  '[',
  '](',
  ')',
  '`',
  '\n',
  '\n\n',
  '> ',
  '---\n',
  '```',
  'What went wrong? ',
  'Ask yourself: ',
  'Leave a Reply\n',
  'https://example.com ',
  'Ηow tο Ꮐet ',
  'Как дела? ',
  'και ο ',
  '“quoted” — ',
  '\u200b',
  '\u00a0',
  '<p>',
  '</p>',
  '<li>',
  '<strong>',
  '<script>',
  '<!--',
  '&amp;',
  '&#x1F600;',
];

const markdownish = fc
  .array(fc.oneof(fc.constantFrom(...fragments), fc.string({ unit: 'grapheme', maxLength: 12 })), {
    maxLength: 80,
  })
  .map((parts) => parts.join(''));

const htmlTag = fc.constantFrom(
  'div',
  'p',
  'li',
  'ul',
  'ol',
  'h2',
  'strong',
  'b',
  'a',
  'span',
  'article',
  'nav',
  'form',
  'td',
);
const brokenHtml = fc
  .array(
    fc.oneof(
      htmlTag.map((tag) => `<${tag}>`),
      htmlTag.map((tag) => `</${tag}>`),
      htmlTag.map((tag) => `<${tag} class="x`),
      fc.constantFrom(
        '<',
        '>',
        '</',
        '<!',
        '<!--',
        '-->',
        '&',
        '&nbsp',
        '"',
        "'",
        '<script>',
        '</script>',
        '<br/>',
      ),
      fc.string({ unit: 'grapheme', maxLength: 10 }),
      fc.constantFrom('What helps you rest? ', 'Ask yourself: why now? ', 'Share this: '),
    ),
    { maxLength: 120 },
  )
  .map((parts) => parts.join(''));

describe('the importer never throws anything but a clear error, and always returns', () => {
  it('on random Unicode text in any format', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.constantFrom('a.txt', 'a.md', 'a.html', 'a'),
        (content, fileName) => {
          importSafely(fileName, content);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on Markdown-like text built from the pieces articles are made of', () => {
    fc.assert(
      fc.property(markdownish, fc.constantFrom('a.md', 'a.txt'), (content, fileName) => {
        importSafely(fileName, content);
      }),
      { numRuns: 300 },
    );
  });

  it('on broken HTML', () => {
    fc.assert(
      fc.property(brokenHtml, (content) => {
        importSafely('page.html', content);
      }),
      { numRuns: 300 },
    );
  });

  it('on very long lines, deep nesting and long runs of markup characters', () => {
    const size = 300_000;
    const inputs: [string, string][] = [
      ['long.txt', 'x'.repeat(size)],
      ['long.txt', `${'Why? '.repeat(size / 5)}`],
      ['long.md', '*'.repeat(size)],
      ['long.md', '['.repeat(size)],
      ['long.md', `${'[a]('.repeat(size / 4)}`],
      ['long.md', '#'.repeat(size)],
      ['long.md', `- ${'- '.repeat(size / 2)}`],
      ['long.md', '\n'.repeat(size)],
      ['long.md', `${'1. '.repeat(size / 3)}`],
      ['long.md', `${'http://'.repeat(size / 7)}`],
      ['long.md', 'Ηοw '.repeat(size / 4)],
      ['deep.html', `${'<div>'.repeat(size / 5)}What is left?${'</div>'.repeat(size / 10)}`],
      ['deep.html', `${'<li><ul>'.repeat(size / 8)}`],
      ['deep.html', `${'<p><b>'.repeat(size / 6)}Why?`],
      ['deep.html', '<'.repeat(size)],
      ['deep.html', `<a title="${'x'.repeat(size)}`],
      ['deep.html', `<!--${'-'.repeat(size)}`],
    ];
    for (const [fileName, content] of inputs) importSafely(fileName, content);
  });
});
