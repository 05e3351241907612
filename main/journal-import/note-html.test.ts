/** HTML notes as the words the writer typed: formatting read, everything else kept as written. */
import { describe, expect, it } from 'vitest';
import { htmlToText } from './note-html.ts';

describe('htmlToText', () => {
  it('reads the formatting journal editors write as Markdown-lite', () => {
    expect(htmlToText('<p><strong>Bold</strong> and <em>italic</em></p><p>Next<br>line</p>')).toBe(
      '**Bold** and _italic_\n\nNext\nline',
    );
    expect(htmlToText('<ul>\n  <li>one</li>\n  <li>two</li>\n</ul><p>after</p>')).toBe(
      '- one\n- two\n\nafter',
    );
    expect(htmlToText('<p>Read <a href="https://example.org/?a=1&amp;b=2">this</a>.</p>')).toBe(
      'Read this (https://example.org/?a=1&b=2).',
    );
  });

  it('decodes whole entities only, so “&notice” and “&copy” stay as typed', () => {
    expect(htmlToText('Tom &amp; me &lt;3 &#39;hi&#39; &#x1F331;')).toBe("Tom & me <3 'hi' 🌱");
    expect(htmlToText('I &notice things &copy R&D AT&T fish&chips')).toBe(
      'I &notice things &copy R&D AT&T fish&chips',
    );
  });

  it('keeps what only looks like a tag, and every line break the writer made', () => {
    expect(htmlToText('I <3 you <grin> and a < b')).toBe('I <3 you <grin> and a < b');
    expect(htmlToText('x<br>y<br><br><br>z')).toBe('x\ny\n\n\nz');
  });
});
