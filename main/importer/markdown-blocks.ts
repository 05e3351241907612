/**
 * Plain text and Markdown (and saved pages, once html-to-text has rendered them) into blocks:
 * headings, paragraphs and list items, each with its plain text and where it came from.
 *
 * Headings come in many shapes, and each block remembers which one it had, so the section finder
 * can decide which shape divides the article: `#`–`######` and underlined (setext) headings; lines
 * like "Step 2: Give Yourself Space" or "Part II — After"; a numbered line standing alone before
 * its paragraph ("2. Give Yourself Space"); a bold line standing alone; and, in plain text, a short
 * title-like line standing alone.
 *
 * The scan is line by line with string operations only; every line is looked at a bounded number
 * of times.
 */
import { type InlineText, inlineText, type Span, sliceInline, trimInline } from './inline-text.ts';
import { isTitleCase, isTitleLike } from './text-shape.ts';

/** How a heading was written. */
export type HeadingStyle = 'atx' | 'setext' | 'step' | 'numbered' | 'bold' | 'plain';

export interface TextBlock {
  kind: 'heading' | 'paragraph' | 'item';
  /** For headings: how it was written. */
  style: HeadingStyle | null;
  /** For `#` and underlined headings, 1–6; 0 otherwise. */
  level: number;
  /** For items: "1." or "a)" rather than a bullet. */
  ordered: boolean;
  /** Plain text (inline Markdown removed), with source positions. */
  inline: InlineText;
  /** Where the block's content lies in the cleaned text. */
  span: Span;
  /** A blank line (or the start of the text, or a heading) comes right before it. */
  blankBefore: boolean;
  /** For items: how far the item's line is indented (a nested item is indented more). */
  indent: number;
}

export interface ParsedText {
  blocks: TextBlock[];
  /** A `title:` from YAML front matter, if the file has one. */
  frontMatterTitle: string | null;
}

/**
 * No article has this many paragraphs, headings and list items (2 MB of prose makes ten to twenty
 * thousand); past it, the rest of the text is ignored so a file of tiny fragments stays quick.
 */
export const MAX_BLOCKS = 40_000;

