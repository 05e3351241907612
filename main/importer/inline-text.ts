/**
 * Inline Markdown to plain text, remembering where every character came from so a prompt can point
 * back at its source. Links keep their words and lose their address; images, footnote and citation
 * marks, inline HTML tags and bare URLs disappear; bold is noted (a bold lead-in becomes a title).
 *
 * Every look-ahead goes through a cached "next occurrence" search, so a line full of unmatched
 * brackets still costs linear time.
 */

/** A range of UTF-16 code units, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Plain text with, for each of its characters, the position it came from in the source. */
export interface InlineText {
  text: string;
  offsets: Int32Array;
  /** Bold runs, in positions of `text`. */
  bold: Span[];
  /** Where each source line after the first begins, in positions of `text`. */
  lineStarts: number[];
}

const LINK_TEXT_LIMIT = 500;
const LINK_TARGET_LIMIT = 2000;
const TAG_LIMIT = 300;

/**
 * The next position of a character before a limit (the end of the current line range), cached:
 * successive searches move forward, so each character of a range is scanned at most once.
 */
class NextFinder {
  private readonly source: string;
  private readonly char: string;
  private from = -1;
  private limit = -1;
  private found = -1;

  constructor(source: string, char: string) {
    this.source = source;
    this.char = char;
  }

  next(from: number, limit: number): number {
    if (limit === this.limit && from >= this.from && (this.found === -1 || this.found >= from))
      return this.found;
    let index = from;
    while (index < limit && this.source[index] !== this.char) index += 1;
    this.from = from;
    this.limit = limit;
    this.found = index < limit ? index : -1;
    return this.found;
  }
}

