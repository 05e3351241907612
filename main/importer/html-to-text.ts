/**
 * Saved web pages: the article's text, rendered as light Markdown (headings as `#`, list items as
 * `- ` or `1. `, a bold lead-in as `**…**`) so the rest of the importer reads every format the same way.
 *
 * Page furniture is dropped by structure before any text is read: scripts, styles, navigation,
 * forms (comment forms), asides, footers, hidden elements, and elements whose class or id names
 * furniture (share bars, comments, related posts, bylines, newsletters, ads). When the page marks
 * its article (<article>, <main>, itemprop="articleBody", "entry-content"…), only that part is kept.
 *
 * htmlparser2's tokenizer reads the markup (entities, attributes, script and style bodies); the
 * element stack is our own, with only the implied closings articles need (a new <p> or <li> ends
 * the open one). htmlparser2's Parser keeps its stack with unshift/shift, which costs time in
 * proportion to the depth on every tag: a page nested 200,000 levels deep would take minutes. Ours
 * pushes and pops at the end and counts open elements by name, so every tag costs constant time.
 */
import { type QuoteType, Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

/** What a saved page yields: its text as light Markdown, and the page's own title if it has one. */
export interface HtmlText {
  text: string;
  /** From <title> or og:title, with the site's name trimmed off; null when the page has none. */
  pageTitle: string | null;
}

/** Elements whose content is never article text. */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'canvas',
  'nav',
  'aside',
  'footer',
  'form',
  'button',
  'select',
  'textarea',
  'label',
  'figure',
  'figcaption',
  'picture',
  'map',
  'dialog',
  'menu',
  'pre',
  'head',
]);

const SKIPPED_ROLES = new Set([
  'doc-noteref',
  'doc-endnotes',
  'doc-footnote',
  'doc-backlink',
  'navigation',
  'complementary',
  'contentinfo',
  'banner',
  'search',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
  'toolbar',
]);

/** Words in a class or id that name page furniture. */
const FURNITURE_WORDS = new Set([
  'ad',
  'ads',
  'brand',
  'branding',
  'logo',
  'masthead',
  'advert',
  'advertisement',
  'author',
  'authors',
  'bio',
  'breadcrumb',
  'breadcrumbs',
  'byline',
  'categories',
  'comment',
  'comments',
  'consent',
  'cookie',
  'date',
  'dateline',
  'endnotes',
  'cookies',
  'disqus',
  'footer',
  'footnote',
  'footnotes',
  'menu',
  'meta',
  'modal',
  'nav',
  'navbar',
  'navigation',
  'newsletter',
  'outbrain',
  'pagination',
  'popup',
  'print',
  'promo',
  'readtime',
  'recirc',
  'recommended',
  'related',
  'relatedposts',
  'reply',
  'respond',
  'share',
  'sharedaddy',
  'sharing',
  'sidebar',
  'signup',
  'social',
  'sponsor',
  'sponsored',
  'subscribe',
  'subscription',
  'tags',
  'taboola',
  'timestamp',
  'toc',
  'widget',
  'widgets',
  'yarpp',
]);

/** Beginnings of run-together class names ("shareButtons", "commentlist") that name furniture. */
const FURNITURE_PREFIXES = [
  'share',
  'comment',
  'related',
  'social',
  'newsletter',
  'subscribe',
  'breadcrumb',
  'sidebar',
  'advert',
  'cookie',
  'footnote',
];

/** Parts of run-together names that only ever name consent banners and paywalls ("CybotCookiebotDialog"). */
const FURNITURE_INSIDE = ['cookie', 'consent', 'gdpr', 'paywall'];

/** Whole class names of a site's own name and logo. */
const SITE_CLASSES = new Set(['site-title', 'site-name', 'site-description', 'site-branding', 'site-logo']);

/** Screen-reader-only text repeats or labels what is visible. */
const HIDDEN_CLASSES = new Set([
  'hidden',
  'sr-only',
  'screen-reader-text',
  'visually-hidden',
  'visuallyhidden',
]);