const BULLETS = '-*+•◦▪‣●○■□✓✔✅☐☑➢►▸▹→⁃◆◇❖★☆–';
/** Bullets outside the Basic Multilingual Plane take two code units. */
const WIDE_BULLETS = ['👉', '🔹', '🔸', '✔️', '➡️'];
const STEP_WORDS =
  /^(step|part|phase|stage|tip|lesson|chapter|section|exercise|day|week|module|question|prompt|reflection)\s+(#?\d{1,3}|[ivxlc]{1,7}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?=[\s:.)\-–—]|$)[ \t]*[:.)\-–—]?[ \t]*/i;
const ITEM_STEP_WORDS = new Set(['question', 'prompt', 'reflection']);

interface OpenBlock {
  kind: TextBlock['kind'];
  style: HeadingStyle | null;
  level: number;
  ordered: boolean;
  numbered: boolean;
  ranges: Span[];
  blankBefore: boolean;
  indent: number;
  /** A blank line has passed since the last line of this block (items may continue after one). */
  blankSince: boolean;
}

/** Cuts text into heading, paragraph and list item blocks. */
export function parseBlocks(text: string): ParsedText {
  const blocks: TextBlock[] = [];
  const numbered = new Set<TextBlock>();
  let current: OpenBlock | null = null;
  let blankBefore = true;
  let fence: string | null = null;

  const close = () => {
    if (!current) return;
    const block = finish(text, current);
    if (block) {
      blocks.push(block);
      if (current.numbered) numbered.add(block);
    }
    current = null;
  };
  let lineIndent = 0;
  const open = (block: Omit<OpenBlock, 'blankBefore' | 'blankSince' | 'indent'>) => {
    close();
    current = { ...block, blankBefore, blankSince: false, indent: lineIndent };
    blankBefore = block.kind === 'heading';
  };

  const { frontMatterTitle, bodyStart } = readFrontMatter(text);
  let lineStart = bodyStart;
  while (lineStart <= text.length && blocks.length < MAX_BLOCKS) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const nextLine = lineEnd + 1;
    let position = skipBlanks(text, lineStart, lineEnd);
    const indent = position - lineStart;
    lineIndent = indent;

    if (fence !== null) {
      if (text.startsWith(fence, position)) fence = null;
      lineStart = nextLine;
      continue;
    }
    if (position >= lineEnd) {
      const block = current as OpenBlock | null;
      if (block) block.blankSince = true;
      if (block?.kind !== 'item') close();
      blankBefore = true;
      lineStart = nextLine;
      continue;
    }
    // Block quotes read as their content.
    while (position < lineEnd && text[position] === '>') position = skipBlanks(text, position + 1, lineEnd);
    if (position >= lineEnd) {
      lineStart = nextLine;
      continue;
    }
    const contentEnd = trimEndPosition(text, position, lineEnd);
    const first = text[position]!;

    if (indent <= 3 && (text.startsWith('```', position) || text.startsWith('~~~', position))) {
      close();
      fence = text.slice(position, position + 3);
      blankBefore = true;
      lineStart = nextLine;
      continue;
    }
    if (text.startsWith('<!--', position)) {
      lineStart = nextLine;
      continue;
    }

    const c = current as OpenBlock | null;
    // An underline turns the single line above it into a heading.
    if (
      c &&
      c.kind === 'paragraph' &&
      c.ranges.length === 1 &&
      !c.blankSince &&
      (first === '=' || first === '-')
    ) {
      if (isRunOf(text, position, contentEnd, first, 1)) {
        c.kind = 'heading';
        c.style = 'setext';
        c.level = first === '=' ? 1 : 2;
        close();
        blankBefore = true;
        lineStart = nextLine;
        continue;
      }
    }
    if ((first === '-' || first === '*' || first === '_') && isThematicBreak(text, position, contentEnd)) {
      close();
      blankBefore = true;
      lineStart = nextLine;
      continue;
    }
    if (first === '#') {
      const heading = atxHeading(text, position, contentEnd);
      if (heading) {
        open({
          kind: 'heading',
          style: 'atx',
          level: heading.level,
          ordered: false,
          numbered: false,
          ranges: [heading.range],
        });
        close();
        lineStart = nextLine;
        continue;
      }
    }
    // "**Step 1:** Go to bed earlier": a bold step label reads as the label does.
    const marker = text.startsWith('**', position) || text.startsWith('__', position) ? 2 : 0;
    const step = STEP_WORDS.exec(text.slice(position + marker, Math.min(contentEnd, position + 80)));
    if (step) {
      let restStart = position + marker + step[0].length;
      if (marker > 0 && text.startsWith(text.slice(position, position + 2), restStart)) {
        restStart = skipBlanks(text, restStart + 2, contentEnd);
      }
      const rest = text.slice(restStart, contentEnd).replace(/(\*\*|__)\s*$/, '');
      const isItem = ITEM_STEP_WORDS.has(step[1]!.toLowerCase()) || (rest !== '' && !isTitleLike(rest, 16));
      if (isItem) {
        open({
          kind: 'item',
          style: null,
          level: 0,
          ordered: true,
          numbered: false,
          ranges: [{ start: restStart < contentEnd ? restStart : position, end: contentEnd }],
        });
      } else {
        open({
          kind: 'heading',
          style: 'step',
          level: 0,
          ordered: false,
          numbered: false,
          ranges: [{ start: position, end: contentEnd }],
        });
        close();
      }
      lineStart = nextLine;
      continue;
    }
    const item = listItem(text, position, contentEnd);
    // A wrapped line that happens to start "2. " continues its paragraph; only "1." starts a list there.
    const continuesParagraph = item?.ordered && item.value !== 1 && c?.kind === 'paragraph' && !c.blankSince;
    if (item && !continuesParagraph) {
      open({
        kind: 'item',
        style: null,
        level: 0,
        ordered: item.ordered,
        numbered: item.numbered,
        ranges: [item.range],
      });
      lineStart = nextLine;
      continue;
    }
    const startsBlock = !current || c?.blankSince || c?.kind === 'heading';
    if (startsBlock && isBoldLine(text, position, contentEnd)) {
      open({
        kind: 'heading',
        style: 'bold',
        level: 0,
        ordered: false,
        numbered: false,
        ranges: [{ start: position, end: contentEnd }],
      });
      close();
      lineStart = nextLine;
      continue;
    }
    const range = { start: position, end: contentEnd };
    if (c && c.kind === 'paragraph' && !c.blankSince) {
      c.ranges.push(range);
    } else if (c && c.kind === 'item' && (!c.blankSince || indent >= 2)) {
      c.ranges.push(range);
      c.blankSince = false;
    } else {
      open({ kind: 'paragraph', style: null, level: 0, ordered: false, numbered: false, ranges: [range] });
    }
    lineStart = nextLine;
  }
  close();
  return { blocks: findPseudoHeadings(blocks, numbered), frontMatterTitle };
}

