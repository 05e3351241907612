/**
 * Renders an entry body written in Markdown-lite to HTML: paragraphs (blank-line separated, single
 * line breaks kept), `-` and `*` bullet lists, numbered lists, **bold** and *emphasis*. Nothing else
 * is markup: there are no links, images or raw HTML, so `<script>` or `javascript:` print as text.
 *
 * Safety comes from the order of work: the text is cut into pieces, every piece is escaped, and only
 * then are the few fixed tags put around them. Emphasis is matched with a stack in one pass, so a
 * 200,000-character body full of stray asterisks still renders in linear time.
 */
import { escapeHtml } from './html-escape.ts';

type Block =
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'bullets'; items: string[][] }
  | { kind: 'numbers'; start: number; items: string[][] };

const BULLET = /^ {0,3}[-*][ \t]+(\S.*)$/;
const NUMBERED = /^ {0,3}(\d{1,9})[.)][ \t]+(\S.*)$/;
const CONTINUATION = /^[ \t]+(\S.*)$/;

/** The HTML for a Markdown-lite text; every block carries `dir="auto"` so right-to-left text reads right. */
export function renderMarkdownLite(text: string): string {
  return parseBlocks(text).map(renderBlock).join('\n');
}

function parseBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '') {
      current = null;
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (bullet) {
      if (current?.kind !== 'bullets') {
        current = { kind: 'bullets', items: [] };
        blocks.push(current);
      }
      current.items.push([bullet[1]!]);
    } else if (numbered) {
      if (current?.kind !== 'numbers') {
        current = { kind: 'numbers', start: Number(numbered[1]), items: [] };
        blocks.push(current);
      }
      current.items.push([numbered[2]!]);
    } else if (current && current.kind !== 'paragraph' && CONTINUATION.test(line)) {
      current.items.at(-1)!.push(line.trim());
    } else if (current?.kind === 'paragraph') {
      current.lines.push(line);
    } else {
      current = { kind: 'paragraph', lines: [line] };
      blocks.push(current);
    }
  }
  return blocks;
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p dir="auto">${renderInline(block.lines.join('\n'))}</p>`;
    case 'bullets':
      return `<ul>${renderItems(block.items)}</ul>`;
    case 'numbers': {
      const start = block.start === 1 ? '' : ` start="${block.start}"`;
      return `<ol${start}>${renderItems(block.items)}</ol>`;
    }
  }
}

function renderItems(items: string[][]): string {
  return items.map((lines) => `<li dir="auto">${renderInline(lines.join('\n'))}</li>`).join('');
}

interface Delimiter {
  /** Index of this run in the piece list. */
  piece: number;
  remaining: number;
}

interface Run {
  kind: 'run';
  length: number;
  opening: string[];
  closing: string[];
  leftover: number;
}

/** Inline formatting of one block's text: escaped text with <strong>, <em> and <br> only. */
export function renderInline(text: string): string {
  const pieces: (string | Run)[] = [];
  const openers: Delimiter[] = [];
  let position = 0;
  for (const match of text.matchAll(/\*+/g)) {
    const start = match.index;
    const end = start + match[0].length;
    if (start > position) pieces.push(text.slice(position, start));
    position = end;
    const run: Run = { kind: 'run', length: match[0].length, opening: [], closing: [], leftover: 0 };
    pieces.push(run);
    const canClose = start > 0 && !/\s/.test(text[start - 1]!);
    const canOpen = end < text.length && !/\s/.test(text[end]!);
    let remaining = run.length;
    while (canClose && remaining > 0 && openers.length > 0) {
      const opener = openers.at(-1)!;
      const openerRun = pieces[opener.piece] as Run;
      const used = Math.min(2, opener.remaining, remaining);
      const tag = used === 2 ? 'strong' : 'em';
      // The first pair matched is the innermost: its opening tag goes last, its closing tag first.
      openerRun.opening.unshift(`<${tag}>`);
      run.closing.push(`</${tag}>`);
      opener.remaining -= used;
      remaining -= used;
      if (opener.remaining === 0) openers.pop();
    }
    if (remaining > 0 && canOpen) openers.push({ piece: pieces.length - 1, remaining });
    else run.leftover = remaining;
  }
  if (position < text.length) pieces.push(text.slice(position));
  for (const opener of openers) (pieces[opener.piece] as Run).leftover = opener.remaining;

  return pieces
    .map((piece) => {
      if (typeof piece === 'string') return escapeHtml(piece).replaceAll('\n', '<br>\n');
      const literal = '*'.repeat(piece.leftover);
      // Unmatched asterisks stay outside the tags: before an opening, after a closing.
      return piece.closing.join('') + (piece.opening.length > 0 ? literal + piece.opening.join('') : literal);
    })
    .join('');
}