const CONTAINER_CLASSES = new Set([
  'entry-content',
  'post-content',
  'article-content',
  'article-body',
  'post-body',
  'story-body',
  'entry',
  'post',
]);

/** Class words of a heading that is the article's subtitle (a standfirst), read as its lead. */
const SUBTITLE_WORDS = new Set(['subtitle', 'subhead', 'dek', 'standfirst', 'strapline', 'excerpt']);

const HEADING_LEVELS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/** Elements that end a run of text: the text before them forms a block of its own. */
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'blockquote',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'table',
  'tr',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'address',
  'details',
  'summary',
  'body',
  'center',
]);

interface Frame {
  name: string;
  skipped: boolean;
  /**
   * Inside an element named for furniture outside any article ("widget", "newsletter"): dropped
   * unless an article container opens inside it, as Blogger wraps every post in a "widget".
   */
  furniture: boolean;
  /** The outermost article-like element around this one, or -1. */
  container: number;
  bold: boolean;
  /** The innermost heading or list item around this element (kept per frame: no walk up the stack). */
  blockKind: 'heading' | 'item' | 'paragraph';
  headingLevel: number;
}

interface Segment {
  text: string;
  bold: boolean;
}

interface Block {
  kind: 'heading' | 'item' | 'paragraph';
  level: number;
  /** For items: the number in an ordered list, or 0 for a bullet. */
  number: number;
  depth: number;
  text: string;
  container: number;
}

interface ListFrame {
  ordered: boolean;
  next: number;
}

/** Turns a saved web page into light Markdown text, dropping page furniture. */
export function htmlToText(html: string): HtmlText {
  const extractor = new Extractor();
  const reader = new MarkupReader(html, extractor);
  const tokenizer = new Tokenizer({ decodeEntities: true }, reader);
  tokenizer.write(html);
  tokenizer.end();
  extractor.closeAll();
  return extractor.result();
}

const VOID_TAGS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'keygen',
]);

/** Opening one of these ends an open paragraph (as in browsers, near enough for reading text). */
const CLOSES_PARAGRAPH = new Set([
  'p',
  'div',
  'ul',
  'ol',
  'li',
  'dl',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'blockquote',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'nav',
  'pre',
  'form',
  'hr',
  'figure',
  'main',
  'address',
  'details',
]);

/** Elements that end an open sibling of their own kind, and the elements that bound the search. */
const SIBLINGS: Record<string, { closes: readonly string[]; boundary: readonly string[] }> = {
  li: { closes: ['li'], boundary: ['ul', 'ol', 'menu'] },
  dt: { closes: ['dt', 'dd'], boundary: ['dl'] },
  dd: { closes: ['dt', 'dd'], boundary: ['dl'] },
  tr: { closes: ['tr', 'td', 'th'], boundary: ['table', 'tbody', 'thead', 'tfoot'] },
  td: { closes: ['td', 'th'], boundary: ['tr', 'table'] },
  th: { closes: ['td', 'th'], boundary: ['tr', 'table'] },
  option: { closes: ['option'], boundary: ['select', 'datalist'] },
};

/** How far down the stack an implied closing looks (inline elements between are rare and few). */
const SIBLING_SEARCH_DEPTH = 8;

/** Turns tokenizer events (positions in the markup) into element and text events. */
class MarkupReader implements TokenizerCallbacks {
  private readonly markup: string;
  private readonly extractor: Extractor;
  private tagName = '';
  private attributes: Record<string, string> = {};
  private attributeName = '';
  private attributeValue = '';

  constructor(markup: string, extractor: Extractor) {
    this.markup = markup;
    this.extractor = extractor;
  }

  onopentagname(start: number, end: number): void {
    this.tagName = this.markup.slice(start, end).toLowerCase();
    this.attributes = {};
  }

  onattribname(start: number, end: number): void {
    this.attributeName = this.markup.slice(start, end).toLowerCase();
    this.attributeValue = '';
  }

  onattribdata(start: number, end: number): void {
    this.attributeValue += this.markup.slice(start, end);
  }