function isAsciiPunctuation(char: string | undefined): boolean {
  return char !== undefined && char.length === 1 && /[!-/:-@[-`{-~]/.test(char);
}

function isAlphanumeric(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

function isAsciiSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\f' || char === '\v';
}

/**
 * Collects plain text: characters copied from the source in runs (sliced in one piece), plus the
 * occasional character of our own (a joining space), each with its source position.
 */
let scratch = new Int32Array(4096);

class PlainBuilder {
  readonly offsets: Int32Array;
  length = 0;
  private readonly source: string;
  private readonly chunks: string[] = [];
  private runStart = -1;
  private runEnd = -1;
  private last = '';

  constructor(source: string, capacity: number) {
    this.source = source;
    // One scratch buffer serves every call (the importer is synchronous); finish() copies out.
    if (scratch.length < capacity) scratch = new Int32Array(Math.max(capacity, scratch.length * 2));
    this.offsets = scratch;
  }

  get lastChar(): string {
    return this.last;
  }

  /** Copies the source character at `index`. */
  keep(index: number): void {
    if (this.runStart >= 0 && index !== this.runEnd) this.flush();
    if (this.runStart < 0) this.runStart = index;
    this.runEnd = index + 1;
    this.offsets[this.length] = index;
    this.length += 1;
    this.last = this.source[index]!;
  }

  /** Adds a character of our own, placed at source position `offset`. */
  add(char: string, offset: number): void {
    this.flush();
    this.chunks.push(char);
    this.offsets[this.length] = offset;
    this.length += 1;
    this.last = char;
  }

  /** A single space, unless the text is empty or already ends in one. */
  space(offset: number, index = -1): void {
    if (this.length === 0 || this.last === ' ') return;
    if (index >= 0 && this.source[index] === ' ') this.keep(index);
    else this.add(' ', offset);
  }

  /** Takes back the last character, if it is `char`. */
  dropLast(char: string): boolean {
    if (this.length === 0 || this.last !== char) return false;
    if (this.runStart >= 0) {
      this.runEnd -= 1;
      if (this.runEnd === this.runStart) this.runStart = -1;
    } else {
      const chunk = this.chunks.pop()!;
      if (chunk.length > 1) this.chunks.push(chunk.slice(0, -1));
    }
    this.length -= 1;
    this.last = this.length > 0 ? this.charBefore() : '';
    return true;
  }

  finish(): { text: string; offsets: Int32Array } {
    this.flush();
    let text = this.chunks.join('');
    let end = text.length;
    while (end > 0 && text[end - 1] === ' ') end -= 1;
    text = text.slice(0, end);
    return { text, offsets: this.offsets.slice(0, end) };
  }

  private flush(): void {
    if (this.runStart >= 0 && this.runEnd > this.runStart) {
      this.chunks.push(this.source.slice(this.runStart, this.runEnd));
    }
    this.runStart = -1;
  }

  private charBefore(): string {
    if (this.runStart >= 0 && this.runEnd > this.runStart) return this.source[this.runEnd - 1]!;
    const chunk = this.chunks[this.chunks.length - 1] ?? '';
    return chunk[chunk.length - 1] ?? '';
  }
}

/** Plain text of the given ranges of Markdown source (joined by spaces), with source positions. */
export function inlineText(source: string, ranges: readonly Span[]): InlineText {
  let capacity = 0;
  for (const range of ranges) capacity += range.end - range.start + 1;
  const out = new PlainBuilder(source, capacity);
  const bold: Span[] = [];
  const lineStarts: number[] = [];
  let boldStart = -1;
  const closeBracket = new NextFinder(source, ']');
  const closeParen = new NextFinder(source, ')');
  const openParen = new NextFinder(source, '(');
  const closeAngle = new NextFinder(source, '>');
  const closingTags = {
    script: new ClosingTagFinder(source, 'script'),
    style: new ClosingTagFinder(source, 'style'),
  };

  const toggleBold = () => {
    if (boldStart < 0) {
      boldStart = out.length;
    } else {
      if (out.length > boldStart) bold.push({ start: boldStart, end: out.length });
      boldStart = -1;
    }
  };

  for (let rangeIndex = 0; rangeIndex < ranges.length; rangeIndex += 1) {
    const { start, end } = ranges[rangeIndex]!;
    if (rangeIndex > 0) {
      out.space(start);
      lineStarts.push(out.length);
    }
    let linkTextEnd = -1;
    let linkEnd = -1;
    let index = start;
    while (index < end) {
      if (index === linkTextEnd) {
        index = linkEnd;
        linkTextEnd = -1;
        continue;
      }
      const char = source[index]!;
      const code = char.charCodeAt(0);
      // Letters, digits and most punctuation are copied as they are: the fast path.
      if (code > 0x7f || PLAIN_ASCII[code] === 1) {
        out.keep(index);
        index += 1;
        continue;
      }
      const next = source[index + 1];
      const previous = index > start ? source[index - 1] : undefined;

      if (char === '\\' && index + 1 < end && isAsciiPunctuation(next)) {
        out.keep(index + 1);
        index += 2;
        continue;
      }
      if (char === '`') {
        index += 1;
        continue;
      }
      if ((char === '*' || char === '_') && next === char) {
        const intraword = char === '_' && isAlphanumeric(previous) && isAlphanumeric(source[index + 2]);
        if (!intraword) {
          toggleBold();
          index += 2;
          continue;
        }
      }
      if (char === '*' && !(isAsciiSpace(previous) && isAsciiSpace(next))) {
        index += 1;
        continue;
      }
      if (char === '_' && !(isAlphanumeric(previous) && isAlphanumeric(next))) {
        index += 1;
        continue;
      }
      if (char === '[' || (char === '!' && next === '[')) {
        const open = char === '[' ? index : index + 1;
        const close = closeBracket.next(open + 1, end);
        if (close >= 0 && close < end && close - open <= LINK_TEXT_LIMIT) {
          const inner = source.slice(open + 1, close);
          let target = close + 1;
          if (source[close + 1] === '(') {
            let paren = closeParen.next(close + 2, end);
            // One level of parentheses inside an address ("…/Grief_(psychology)").
            const inner = paren > 0 ? openParen.next(close + 2, end) : -1;
            if (inner >= 0 && inner < paren) paren = closeParen.next(paren + 1, end);
            if (paren >= 0 && paren < end && paren - close <= LINK_TARGET_LIMIT) target = paren + 1;
          } else if (source[close + 1] === '[') {
            const reference = closeBracket.next(close + 2, end);
            if (reference >= 0 && reference < end && reference - close <= LINK_TEXT_LIMIT)
              target = reference + 1;
          }
          const isImage = char === '!';
          const isMark = /^(\^[^\]]*|\d{1,3})$/.test(inner);
          if (isImage || isMark) {
            index = target;
            continue;
          }
          if (target > close + 1) {
            linkTextEnd = close;
            linkEnd = target;
            index = open + 1;
            continue;
          }
        }
      }
      if (char === '<' && next !== undefined && /[A-Za-z/!]/.test(next)) {
        const close = closeAngle.next(index + 1, end);
        if (close >= 0 && close < end && close - index <= TAG_LIMIT) {
          // "walk.<br>Which": a tag that breaks the line keeps the words on either side apart.
          if (BREAKING_TAG.test(source.slice(index, Math.min(close + 1, index + 12)))) out.space(index);
          index = afterScriptBody(source, index, close, end, closingTags);
          continue;
        }
      }
      if (
        ADDRESS_INITIALS.includes(char) &&
        (previous === undefined || isAsciiSpace(previous) || previous === '(')
      ) {
        const urlEnd = bareUrlEnd(source, index, end);
        if (urlEnd > index) {
          if (previous === '(' && source[urlEnd] === ')' && out.dropLast('(')) index = urlEnd + 1;
          else index = urlEnd;
          continue;
        }
      }
      if (isAsciiSpace(char)) {
        out.space(index, index);
        index += 1;
        continue;
      }
      out.keep(index);
      index += 1;
    }
  }
  if (boldStart >= 0 && out.length > boldStart) bold.push({ start: boldStart, end: out.length });
  const { text, offsets } = out.finish();
  return {
    text,
    offsets,
    bold: bold.filter((span) => span.start < text.length),
    lineStarts: lineStarts.filter((position) => position > 0 && position < text.length),
  };
}

