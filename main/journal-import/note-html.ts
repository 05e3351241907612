/**
 * Notes that other apps keep as HTML (Daylio's notes, Mini Diarium's entries) as the Markdown-lite
 * text Interlude shows. Only the formatting those editors make is read as markup; anything else that
 * looks like a tag (“<grin>”, “<3”) is the writer's own text and stays exactly as written.
 */
import { decodeHTMLAttribute, decodeHTMLStrict } from 'entities';
import { Parser } from 'htmlparser2';

const BLOCKS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'pre']);
const MARKS: Readonly<Record<string, string>> = {
  b: '**',
  strong: '**',
  i: '_',
  em: '_',
  s: '~~',
  strike: '~~',
  del: '~~',
};
const SILENT = new Set(['span', 'u', 'mark', 'code', 'font', 'small', 'sub', 'sup', 'html', 'body']);

/** True when the text holds markup one of those editors writes. */
export function looksLikeHtml(text: string): boolean {
  // Bounded, so a text of many unclosed “<p” is tested in linear time.
  return /<\/?(p|div|br|b|i|u|s|em|strong|span|ul|ol|li|a|h[1-6])\b[^>]{0,2000}>/i.test(text);
}

/**
 * The HTML as text: paragraphs and line breaks as new lines, bold and italics as Markdown, and
 * entities decoded only when whole (`&amp;`, `&#39;`): the lenient reading of `&not` in “I &notice”
 * as “I ¬ice” would change the writer's words.
 */
export function htmlToText(html: string): string {
  let out = '';
  // New lines a block asks for, written only when more text follows, so blocks never pile up blank
  // lines; line breaks the writer made (<br>) are all kept.
  let pendingBreaks = 0;
  let pendingText = '';
  const links: string[] = [];
  const emit = (text: string) => {
    if (pendingBreaks > 0 && out !== '') {
      const present = /\n*$/.exec(out)?.[0].length ?? 0;
      out += '\n'.repeat(Math.max(0, pendingBreaks - present));
    }
    pendingBreaks = 0;
    out += text;
  };
  const flushText = () => {
    const text = decodeHTMLStrict(pendingText);
    pendingText = '';
    // Spaces between two blocks are the markup's layout, not the writer's.
    if (text === '' || (pendingBreaks > 0 && text.trim() === '')) return;
    emit(text);
  };
  const write = (markup: string) => {
    flushText();
    emit(markup);
  };
  const breakAfter = (count: number) => {
    flushText();
    pendingBreaks = Math.max(pendingBreaks, count);
  };
  const raw = () => html.slice(parser.startIndex, parser.endIndex + 1);
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'br') write('\n');
        else if (BLOCKS.has(name)) breakAfter(2);
        else if (name === 'li') {
          breakAfter(1);
          write('- ');
        } else if (name in MARKS) write(MARKS[name]!);
        else if (name === 'a') links.push(decodeHTMLAttribute(attributes.href ?? ''));
        else if (!SILENT.has(name)) write(raw());
      },
      ontext(text) {
        pendingText += text;
      },
      onclosetag(name, implied) {
        if (BLOCKS.has(name)) breakAfter(2);
        else if (name === 'li') breakAfter(1);
        else if (name in MARKS) write(MARKS[name]!);
        else if (name === 'a') {
          flushText();
          const href = links.pop();
          // The address is part of what was written; keep it beside the words that carried it.
          if (href && !out.endsWith(href)) write(` (${href})`);
        } else if (!implied && name !== 'br' && !SILENT.has(name)) write(raw());
      },
    },
    { decodeEntities: false, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flushText();
  return out.replace(/\u00a0/g, ' ');
}