  onattribentity(codePoint: number): void {
    this.attributeValue += String.fromCodePoint(codePoint);
  }

  onattribend(_quote: QuoteType, _end: number): void {
    if (!Object.hasOwn(this.attributes, this.attributeName))
      this.attributes[this.attributeName] = this.attributeValue;
  }

  onopentagend(_end: number): void {
    this.extractor.open(this.tagName, this.attributes);
    if (VOID_TAGS.has(this.tagName)) this.extractor.close(this.tagName);
  }

  onselfclosingtag(end: number): void {
    // In HTML, "<div/>" opens a div; only void elements close at once.
    this.onopentagend(end);
  }

  onclosetag(start: number, end: number): void {
    const name = this.markup.slice(start, end).toLowerCase();
    if (name === 'br') {
      this.extractor.open('br', {});
      this.extractor.close('br');
    } else if (!VOID_TAGS.has(name)) {
      this.extractor.close(name);
    }
  }

  ontext(start: number, end: number): void {
    this.extractor.text(this.markup.slice(start, end));
  }

  ontextentity(codePoint: number, _end: number): void {
    this.extractor.text(String.fromCodePoint(codePoint));
  }

  oncdata(): void {}
  oncomment(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}
  onend(): void {}
}

class Extractor {
  private readonly stack: Frame[] = [];
  private readonly blocks: Block[] = [];
  private readonly lists: ListFrame[] = [];
  private segments: Segment[] = [];
  private nextContainer = 0;
  private titleText = '';
  private inTitle = false;
  private ogTitle: string | null = null;
  private siteName: string | null = null;
  private bodyOpened = false;
  /** The first few top-level headings, wherever they are on the page. */
  private readonly headingsOne: Block[] = [];

  private readonly openCounts = new Map<string, number>();

  /** Opens an element, first closing what its opening implies (an open <p>, a sibling <li>). */
  open(name: string, attributes: Record<string, string>): void {
    if (CLOSES_PARAGRAPH.has(name) && this.top()?.name === 'p') this.pop();
    const siblings = SIBLINGS[name];
    if (siblings) {
      for (let depth = 1; depth <= SIBLING_SEARCH_DEPTH && depth <= this.stack.length; depth += 1) {
        const below = this.stack[this.stack.length - depth]!.name;
        if (siblings.boundary.includes(below)) break;
        if (siblings.closes.includes(below)) {
          for (let count = 0; count < depth; count += 1) this.pop();
          break;
        }
      }
    }
    if (/^h[1-6]$/.test(name) && /^h[1-6]$/.test(this.top()?.name ?? '')) this.pop();
    this.push(name, attributes);
    this.openCounts.set(name, (this.openCounts.get(name) ?? 0) + 1);
  }

  /** Closes the innermost open element of that name (and any left open inside it); ignores strays. */
  close(name: string): void {
    if ((this.openCounts.get(name) ?? 0) === 0) return;
    while (this.stack.length > 0 && this.pop() !== name) {
      // Elements left open inside are closed with it, as browsers do.
    }
  }

  /** Closes everything still open at the end of the page. */
  closeAll(): void {
    while (this.stack.length > 0) this.pop();
  }

  private top(): Frame | undefined {
    return this.stack[this.stack.length - 1];
  }

  private pop(): string {
    const frame = this.stack[this.stack.length - 1]!;
    this.onclosetag(frame.name);
    this.openCounts.set(frame.name, (this.openCounts.get(frame.name) ?? 1) - 1);
    return frame.name;
  }