const BREAKING_TAG = /^<\/?(br|p|div|li|ul|ol|tr|td|th|h[1-6]|hr|blockquote|section|article)\b/i;

/**
 * The next closing tag of a script or style at or after a position, cached as NextFinder is, so
 * a line of a thousand unclosed "<script>"s still costs one scan.
 */
class ClosingTagFinder {
  private readonly source: string;
  private readonly pattern: RegExp;
  private from = -1;
  private found: { start: number; end: number } | null = null;

  constructor(source: string, name: string) {
    this.source = source;
    this.pattern = new RegExp(`</${name}\\s*>`, 'gi');
  }

  /** The closing tag's span, or null when there is none before `limit`. */
  next(from: number, limit: number): { start: number; end: number } | null {
    if (this.from < 0 || from < this.from || (this.found !== null && this.found.start < from)) {
      this.pattern.lastIndex = from;
      const match = this.pattern.exec(this.source);
      this.found = match ? { start: match.index, end: match.index + match[0].length } : null;
      this.from = from;
    }
    return this.found !== null && this.found.end <= limit ? this.found : null;
  }
}

/**
 * After an inline tag ending at `close`: past its closing tag too when it opens a script or
 * style, whose body is code, not words.
 */
function afterScriptBody(
  source: string,
  open: number,
  close: number,
  end: number,
  finders: Record<'script' | 'style', ClosingTagFinder>,
): number {
  const name = /^<(script|style)\b/i.exec(source.slice(open, open + 8))?.[1]?.toLowerCase();
  if (name !== 'script' && name !== 'style') return close + 1;
  const closing = finders[name].next(close + 1, end);
  return closing ? closing.end : close + 1;
}

