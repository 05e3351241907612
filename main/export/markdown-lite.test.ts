import { describe, expect, it } from 'vitest';
import { renderInline, renderMarkdownLite } from './markdown-lite.ts';

describe('renderMarkdownLite', () => {
  it('splits paragraphs on blank lines and keeps single line breaks', () => {
    expect(renderMarkdownLite('First line\nsecond line\n\nNext paragraph')).toBe(
      '<p dir="auto">First line<br>\nsecond line</p>\n<p dir="auto">Next paragraph</p>',
    );
  });

  it('renders - and * bullets as one list, and numbered items as an ordered list that keeps its start', () => {
    const html = renderMarkdownLite('- walk\n* call a friend\n\n3. sleep\n4) eat');
    expect(html).toBe(
      '<ul><li dir="auto">walk</li><li dir="auto">call a friend</li></ul>\n' +
        '<ol start="3"><li dir="auto">sleep</li><li dir="auto">eat</li></ol>',
    );
  });

  it('continues a list item on an indented line and ends the list at an unindented one', () => {
    expect(renderMarkdownLite('- one\n  more of one\nafter')).toBe(
      '<ul><li dir="auto">one<br>\nmore of one</li></ul>\n<p dir="auto">after</p>',
    );
  });

  it('does not start a list without a space after the marker', () => {
    expect(renderMarkdownLite('-5 degrees\n1.5 litres')).toBe('<p dir="auto">-5 degrees<br>\n1.5 litres</p>');
  });

  it('accepts Windows line endings', () => {
    expect(renderMarkdownLite('a\r\n\r\nb')).toBe('<p dir="auto">a</p>\n<p dir="auto">b</p>');
  });

  it('renders nothing for an empty body', () => {
    expect(renderMarkdownLite('  \n\n')).toBe('');
  });
});

describe('renderInline', () => {
  it.each([
    ['**bold**', '<strong>bold</strong>'],
    ['*soft*', '<em>soft</em>'],
    ['***both***', '<em><strong>both</strong></em>'],
    ['*a **b** c*', '<em>a <strong>b</strong> c</em>'],
    ['**x*', '*<em>x</em>'],
    ['*x**', '<em>x</em>*'],
    ['2 * 3 * 4', '2 * 3 * 4'],
    ['a *lonely star', 'a *lonely star'],
    ['**across\nlines**', '<strong>across<br>\nlines</strong>'],
  ])('formats %j', (text, html) => {
    expect(renderInline(text)).toBe(html);
  });

  it('always produces well-nested tags, whatever the asterisks', () => {
    for (const text of ['*a **b c*', '**a *b** c*', '***a* b**', '*a*b*c*d', '****x****', '* * * *x* *']) {
      const stack: string[] = [];
      for (const [, closing, name] of renderInline(text).matchAll(/<(\/?)(strong|em)>/g)) {
        if (closing) expect(stack.pop()).toBe(name);
        else stack.push(name!);
      }
      expect(stack).toEqual([]);
    }
  });

  it('prints markup a user typed as text', () => {
    const html = renderMarkdownLite(
      '<script>alert(1)</script>\n<img src=x onerror="alert(2)">\n[link](javascript:alert(3)) & "quotes" \'too\'',
    );
    expect(html).not.toMatch(/<(script|img|a)\b/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
    expect(html).toContain('[link](javascript:alert(3)) &amp; &quot;quotes&quot; &#39;too&#39;');
  });

  it('escapes markup inside emphasis too', () => {
    expect(renderInline('**<b>x</b>**')).toBe('<strong>&lt;b&gt;x&lt;/b&gt;</strong>');
  });

  it('renders a long body full of unmatched asterisks', () => {
    const text = '*a '.repeat(60_000);
    expect(renderInline(text)).toBe(text.replaceAll('\n', '<br>\n'));
  });
});