  private push(name: string, attributes: Record<string, string>): void {
    const parent = this.stack[this.stack.length - 1];
    if (name === 'body') this.bodyOpened = true;
    if (name === 'title' && !this.bodyOpened) this.inTitle = true;
    if (name === 'meta' && (attributes.property === 'og:title' || attributes.name === 'twitter:title')) {
      this.ogTitle ??= attributes.content ?? null;
    }
    if (
      name === 'meta' &&
      (attributes.property === 'og:site_name' || attributes.name === 'application-name')
    ) {
      this.siteName ??= attributes.content ?? null;
    }
    let container = parent?.container ?? -1;
    const marker = containerMarker(name, attributes);
    const openedContainer = container < 0 && marker !== null;
    if (openedContainer) {
      container = this.nextContainer;
      this.nextContainer += 1;
    }
    // A class that says "article" outweighs a furniture word beside it ("newsletter-post post");
    // a bare <article> does not (comment threads are lists of <article>s).
    const furnitureNamed = marker !== 'class' && namesFurniture(attributes);
    let furniture = parent?.furniture ?? false;
    if (furniture && openedContainer && !furnitureNamed) furniture = false;
    else if (furnitureNamed && !openedContainer && container < 0) furniture = true;
    const skipped =
      (parent?.skipped ?? false) ||
      this.isSkipped(name, attributes, container >= 0) ||
      (furnitureNamed && !openedContainer && container >= 0);
    const bold = (parent?.bold ?? false) || name === 'strong' || name === 'b';
    if (BLOCK_TAGS.has(name)) this.flush();
    if (name === 'br' && !skipped && !furniture) this.segments.push({ text: '\n', bold: false });
    if (name === 'ul' || name === 'ol') {
      const start = Number.parseInt(attributes.start ?? '1', 10);
      this.lists.push({ ordered: name === 'ol', next: Number.isFinite(start) ? start : 1 });
    }
    let blockKind = parent?.blockKind ?? 'paragraph';
    let headingLevel = parent?.headingLevel ?? 0;
    const level = HEADING_LEVELS[name];
    if (level !== undefined && isSubtitle(attributes)) {
      blockKind = 'paragraph';
    } else if (level !== undefined) {
      blockKind = 'heading';
      headingLevel = level;
    } else if (name === 'li') {
      blockKind = 'item';
    }
    this.stack.push({ name, skipped, furniture, container, bold, blockKind, headingLevel });
  }

  text(text: string): void {
    if (this.inTitle) {
      this.titleText += text;
      return;
    }
    const frame = this.stack[this.stack.length - 1];
    if (frame?.skipped || frame?.furniture) return;
    // A footnote mark ("…one.<sup>1</sup>", "<sup>[2]</sup>") is not part of the sentence.
    if (frame?.name === 'sup' && /^\s*\[?\d{1,3}\]?\s*$/.test(text)) return;
    const bold = frame?.bold ?? false;
    // Text arrives in pieces (entities, stray "<"s): pieces of the same weight are joined.
    const last = this.segments[this.segments.length - 1];
    if (last && last.bold === bold && last.text !== '\n') last.text += text;
    else this.segments.push({ text, bold });
  }

  private onclosetag(name: string): void {
    if (name === 'title') this.inTitle = false;
    if (BLOCK_TAGS.has(name)) this.flush();
    // Only pop() calls this, once per pushed frame, so frames and lists stay paired.
    const frame = this.stack.pop();
    if ((name === 'ul' || name === 'ol') && frame && this.lists.length > 0) this.lists.pop();
  }

  result(): HtmlText {
    this.flush();
    const blocks = this.articleBlocks();
    return { text: render(blocks), pageTitle: cleanPageTitle(this.ogTitle ?? this.titleText, this.siteName) };
  }

  private isSkipped(name: string, attributes: Record<string, string>, inContainer: boolean): boolean {
    if (SKIPPED_TAGS.has(name)) return true;
    // A page's own header holds its logo and menu; a header inside the article holds its title.
    if (
      name === 'header' &&
      !inContainer &&
      !/entry|post|article|page-header/i.test(attributes.class ?? '')
    ) {
      return true;
    }
    if ('hidden' in attributes || attributes['aria-hidden'] === 'true') return true;
    if (SKIPPED_ROLES.has((attributes.role ?? '').toLowerCase())) return true;
    const style = (attributes.style ?? '').toLowerCase().replace(/\s+/g, '');
    if (style.includes('display:none') || style.includes('visibility:hidden')) return true;
    const classes = (attributes.class ?? '').toLowerCase().split(/\s+/);
    return classes.some((value) => HIDDEN_CLASSES.has(value) || SITE_CLASSES.has(value));
  }

