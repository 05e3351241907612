/**
 * From blocks to an outline: the article's title and its sections.
 *
 * 1. Furniture goes: furniture lines, and everything from a furniture heading or line ("Leave a
 *    Reply", "Related posts") up to the next heading that can end it. A table of contents goes too
 *    (list items that only repeat a heading).
 * 2. The title is the one top-level heading, or a heading standing first above all the others;
 *    failing that, the front matter's title, the page's <title>, or the file name.
 * 3. Sections start at the headings of the highest rank that occurs at least twice. Ranks, from
 *    high to low: `#` to `######`, "Step 2:" lines, numbered lines, bold lines, plain title-like
 *    lines (only in text with no real headings at all). Lower-ranked headings stay inside their
 *    section: numbered and step lines become list items, plain lines paragraphs.
 * 4. Text before the first section is the lead, and is not a section (unless there are no sections).
 */
import { furnitureKind, normaliseLine, withoutLinkDebris } from './furniture.ts';
import { sliceInline, trimInline, withoutRanges } from './inline-text.ts';
import type { TextBlock } from './markdown-blocks.ts';
import { endsWithQuestionMark, isTitleCase, isTitleLike } from './text-shape.ts';

export interface OutlineSection {
  title: string;
  /** The heading the section starts at; null for an article without sections. */
  heading: TextBlock | null;
  blocks: TextBlock[];
}

export interface Outline {
  title: string;
  sections: OutlineSection[];
}

export interface TitleHints {
  frontMatterTitle: string | null;
  pageTitle: string | null;
  fileName: string;
}