function finish(text: string, block: OpenBlock): TextBlock | null {
  const inline = trimInline(inlineText(text, block.ranges));
  if (inline.text === '') return null;
  const first = block.ranges[0]!;
  const last = block.ranges[block.ranges.length - 1]!;
  return {
    kind: block.kind,
    style: block.style,
    level: block.level,
    ordered: block.ordered,
    inline,
    span: { start: first.start, end: last.end },
    blankBefore: block.blankBefore,
    indent: block.indent,
  };
}

/**
 * Numbered lines standing alone before a paragraph become headings ("2. Give Yourself Space"), and
 * so does a numbered Title Case line whose paragraph follows without a blank line. In plain text, a
 * short title-like line standing alone before a paragraph becomes a "plain" heading candidate.
 */
function findPseudoHeadings(blocks: TextBlock[], numbered: Set<TextBlock>): TextBlock[] {
  const out: TextBlock[] = [];
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index]!;
    const next = blocks[index + 1];
    const previous = out[out.length - 1];
    if (block.kind === 'item' && numbered.has(block)) {
      // Right under another one-line item, a numbered line is part of a list.
      const inTightList = previous?.kind === 'item' && !block.blankBefore;
      const firstLineEnd = lineBreakIn(block);
      // Under it, a paragraph or a bulleted list ("2. Eat something warm" / "• Soup, tea").
      const opensSection = next?.kind === 'paragraph' || (next?.kind === 'item' && !next.ordered);
      if (
        !inTightList &&
        firstLineEnd < 0 &&
        block.blankBefore &&
        opensSection &&
        isTitleLike(block.inline.text)
      ) {
        out.push({ ...block, kind: 'heading', style: 'numbered', ordered: false });
        continue;
      }
      if (!inTightList && firstLineEnd > 0) {
        const head = trimInline(sliceInline(block.inline, 0, firstLineEnd));
        const body = trimInline(sliceInline(block.inline, firstLineEnd, block.inline.text.length));
        // "1. Let yourself cry" / "There is no schedule for sadness.": a short unpunctuated first
        // line over a longer sentence is a heading even in sentence case.
        const secondLineEnd = block.inline.lineStarts[1] ?? block.inline.text.length;
        const secondLine = block.inline.text.slice(firstLineEnd + 1, secondLineEnd);
        const headingShaped =
          isTitleCase(head.text) ||
          (!/[.,;:!?…]/.test(head.text) && secondLine.length >= head.text.length * 1.5);
        if (isTitleLike(head.text, 12) && headingShaped && /^[\p{Lu}\d"“‘(]/u.test(body.text)) {
          out.push({ ...block, kind: 'heading', style: 'numbered', ordered: false, inline: head });
          out.push({ ...block, kind: 'paragraph', ordered: false, inline: body, blankBefore: false });
          continue;
        }
      }
    }
    if (block.kind === 'paragraph' && block.blankBefore && lineBreakIn(block) > 0) {
      const split = splitPlainHeading(block);
      if (split) {
        out.push(...split);
        continue;
      }
    }
    if (
      block.kind === 'paragraph' &&
      block.blankBefore &&
      (next?.kind === 'paragraph' || next?.kind === 'item') &&
      lineBreakIn(block) < 0 &&
      isTitleLike(block.inline.text, 10) &&
      !/[:]$/.test(block.inline.text) &&
      (isTitleCase(block.inline.text) || block.inline.text.split(' ').length <= 6)
    ) {
      out.push({ ...block, kind: 'heading', style: 'plain' });
      continue;
    }
    out.push(block);
  }
  return out;
}