  /** Ends the current run of text as a block of the kind its innermost block element gives it. */
  private flush(): void {
    if (this.segments.length === 0) return;
    const segments = this.segments;
    this.segments = [];
    const top = this.stack[this.stack.length - 1];
    const kind = top?.blockKind ?? 'paragraph';
    const level = top?.headingLevel ?? 0;
    const container = top?.container ?? -1;
    const lines = splitLines(segments);
    if (kind === 'heading') {
      const text = lines
        .map((line) => line.plain)
        .join(' ')
        .trim();
      if (text === '') return;
      const block: Block = { kind, level, number: 0, depth: 0, text, container };
      this.blocks.push(block);
      if (level === 1 && this.headingsOne.length < 10) this.headingsOne.push(block);
      return;
    }
    if (kind === 'item') {
      const text = lines
        .map((line, index) => (index === 0 ? line.marked : line.plain))
        .join(' ')
        .trim();
      if (text === '') return;
      const list = this.lists[this.lists.length - 1];
      let number = 0;
      if (list?.ordered) {
        number = list.next;
        list.next += 1;
      }
      this.blocks.push({
        kind,
        level: 0,
        number,
        depth: Math.max(0, this.lists.length - 1),
        text,
        container,
      });
      return;
    }
    // A blank line (two <br>s in a row, as Blogger separates paragraphs) ends a paragraph.
    let paragraph: string[] = [];
    const finish = () => {
      const text = paragraph.join('\n');
      paragraph = [];
      // Text with no letter or digit ("--", "·", "* * *") is decoration.
      if (/[\p{L}\p{N}]/u.test(text))
        this.blocks.push({ kind, level: 0, number: 0, depth: 0, text, container });
    };
    for (const line of lines) {
      if (line.marked === '') finish();
      else paragraph.push(line.marked);
    }
    finish();
  }

  /** The blocks of the page's main article when it marks one clearly, else every block. */
  private articleBlocks(): Block[] {
    const lengths = new Map<number, number>();
    let total = 0;
    for (const block of this.blocks) {
      total += block.text.length;
      lengths.set(block.container, (lengths.get(block.container) ?? 0) + block.text.length);
    }
    let best = -1;
    let bestLength = 0;
    for (const [container, length] of lengths) {
      if (container >= 0 && length > bestLength) {
        best = container;
        bestLength = length;
      }
    }
    if (best < 0 || bestLength < total * 0.25) return this.blocks;
    const kept = this.blocks.filter((block) => block.container === best);
    if (!kept.some((block) => block.kind === 'heading' && block.level === 1)) {
      // The article's own title may sit outside it: the top heading the page's title names.
      const pageTitle = normalise(this.ogTitle ?? this.titleText);
      const title = this.headingsOne.find((block) => pageTitle.includes(normalise(block.text)));
      if (title) kept.unshift(title);
    }
    return kept;
  }
}

/**
 * How an element marks itself as the article: by its class, itemprop or role ('class'), by
 * being <article> or <main> ('tag'), or not at all.
 */
function containerMarker(name: string, attributes: Record<string, string>): 'class' | 'tag' | null {
  if (attributes.role === 'main' || attributes.itemprop?.split(/\s+/).includes('articleBody')) return 'class';
  const classes = (attributes.class ?? '').toLowerCase().split(/\s+/);
  if (classes.some((value) => CONTAINER_CLASSES.has(value))) return 'class';
  return name === 'article' || name === 'main' ? 'tag' : null;
}

function isSubtitle(attributes: Record<string, string>): boolean {
  const names = (attributes.class ?? '').toLowerCase().split(/[^a-z0-9]+/);
  return names.some((word) => SUBTITLE_WORDS.has(word));
}