const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
const LEADING_STEP = new RegExp(
  `^(?:step|part|phase|stage|tip|lesson|chapter|section|exercise|day|week|module)\\s+(?:#?\\d{1,3}|[ivxlc]{1,7}|${NUMBER_WORDS})\\b\\s*[:.)\\-–—]?\\s*`,
  'i',
);
const LEADING_NUMBER = /^(?:#?\d{1,3}[.):]|\(\d{1,3}\)|[ivxlc]{1,7}[.)]|\d{1,3}\s*[-–—])\s*/i;

/** A section title without its numbering: "1. Take Time …" → "Take Time …", "Step 2: Rest" → "Rest". */
export function cleanSectionTitle(raw: string): string {
  const text = raw.trim().slice(0, 400);
  let cleaned = text.replace(LEADING_STEP, '');
  if (cleaned === text) cleaned = text.replace(LEADING_NUMBER, '');
  // Permalink marks after a heading ("Title #", "Title ¶") are page furniture too.
  cleaned = cleaned
    .replace(/^[\s:.\-–—]+/, '')
    .replace(/\s+[#¶§]+$/, '')
    .replace(/[¶§]+$/, '')
    .replace(/[\s:]+$/, '');
  return cleaned === '' ? text.replace(/[\s:]+$/, '') : cleaned;
}

function headingRank(block: TextBlock, hasRealHeadings: boolean): number {
  switch (block.style) {
    case 'atx':
    case 'setext':
      return block.level;
    case 'step':
      return 7;
    case 'numbered':
      return 8;
    case 'bold':
      return 9;
    case 'plain':
      return hasRealHeadings ? Number.POSITIVE_INFINITY : 10;
    default:
      return Number.POSITIVE_INFINITY;
  }
}

function isRealHeading(block: TextBlock): boolean {
  return block.kind === 'heading' && (block.style === 'atx' || block.style === 'setext');
}

/** Drops furniture lines and furniture zones, and strips link debris from the rest. */
function withoutFurniture(blocks: readonly TextBlock[]): TextBlock[] {
  const kept: TextBlock[] = [];
  // While in a zone: the rank a heading must reach to end it.
  let zoneEndsAtRank = -1;
  // While in a table of contents: it ends at the next heading of any kind.
  let inContents = false;
  for (const block of blocks) {
    const text = block.inline.text;
    const furniture = furnitureKind(text);
    if (block.kind === 'heading') {
      // Pseudo headings rank just below every real one here.
      const rank = isRealHeading(block) ? block.level : 6;
      if (furniture === 'line') continue;
      if (furniture === 'contents') {
        inContents = true;
        continue;
      }
      inContents = false;
      if (furniture === 'zone') {
        if (zoneEndsAtRank < 0 || rank < zoneEndsAtRank) zoneEndsAtRank = rank;
        continue;
      }
      const endsZone = isRealHeading(block) || block.style === 'step' || block.style === 'numbered';
      if (zoneEndsAtRank >= 0 && endsZone && rank <= zoneEndsAtRank) zoneEndsAtRank = -1;
      if (zoneEndsAtRank >= 0) continue;
      kept.push(block);
      continue;
    }
    if (zoneEndsAtRank >= 0 || inContents) continue;
    if (furniture === 'zone') {
      zoneEndsAtRank = 6;
      continue;
    }
    if (furniture === 'contents') {
      inContents = true;
      continue;
    }
    if (furniture === 'line') continue;
    const lines = withoutFurnitureLines(block);
    if (lines === null) continue;
    const inline = withoutLinkDebris(lines.inline);
    if (inline.text.trim() === '') continue;
    // What is left of a page's header (title, byline, date, reading time) is its title line.
    const headerLine = lines.inline !== block.inline && kept.length === 0 && isTitleLine(inline.text);
    if (headerLine) kept.push({ ...block, kind: 'heading', style: 'setext', level: 1, inline });
    else kept.push(inline === block.inline ? block : { ...block, inline });
    if (lines.opensZone) zoneEndsAtRank = 6;
  }
  return kept;
}

function isTitleLine(text: string): boolean {
  return isTitleLike(text) && isTitleCase(text) && !endsWithQuestionMark(text);
}

/**
 * Text copied from a browser keeps one piece of the page per line ("By Alex Reyes", "8 min read",
 * "Related Articles"): in a paragraph whose lines are short and each start like a line of their
 * own (never in lower case, as the lines of wrapped prose do), furniture lines go one by one, and
 * a line that opens a zone ends the paragraph. Null when nothing is left.
 */
function withoutFurnitureLines(block: TextBlock): { inline: TextBlock['inline']; opensZone: boolean } | null {
  const { inline } = block;
  if (block.kind !== 'paragraph' || inline.lineStarts.length === 0) return { inline, opensZone: false };
  const starts = [0, ...inline.lineStarts];
  const lines = starts.map((start, index) => ({
    start,
    end: index + 1 < starts.length ? starts[index + 1]! - 1 : inline.text.length,
  }));
  const separate = lines.every((line) => {
    const text = inline.text.slice(line.start, line.end).trim();
    return text.length <= 100 && !/^\p{Ll}/u.test(text);
  });
  if (!separate) return { inline, opensZone: false };
  const dropped: { start: number; end: number }[] = [];
  for (const [index, line] of lines.entries()) {
    const kind = furnitureKind(inline.text.slice(line.start, line.end));
    if (kind === 'zone' || kind === 'contents') {
      const start = index === 0 ? 0 : line.start - 1;
      if (start === 0) return null;
      const rest = withoutRanges(inline, [...dropped, { start, end: inline.text.length }]);
      return { inline: trimInline(rest), opensZone: true };
    }
    if (kind === 'line') dropped.push({ start: line.start, end: Math.min(inline.text.length, line.end + 1) });
  }
  if (dropped.length === 0) return { inline, opensZone: false };
  if (dropped.length === lines.length) return null;
  return { inline: trimInline(withoutRanges(inline, dropped)), opensZone: false };
}

/** Drops list items and short paragraphs that only repeat a heading (a table of contents). */
function withoutTableOfContents(blocks: readonly TextBlock[]): TextBlock[] {
  const headings = new Set<string>();
  let shortest = Number.POSITIVE_INFINITY;
  let longest = 0;
  for (const block of blocks) {
    if (block.kind !== 'heading') continue;
    headings.add(normaliseLine(cleanSectionTitle(block.inline.text)));
    shortest = Math.min(shortest, block.inline.text.length);
    longest = Math.max(longest, block.inline.text.length);
  }
  return blocks.filter((block) => {
    const length = block.inline.text.length;
    // Only lines about as long as some heading can repeat one.
    if (block.kind === 'heading' || length > 150 || length < shortest - 12 || length > longest + 12)
      return true;
    return !headings.has(normaliseLine(cleanSectionTitle(block.inline.text)));
  });
}

function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const withoutExtension = base.replace(/\.[A-Za-z0-9]{1,8}$/, '');
  const words = withoutExtension
    .replace(/[-_.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (words === '') return 'Imported article';
  return words[0]!.toUpperCase() + words.slice(1);
}

/**
 * Finds the heading that titles the article, if one does: the only `#` heading; or a heading opening
 * the text above deeper ones (allowing one more of its own level further down, a conclusion say), or
 * above numbered headings of its own level;
 * or a bold or plain line opening the text, when it is alone of its kind, stands right above the
 * first section, or sits above real headings.
 */
function findTitleHeading(blocks: readonly TextBlock[]): TextBlock | null {
  const real = blocks.filter(isRealHeading);
  const topLevel = real.filter((block) => block.level === 1);
  if (topLevel.length === 1) return topLevel[0]!;
  const first = blocks[0];
  if (first?.kind !== 'heading') return null;
  if (isRealHeading(first)) {
    const others = real.filter((block) => block !== first);
    if (others.every((block) => block.level > first.level)) return first;
    const nextHeading = others[0];
    const sameLevel = others.filter((block) => block.level === first.level).length;
    const higher = others.some((block) => block.level < first.level);
    if (!higher && sameLevel <= 1 && nextHeading !== undefined && nextHeading.level > first.level)
      return first;
    // "### How to …" above "### 1. …", "### 2. …": an unnumbered first heading over numbered
    // sections of its own level is the article's title line.
    const numbered = others.filter((block) => block.level === first.level && isNumbered(block)).length;
    return !higher && !isNumbered(first) && numbered >= 2 ? first : null;
  }
  if (first.style !== 'plain' && first.style !== 'bold') return null;
  if (real.length > 0) return first;
  const otherSameStyle = blocks.some(
    (block) => block !== first && block.kind === 'heading' && block.style === first.style,
  );
  return !otherSameStyle || blocks[1]?.kind === 'heading' ? first : null;
}

/**
 * A first heading that the page's <title>, the front matter or the file's name names is the
 * article's title, even when the sections under it use the same level (Medium makes every heading
 * an h1, in its pages and in the Markdown it exports).
 */
function headingNamedAsTitle(first: TextBlock | undefined, hints: TitleHints): TextBlock | null {
  if (first?.kind !== 'heading' || !isRealHeading(first)) return null;
  const text = normaliseLine(first.inline.text);
  const named = [hints.pageTitle, hints.frontMatterTitle].some(
    (title) => title !== null && normaliseLine(title) === text,
  );
  return named || fileNameHolds(hints.fileName, first.inline.text) ? first : null;
}

/** "2024-01-14_Learning-to-Be-Alone-Again-3f2a.md" holds "Learning to Be Alone Again" (Medium's export). */
function fileNameHolds(fileName: string, heading: string): boolean {
  const wordsOf = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word !== '')
      .join(' ');
  const headingWords = wordsOf(heading);
  if (!headingWords.includes(' ')) return false;
  return ` ${wordsOf(fileName.split(/[\\/]/).pop() ?? '')} `.includes(` ${headingWords} `);
}

function isNumbered(block: TextBlock): boolean {
  const text = block.inline.text.trim();
  return cleanSectionTitle(text) !== text;
}

/** Sorts the blocks of an article into its title and its sections. */
export function buildOutline(allBlocks: readonly TextBlock[], hints: TitleHints): Outline {
  const blocks = withoutTableOfContents(withoutFurniture(allBlocks));
  const titleHeading = findTitleHeading(blocks) ?? headingNamedAsTitle(blocks[0], hints);
  // A real heading outranks the front matter's title; a bold or plain first line does not.
  const headingTitle = titleHeading ? titleHeading.inline.text.trim() : '';
  const strongHeading = titleHeading !== null && isRealHeading(titleHeading);
  const title =
    (strongHeading ? headingTitle : '') ||
    hints.frontMatterTitle?.trim() ||
    headingTitle ||
    hints.pageTitle?.trim() ||
    titleFromFileName(hints.fileName);

  const body = titleHeading ? blocks.slice(blocks.indexOf(titleHeading) + 1) : blocks;
  const hasRealHeadings = body.some(isRealHeading);
  const counts = new Map<number, number>();
  for (const block of body) {
    if (block.kind !== 'heading') continue;
    const rank = headingRank(block, hasRealHeadings);
    if (Number.isFinite(rank)) counts.set(rank, (counts.get(rank) ?? 0) + 1);
  }
  const ranks = [...counts.keys()].sort((a, b) => a - b);
  const sectionRank = ranks.find((rank) => counts.get(rank)! >= 2) ?? ranks[0];

  if (sectionRank === undefined) {
    const content = body.map((block) => subordinate(block));
    return { title, sections: content.length > 0 ? [{ title, heading: null, blocks: content }] : [] };
  }

  const sections: OutlineSection[] = [];
  const lead: TextBlock[] = [];
  let current: OutlineSection | null = null;
  for (const block of body) {
    if (block.kind === 'heading' && headingRank(block, hasRealHeadings) <= sectionRank) {
      current = { title: cleanSectionTitle(block.inline.text), heading: block, blocks: [] };
      sections.push(current);
      continue;
    }
    if (current) current.blocks.push(subordinate(block));
    else lead.push(subordinate(block));
  }
  // Text before the first section is the article's lead, not a section of its own, unless it is
  // most of the article (a worksheet whose only heading is its closing note, say).
  // Most in blocks and in text: a byline, a date and a reading time are three short blocks.
  const sectionBlocks = sections.reduce((total, section) => total + section.blocks.length, 0);
  const sectionText = sections.reduce((total, section) => total + textLength(section.blocks), 0);
  const leadIsMost = lead.length > sectionBlocks && textLength(lead) > sectionText;
  if (lead.length > 0 && (sections.length < 2 || leadIsMost)) {
    sections.unshift({ title, heading: null, blocks: lead });
  }
  return { title, sections };
}

function textLength(blocks: readonly TextBlock[]): number {
  return blocks.reduce((total, block) => total + block.inline.text.length, 0);
}

/** A heading inside a section: numbered and step lines read as list items, plain lines as text. */
function subordinate(block: TextBlock): TextBlock {
  if (block.kind !== 'heading') return block;
  if (block.style === 'numbered' || block.style === 'step') {
    const text = block.inline.text;
    const cleaned = cleanSectionTitle(text);
    const start = text.indexOf(cleaned);
    const inline = start > 0 ? sliceInline(block.inline, start, start + cleaned.length) : block.inline;
    return { ...block, kind: 'item', style: null, ordered: true, inline };
  }
  if (block.style === 'plain') return { ...block, kind: 'paragraph', style: null };
  return block;
}