/**
 * Where a bare address starts: web addresses, and the schemes that run code or carry a file
 * ("javascript:alert(1)" left as link text is never something to write about).
 */
const ADDRESS_START = /https?:\/\/|www\.|javascript:|vbscript:|data:[a-z]+\/|file:\/\//iy;
const ADDRESS_INITIALS = 'hHwWjJvVdDfF';

/** 1 for the ASCII letters and digits that can be copied at once (no address starts with them). */
const PLAIN_ASCII = new Uint8Array(128);
for (let code = 0x30; code <= 0x7a; code += 1) {
  const char = String.fromCharCode(code);
  if (/[A-Za-z0-9]/.test(char) && !ADDRESS_INITIALS.includes(char)) PLAIN_ASCII[code] = 1;
}

/** The end of a bare URL starting at `start` (trailing punctuation left out), or `start` if none. */
function bareUrlEnd(source: string, start: number, end: number): number {
  ADDRESS_START.lastIndex = start;
  if (!ADDRESS_START.test(source)) return start;
  let index = start;
  let opensParenthesis = false;
  while (index < end && !isAsciiSpace(source[index]) && source[index] !== '\u00a0') {
    if (source[index] === '(') opensParenthesis = true;
    index += 1;
  }
  // Trailing punctuation belongs to the sentence, except a parenthesis the URL itself opened.
  while (index > start && '.,;:!?\'"”’)]'.includes(source[index - 1]!)) {
    if (source[index - 1] === ')' && opensParenthesis) break;
    index -= 1;
  }
  return index;
}

/** The source span behind plain-text positions [start, end). */
export function sourceSpan(inline: InlineText, start: number, end: number): Span {
  if (inline.offsets.length === 0) return { start: 0, end: 0 };
  const first = inline.offsets[Math.min(start, inline.offsets.length - 1)]!;
  const last = inline.offsets[Math.max(start, Math.min(end, inline.offsets.length) - 1)]!;
  return { start: first, end: last + 1 };
}

/** A piece of an inline text, keeping its source positions. */
export function sliceInline(inline: InlineText, start: number, end: number): InlineText {
  return {
    text: inline.text.slice(start, end),
    offsets: inline.offsets.slice(start, end),
    bold: inline.bold
      .filter((span) => span.end > start && span.start < end)
      .map((span) => ({ start: Math.max(span.start, start) - start, end: Math.min(span.end, end) - start })),
    lineStarts: inline.lineStarts
      .filter((position) => position > start && position < end)
      .map((position) => position - start),
  };
}

/** The inline text without the given (sorted, non-overlapping) plain-text ranges. */
export function withoutRanges(inline: InlineText, ranges: readonly Span[]): InlineText {
  if (ranges.length === 0) return inline;
  const pieces: string[] = [];
  const offsets = new Int32Array(inline.text.length);
  let length = 0;
  let cursor = 0;
  const copy = (from: number, to: number) => {
    if (to <= from) return;
    pieces.push(inline.text.slice(from, to));
    offsets.set(inline.offsets.subarray(from, to), length);
    length += to - from;
  };
  for (const range of ranges) {
    copy(cursor, range.start);
    cursor = Math.max(cursor, range.end);
  }
  copy(cursor, inline.text.length);
  return { text: pieces.join(''), offsets: offsets.slice(0, length), bold: [], lineStarts: [] };
}

/** Trims spaces at both ends, keeping positions. */
export function trimInline(inline: InlineText): InlineText {
  let start = 0;
  let end = inline.text.length;
  while (start < end && /\s/.test(inline.text[start]!)) start += 1;
  while (end > start && /\s/.test(inline.text[end - 1]!)) end -= 1;
  return start === 0 && end === inline.text.length ? inline : sliceInline(inline, start, end);
}