/** True when an element's class or id names page furniture (share bars, comments, widgets…). */
function namesFurniture(attributes: Record<string, string>): boolean {
  // Generated pages (Medium) name their parts in data-testid, in camelCase ("authorName").
  const testId = (attributes['data-testid'] ?? '').replace(/([a-z])([A-Z])/g, '$1-$2');
  const names = `${attributes.class ?? ''} ${attributes.id ?? ''} ${testId}`.toLowerCase();
  if (names.trim() === '') return false;
  for (const value of names.split(/\s+/)) {
    if (FURNITURE_PREFIXES.some((prefix) => value.startsWith(prefix))) return true;
    if (FURNITURE_INSIDE.some((part) => value.includes(part))) return true;
    for (const word of value.split(/[^a-z0-9]+/)) if (FURNITURE_WORDS.has(word)) return true;
  }
  return false;
}

interface Line {
  plain: string;
  /** The line with a bold lead-in (or a wholly bold line) marked as `**…**`. */
  marked: string;
}

/** Collapses whitespace and marks bold only where it carries structure: a lead-in or a whole line. */
function splitLines(segments: Segment[]): Line[] {
  const lines: Line[] = [];
  let current: Segment[] = [];
  const finish = () => {
    lines.push(markLine(current));
    current = [];
  };
  for (const segment of segments) {
    if (segment.text === '\n') finish();
    else current.push(segment);
  }
  finish();
  return lines;
}

function markLine(segments: Segment[]): Line {
  const parts = segments.map((segment) => ({ text: collapse(segment.text), bold: segment.bold }));
  const plain = parts
    .map((part) => part.text)
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
  const firstText = parts.findIndex((part) => part.text.trim() !== '');
  if (firstText < 0 || !parts[firstText]!.bold) return { plain, marked: plain };
  let lead = '';
  let index = firstText;
  while (index < parts.length && (parts[index]!.bold || parts[index]!.text.trim() === '')) {
    lead += parts[index]!.text;
    index += 1;
  }
  const rest = parts
    .slice(index)
    .map((part) => part.text)
    .join('');
  const leadText = lead.replace(/ {2,}/g, ' ').trim();
  if (leadText === '') return { plain, marked: plain };
  const restText = rest.replace(/ {2,}/g, ' ').trim();
  const gap = restText === '' || /^[:.,;!?)\]]/.test(restText) ? '' : ' ';
  return { plain, marked: `**${leadText}**${gap}${restText}`.trim() };
}

function normalise(text: string): string {
  return collapse(text).trim().toLowerCase();
}

/** HTML collapses runs of ASCII whitespace to one space; other spaces (no-break) are text. */
function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ');
}

function render(blocks: Block[]): string {
  const out: string[] = [];
  let previous: Block | null = null;
  for (const block of blocks) {
    if (previous) out.push(previous.kind === 'item' && block.kind === 'item' ? '\n' : '\n\n');
    if (block.kind === 'heading') {
      out.push(block.level <= 4 ? `${'#'.repeat(block.level)} ${block.text}` : `**${block.text}**`);
    } else if (block.kind === 'item') {
      const marker = block.number > 0 ? `${block.number}. ` : '- ';
      out.push(`${'  '.repeat(block.depth)}${marker}${block.text}`);
    } else {
      out.push(
        block.text
          .split('\n')
          .map((line) => (/^(#|>|```|~~~)/.test(line) ? `\\${line}` : line))
          .join('\n'),
      );
    }
    previous = block;
  }
  return out.join('');
}

/**
 * "How to Heal | The Blog" → "How to Heal": the longest part between the site's separators that
 * is not the site's own name (og:site_name), so "Mended Hearts | How to Heal" gives "How to Heal".
 */
function cleanPageTitle(raw: string, siteName: string | null): string | null {
  const collapsed = collapse(raw).trim();
  if (collapsed === '') return null;
  const site = siteName === null ? '' : normalise(siteName);
  const parts = collapsed.split(/ [|–—·•:] | - | :: /).map((part) => part.trim());
  const named = parts.filter((part) => part !== '' && normalise(part) !== site);
  let best = '';
  for (const part of named.length > 0 ? named : parts) if (part.length > best.length) best = part;
  return best || null;
}
