/**
 * Page furniture that survives as text: comment forms, share bars, bylines, "related posts",
 * comment counts, link debris. Saved pages lose most of it by structure (html-to-text); this catches
 * what remains in any format, by the words it is made of.
 *
 * Only short lines are tested (furniture is short), every pattern is anchored and free of nested
 * quantifiers, so the cost is linear and small.
 */
import { type InlineText, type Span, withoutRanges } from './inline-text.ts';

const LONGEST_FURNITURE = 200;

/** Headings or lines after which the rest of a section is furniture ("Leave a Reply", "Related posts"). */
const ZONE_STARTS: readonly RegExp[] = [
  /^leave a (reply|comment|response)\b/,
  /^(\d+|no|one) (comments?|responses?|replies|thoughts?)\b/,
  /^comments?( \(\d+\))?$/,
  /^(join|start) the (discussion|conversation)\b/,
  /^add (a|your) comment\b/,
  /^related( posts?| articles?| reading| stories| content| links)?$/,
  /^you (may|might|will) (also )?(like|enjoy|be interested in)\b/,
  /^(more|other) (from|posts|articles|stories|reading)\b/,
  /^recommended( for you| reading| posts| articles| stories)?$/,
  /^(read|up) next$/,
  /^(popular|recent|trending|latest|featured|similar) (posts|articles|stories|reads)$/,
  /^about the authors?$/,
  /^share this( post| article| story| page)?$/,
  /^(references|sources|citations|footnotes|bibliography|works cited|further reading)$/,
  /^post navigation$/,
  /^(archives|recent comments|blogroll|meta|author bio)$/,
];

/** Headings or lines that open a table of contents: the article itself follows it. */
const CONTENTS_STARTS: readonly RegExp[] = [
  /^(table of )?contents$/,
  /^(in|on) this (article|post|guide|page)$/,
  /^(what's|what is) in this (article|post|guide)$/,
  /^jump to\b/,
  /^quick links$/,
];

/** Single lines of furniture. */
const FURNITURE_LINES: readonly RegExp[] = [
  // Comment forms and counts.
  /^your email address will not be published\b/,
  /^required fields are marked\b/,
  /^(comment|name|email|e-mail|website|url)( \*)?$/,
  /^save my name, email\b/,
  /^(post|submit|leave) (a )?(comment|reply)$/,
  /^cancel reply$/,
  /^notify me of\b/,
  /^this site uses akismet\b/,
  /^(log ?in|sign in) to (reply|comment)\b/,
  /^you must be logged in\b/,
  /^reply( ↓)?$/,
  /^(\d+|no|one) (comments?|responses?|replies|shares?)$/,
  // Share bars.
  /^share (this|on|via|to|with)\b/,
  /^click to (share|email|print|tweet)\b/,
  /^like this$/,
  /^like loading\b/,
  /^(tweet|pin it|email this|print this( page)?)$/,
  // Bylines and dates.
  /^(written by|posted by|reviewed by|medically reviewed by|fact[- ]checked by|edited by|author:)/,
  /^(posted|published|updated|last updated|last modified|originally published)( on)?\b/,
  /^\d+ min(ute)?s? read$/,
  /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2},? \d{4}$/,
  /^\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}$/,
  /^\d{4}-\d{2}-\d{2}$/,
  // Link debris.
  /^(click|tap) here\b/,
  /^(read|learn|see|find out) more\b/,
  /^continue reading\b/,
  /^(source|via|image|photo|credit|image credit|photo credit|featured image)s?:/,
  /^photo by\b/,
  /^here$/,
  // Site chrome.
  /^advertisement$/,
  /^(sponsored|sponsored content|ad)$/,
  /^skip to (main )?content\b/,
  /^(home|menu|search|close|back to top|scroll to top|print|print this page|top)$/,
  /^(©|copyright\b|\(c\) )/,
  /\ball rights reserved$/,
  /^(privacy policy|terms( of (use|service))?|cookie (policy|settings)|disclaimer|sitemap)$/,
  /^this (post|article|page) (may )?contains? affiliate links\b/,
  /^(follow|connect with|find) us\b/,
  /^(subscribe|sign up|join)\b.*\b(newsletter|updates|inbox|mailing list)\b/,
  /^enter your email\b/,
  /^(tags|categories|filed under|posted in):/,
  /^(related|see also|also read|read also|read more|recommended|you may also like|more):/,
  /^reading time\b/,
  /^comments are closed$/,
  /^(« ?)?(previous|next)( post| article| page)?( ?»)?$/,
];

