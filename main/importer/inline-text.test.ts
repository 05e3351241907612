import { describe, expect, it } from 'vitest';
import { inlineText, sourceSpan } from './inline-text.ts';

const plain = (source: string) => inlineText(source, [{ start: 0, end: source.length }]).text;

describe('inline Markdown to plain text', () => {
  it('keeps the words of links and drops their addresses, images and citation marks', () => {
    expect(plain('Read [the guide](https://example.com/a_(b)) and ![a photo](x.png) now[1][^2].')).toBe(
      'Read the guide and now.',
    );
    expect(plain('See [notes][ref] here.')).toBe('See notes here.');
  });

  it('drops emphasis markers but keeps asterisks and underscores that are text', () => {
    expect(plain('**Bold** and *soft* and __also__ but 2 * 3 and snake_case')).toBe(
      'Bold and soft and also but 2 * 3 and snake_case',
    );
  });

  it('drops bare URLs, autolinks and inline tags, with their parentheses', () => {
    expect(
      plain('Help is at (https://example.org/help). Or <https://x.org> or www.example.com, <b>ok</b>'),
    ).toBe('Help is at . Or or , ok');
  });

  it('honours backslash escapes and collapses spaces', () => {
    expect(plain('\\*not bold\\*   and\ttabs')).toBe('*not bold* and tabs');
  });

  it('maps every plain character back to the source', () => {
    const source = 'A [link](http://x.y) **here**';
    const inline = inlineText(source, [{ start: 0, end: source.length }]);
    expect(inline.text).toBe('A link here');
    const span = sourceSpan(inline, 2, 6);
    expect(source.slice(span.start, span.end)).toBe('link');
  });

  it('stays linear on a long line of unmatched brackets', () => {
    const source = '['.repeat(300_000);
    expect(plain(source)).toHaveLength(300_000);
  });
});
