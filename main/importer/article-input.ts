/**
 * The gate in front of the importer: size, binary content, and the format of what came in.
 */
import { ARTICLE_MAX_BYTES } from '../../shared/api.ts';
import { InterludeError } from '../../shared/errors.ts';

/** The UTF-8 size of a string, counted without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        index += 1;
      } else {
        bytes += 3;
      }
    } else bytes += 3;
  }
  return bytes;
}

/** Refuses articles over 2 MB and content that is not text, with messages that say what to do. */
export function checkArticleInput(content: string): void {
  if (content.length > ARTICLE_MAX_BYTES || utf8Length(content) > ARTICLE_MAX_BYTES) {
    throw new InterludeError(
      'TOO_LARGE',
      'This article is larger than 2 MB, more than Interlude can import. Save only the article’s text (a shorter file) and import that.',
    );
  }
  const start = content.slice(0, 16).replace(/^\uFEFF/, '');
  if (start.startsWith('%PDF-')) {
    throw new InterludeError(
      'INVALID_INPUT',
      'PDF files cannot be imported. Copy the article’s text into a .txt or .md file and import that instead.',
    );
  }
  if (start.startsWith('{\\rtf')) {
    throw new InterludeError(
      'INVALID_INPUT',
      'Rich text (.rtf) files cannot be imported. Save the article as plain text or Markdown and import that instead.',
    );
  }
  if (looksBinary(content)) {
    throw new InterludeError(
      'INVALID_INPUT',
      'This file does not look like text. Import an article saved as plain text, Markdown or a web page (.txt, .md or .html).',
    );
  }
}

/** NUL characters, or more than a few control or replacement characters, mean this is not text. */
function looksBinary(content: string): boolean {
  if (content.includes('\u0000')) return true;
  const sample = content.length > 65_536 ? content.slice(0, 65_536) : content;
  let suspicious = 0;
  for (let index = 0; index < sample.length; index += 1) {
    const code = sample.charCodeAt(index);
    const control = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c;
    if (control || code === 0x7f || code === 0xfffd) suspicious += 1;
  }
  return suspicious > 8 && suspicious > sample.length / 100;
}

const HTML_EXTENSIONS = /\.(html?|xhtml|xht|htm)$/i;
const TEXT_EXTENSIONS = /\.(md|markdown|mdown|mkd|txt|text)$/i;

/** True when the content should be read as a web page rather than text or Markdown. */
export function isHtml(fileName: string, content: string): boolean {
  if (HTML_EXTENSIONS.test(fileName)) return true;
  const head = content
    .slice(0, 4096)
    .replace(/^[\s\uFEFF]+/, '')
    .toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /<html[\s>]|<body[\s>]/.test(head)) {
    return true;
  }
  // Without a telling extension or doctype, a page fragment shows itself by its block tags; a
  // text file needs more of them (and must open with a tag) before it is read as a page.
  const sample = content.slice(0, 20_000);
  const tags =
    sample.match(/<(p|div|h[1-6]|li|ul|ol|article|section|br|span|a)\b[^<>]{0,300}>/gi)?.length ?? 0;
  if (TEXT_EXTENSIONS.test(fileName)) return tags >= 10 && head.startsWith('<');
  return tags >= 5;
}