/** Words a share bar is made of. */
const SHARE_WORDS = new Set([
  'share',
  'shares',
  'tweet',
  'pin',
  'pinit',
  'email',
  'e-mail',
  'mail',
  'print',
  'facebook',
  'twitter',
  'x',
  'pinterest',
  'linkedin',
  'reddit',
  'whatsapp',
  'telegram',
  'tumblr',
  'flipboard',
  'pocket',
  'messenger',
  'sms',
  'copy',
  'link',
  'save',
  'more',
  'buffer',
  'threads',
  'bluesky',
  'instagram',
  'youtube',
  'tiktok',
]);

/** Lower case, straight quotes, single spaces, no trailing colon or ellipsis. */
export function normaliseLine(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s:.…]+$/, '')
    .replace(/^[\s•·|>»-]+/, '');
}

/**
 * What a line of furniture does: starts a furniture zone (the rest of its part of the page),
 * opens a table of contents (furniture up to the next heading), is a single line, or neither.
 */
export type FurnitureKind = 'zone' | 'contents' | 'line' | null;

/** Classifies a heading or line as furniture (see FurnitureKind). */
export function furnitureKind(text: string): FurnitureKind {
  if (text.length > LONGEST_FURNITURE) return null;
  const line = normaliseLine(text);
  if (line === '') return 'line';
  if (text.length <= 80 && ZONE_STARTS.some((pattern) => pattern.test(line))) return 'zone';
  if (text.length <= 80 && CONTENTS_STARTS.some((pattern) => pattern.test(line))) return 'contents';
  if (FURNITURE_LINES.some((pattern) => pattern.test(line))) return 'line';
  if (isByline(text) || isBreadcrumb(line) || isShareBar(line) || isMenu(line)) return 'line';
  return null;
}

/** "By Jane Doe", "By Dr. Sam Lee, LMFT | May 3, 2024": short, and "By" is followed by a name. */
function isByline(text: string): boolean {
  const match = /^by\s+(\S+)/i.exec(text.trim());
  if (!match) return false;
  const name = match[1]!;
  return text.split(/\s+/).length <= 12 && name[0] !== name[0]!.toLowerCase();
}

/** Words a site's menu is made of. */
const MENU_WORDS = new Set([
  'home',
  'about',
  'about us',
  'contact',
  'contact us',
  'blog',
  'articles',
  'podcast',
  'shop',
  'store',
  'search',
  'login',
  'log in',
  'sign in',
  'subscribe',
  'newsletter',
  'categories',
  'topics',
  'resources',
  'menu',
  'faq',
  'events',
  'videos',
]);

/** "Home  Articles  Podcast  About  Contact": a line of short items, most of them menu words. */
function isMenu(line: string): boolean {
  const items = line.split(/\s*[|·•/]\s*|\s+/).filter((item) => item !== '');
  if (items.length < 3 || items.length > 12) return false;
  const menuWords = items.filter((item) => MENU_WORDS.has(item)).length;
  return menuWords >= 3 && menuWords * 2 >= items.length;
}

function isBreadcrumb(line: string): boolean {
  if (!line.startsWith('home ')) return false;
  const separators = line.split(/ [›»>/|] /).length - 1;
  return separators >= 1 && line.split(' ').length <= 14;
}

function isShareBar(line: string): boolean {
  const first = /^[^\s|·•,/:]+/.exec(line)?.[0];
  if (first === undefined || !SHARE_WORDS.has(first)) return false;
  const tokens = line.split(/[\s|·•,/:]+/).filter((token) => token !== '' && !/^\d+[km]?$/.test(token));
  if (tokens.length === 0) return false;
  if (!tokens.every((token) => SHARE_WORDS.has(token))) return false;
  return (
    tokens.length >= 2 ||
    ['share', 'tweet', 'facebook', 'pinterest', 'linkedin', 'whatsapp'].includes(tokens[0]!)
  );
}

/**
 * A link's anchor text left behind mid-sentence ("… rebuild the relationship Here.") and notes like
 * "(opens in a new tab)". A capitalised "Here" right after a lower-case word is never prose.
 */
const INLINE_DEBRIS =
  /(?<=[\p{Ll},;]) (?:Here|Click Here|Read More|Learn More|See More|Find Out More|Link|Source|Read Here)(?=[.!?,;:)]|$)| ?\((?:opens|open) in (?:a )?new (?:tab|window)\)/gu;

/** The inline text without link debris. */
export function withoutLinkDebris(inline: InlineText): InlineText {
  const ranges: Span[] = [];
  INLINE_DEBRIS.lastIndex = 0;
  for (const match of inline.text.matchAll(INLINE_DEBRIS)) {
    ranges.push({ start: match.index, end: match.index + match[0].length });
  }
  return ranges.length === 0 ? inline : withoutRanges(inline, ranges);
}

/** True for a sentence that is only a pointer elsewhere ("Click here to read more."). */
export function isDebrisSentence(sentence: string): boolean {
  return /\b(click|tap) here\b|^(read|learn|find out) more\b|^continue reading\b|^see (also|more)\b/i.test(
    sentence.trim(),
  );
}