/**
 * In plain text, a short line with no punctuation right above the sentences it introduces
 * ("Give yourself time" / "Healing takes longer…") is a heading candidate.
 */
function splitPlainHeading(block: TextBlock): TextBlock[] | null {
  const lineEnd = lineBreakIn(block);
  const head = trimInline(sliceInline(block.inline, 0, lineEnd));
  const body = trimInline(sliceInline(block.inline, lineEnd, block.inline.text.length));
  const secondLineEnd = block.inline.lineStarts[1] ?? block.inline.text.length;
  const secondLine = block.inline.text.slice(lineEnd + 1, secondLineEnd);
  // "Create Distance, Gently": a comma is allowed in a heading written in Title Case.
  const punctuation = isTitleCase(head.text) ? /[.;:!?…]/ : /[.,;:!?…]/;
  if (!isTitleLike(head.text, 8) || punctuation.test(head.text)) return null;
  if (!/^[\p{Lu}"“‘(]/u.test(body.text) || secondLine.length < head.text.length * 1.5) return null;
  return [
    { ...block, kind: 'heading', style: 'plain', inline: head },
    { ...block, kind: 'paragraph', inline: body, blankBefore: false },
  ];
}

/** Where the block's first source line ends (the joining space), in plain-text positions; -1 for one line. */
function lineBreakIn(block: TextBlock): number {
  const first = block.inline.lineStarts[0];
  return first === undefined ? -1 : first - 1;
}

function readFrontMatter(text: string): { frontMatterTitle: string | null; bodyStart: number } {
  if (!text.startsWith('---\n')) return { frontMatterTitle: null, bodyStart: 0 };
  const close = text.indexOf('\n---', 3);
  if (close < 0 || close > 5000) return { frontMatterTitle: null, bodyStart: 0 };
  const lines = text.slice(4, close).split('\n');
  if (!lines.every((line) => line.trim() === '' || /^[\w-]+:/.test(line) || /^\s/.test(line))) {
    return { frontMatterTitle: null, bodyStart: 0 };
  }
  let title: string | null = null;
  for (const line of lines) {
    const match = /^title:[ \t]*(.*)$/i.exec(line);
    if (match) title = match[1]!.trim().replace(/^(["'])(.*)\1$/, '$2') || null;
  }
  const afterClose = text.indexOf('\n', close + 4);
  return { frontMatterTitle: title, bodyStart: afterClose < 0 ? text.length : afterClose + 1 };
}

function skipBlanks(text: string, start: number, end: number): number {
  let position = start;
  while (position < end && (text[position] === ' ' || text[position] === '\t' || text[position] === '\r'))
    position += 1;
  return position;
}

function trimEndPosition(text: string, start: number, end: number): number {
  let position = end;
  while (
    position > start &&
    (text[position - 1] === ' ' || text[position - 1] === '\t' || text[position - 1] === '\r')
  ) {
    position -= 1;
  }
  return position;
}

function isRunOf(text: string, start: number, end: number, char: string, minimum: number): boolean {
  if (end - start < minimum) return false;
  for (let position = start; position < end; position += 1) if (text[position] !== char) return false;
  return true;
}

function isThematicBreak(text: string, start: number, end: number): boolean {
  const char = text[start];
  let count = 0;
  for (let position = start; position < end; position += 1) {
    if (text[position] === char) count += 1;
    else if (text[position] !== ' ' && text[position] !== '\t') return false;
  }
  return count >= 3;
}

function atxHeading(text: string, start: number, end: number): { level: number; range: Span } | null {
  let position = start;
  while (position < end && text[position] === '#' && position - start < 7) position += 1;
  const level = position - start;
  if (level > 6 || (position < end && text[position] !== ' ' && text[position] !== '\t')) return null;
  const contentStart = skipBlanks(text, position, end);
  let contentEnd = end;
  // A closing run of #s is decoration, when a space separates it from the text.
  let closing = contentEnd;
  while (closing > contentStart && text[closing - 1] === '#') closing -= 1;
  if (
    closing < contentEnd &&
    (closing === contentStart || text[closing - 1] === ' ' || text[closing - 1] === '\t')
  ) {
    contentEnd = trimEndPosition(text, contentStart, closing);
  }
  if (contentEnd <= contentStart) return null;
  return { level, range: { start: contentStart, end: contentEnd } };
}

function listItem(
  text: string,
  start: number,
  end: number,
): { ordered: boolean; numbered: boolean; value?: number; range: Span } | null {
  const first = text[start]!;
  const isSpace = (position: number) => text[position] === ' ' || text[position] === '\t';
  const wide = WIDE_BULLETS.find((bullet) => text.startsWith(bullet, start));
  const bulletLength = wide ? wide.length : BULLETS.includes(first) ? 1 : 0;
  if (bulletLength > 0 && isSpace(start + bulletLength)) {
    let contentStart = skipBlanks(text, start + bulletLength, end);
    // A task-list box ("- [ ] ", "- [x] ") is not part of the item's text.
    if (/^\[[ xX]\][ \t]/.test(text.slice(contentStart, contentStart + 4))) {
      contentStart = skipBlanks(text, contentStart + 4, end);
    }
    return contentStart < end
      ? { ordered: false, numbered: false, range: { start: contentStart, end } }
      : null;
  }
  let position = start;
  if (first === '(') position += 1;
  const digitsStart = position;
  while (position < end && position - digitsStart < 3 && text[position]! >= '0' && text[position]! <= '9')
    position += 1;
  let numbered = position > digitsStart;
  if (!numbered && position < end && /[a-z]/.test(text[position]!) && text[position + 1] === ')')
    position += 1;
  else if (!numbered) return null;
  const marker = text[position];
  if (marker !== '.' && marker !== ')') return null;
  if (first === '(' && marker !== ')') return null;
  numbered = numbered && first !== '(';
  if (!isSpace(position + 1)) return null;
  const contentStart = skipBlanks(text, position + 1, end);
  if (contentStart >= end) return null;
  const value = Number.parseInt(text.slice(digitsStart, position), 10);
  return {
    ordered: true,
    numbered,
    value: Number.isNaN(value) ? 1 : value,
    range: { start: contentStart, end },
  };
}

/** A line that is all bold: `**Like this**` or `__like this__:`. */
function isBoldLine(text: string, start: number, end: number): boolean {
  if (end - start > 200) return false;
  const line = text.slice(start, end).replace(/:$/, '');
  for (const marker of ['**', '__']) {
    if (line.length > 4 && line.startsWith(marker) && line.endsWith(marker)) {
      return !line.slice(2, -2).includes(marker);
    }
  }
  return false;
}
