/**
 * Small, cached questions about code points: what kind of character it is, which script it
 * belongs to, what NFKC makes of it, and the value of a decimal digit from any script.
 * Everything is answered through Unicode property escapes, so the data is the engine's own.
 */

export const CHAR_OTHER = 0;
export const CHAR_LETTER = 1;
export const CHAR_MARK = 2;
export const CHAR_DIGIT = 3;
/** Letter-like numbers (Ⅻ) and other numbers (½, ①): NFKC turns most into letters or digits. */
export const CHAR_NUMBER = 4;
/**
 * Invisible characters: format characters (zero-width space, soft hyphen, joiners, bidi
 * controls) and the rest of Unicode's default-ignorables, which render as nothing though some
 * count as letters or marks (Hangul fillers, the grapheme joiner, variation selectors).
 */
export const CHAR_FORMAT = 5;

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const DIGIT = /\p{Nd}/u;
const NUMBER = /[\p{Nl}\p{No}]/u;
const FORMAT = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/u;

// 0 means "not computed yet"; stored values are the class plus one.
const bmpClasses = new Uint8Array(0x10000);
const astralClasses = new Map<number, number>();

function computeClass(char: string): number {
  if (FORMAT.test(char)) return CHAR_FORMAT;
  if (LETTER.test(char)) return CHAR_LETTER;
  if (MARK.test(char)) return CHAR_MARK;
  if (DIGIT.test(char)) return CHAR_DIGIT;
  if (NUMBER.test(char)) return CHAR_NUMBER;
  return CHAR_OTHER;
}

/** The kind of character at a code point (one of the CHAR_* constants). */
export function charClass(codePoint: number): number {
  if (codePoint < 0x80) {
    if ((codePoint >= 0x61 && codePoint <= 0x7a) || (codePoint >= 0x41 && codePoint <= 0x5a))
      return CHAR_LETTER;
    if (codePoint >= 0x30 && codePoint <= 0x39) return CHAR_DIGIT;
    return CHAR_OTHER;
  }
  if (codePoint < 0x10000) {
    const cached = bmpClasses[codePoint]!;
    if (cached !== 0) return cached - 1;
    const computed = computeClass(String.fromCharCode(codePoint));
    bmpClasses[codePoint] = computed + 1;
    return computed;
  }
  let cached = astralClasses.get(codePoint);
  if (cached === undefined) {
    cached = computeClass(String.fromCodePoint(codePoint));
    astralClasses.set(codePoint, cached);
  }
  return cached;
}

/** True for characters that belong inside a word: letters, marks, digits, numbers, format characters. */
export function isWordChar(codePoint: number): boolean {
  return charClass(codePoint) !== CHAR_OTHER;
}

// The scripts we name explicitly; any other letter counts as a script of its own ("Other").
// Order matters only for speed: the common ones first.
const SCRIPT_NAMES = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Armenian',
  'Cherokee',
  'Coptic',
  'Nko',
  'Tai_Le',
  'New_Tai_Lue',
  'Limbu',
  'Lisu',
  'Canadian_Aboriginal',
  'Georgian',
  'Hebrew',
  'Arabic',
  'Syriac',
  'Thaana',
  'Devanagari',
  'Bengali',
  'Gurmukhi',
  'Gujarati',
  'Oriya',
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Sinhala',
  'Thai',
  'Lao',
  'Myanmar',
  'Khmer',
  'Tibetan',
  'Mongolian',
  'Ethiopic',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
  'Bopomofo',
  'Yi',
  'Vai',
  'Tifinagh',
  'Osage',
  'Runic',
  'Ogham',
  'Glagolitic',
  'Gothic',
  'Tai_Viet',
  'Tai_Tham',
  'Common',
  'Inherited',
] as const;
const SCRIPT_PATTERNS = SCRIPT_NAMES.map((name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')] as const);
const scriptCache = new Map<number, string>();

/** The Unicode script of a code point ('Latin', 'Cyrillic', …, 'Common', 'Inherited' or 'Other'). */
export function scriptOf(codePoint: number): string {
  if (codePoint < 0x80) {
    return charClass(codePoint) === CHAR_LETTER ? 'Latin' : 'Common';
  }
  const cached = scriptCache.get(codePoint);
  if (cached !== undefined) return cached;
  const char = String.fromCodePoint(codePoint);
  let script = 'Other';
  for (const [name, pattern] of SCRIPT_PATTERNS) {
    if (pattern.test(char)) {
      script = name;
      break;
    }
  }
  scriptCache.set(codePoint, script);
  return script;
}

const nfkcCache = new Map<number, string>();

/** NFKC of a single code point, cached (most text repeats the same few hundred characters). */
export function nfkcOf(codePoint: number): string {
  let normalized = nfkcCache.get(codePoint);
  if (normalized === undefined) {
    normalized = String.fromCodePoint(codePoint).normalize('NFKC');
    nfkcCache.set(codePoint, normalized);
  }
  return normalized;
}

/**
 * The value 0–9 of a decimal digit from any script. Unicode lays every set of decimal digits out
 * as consecutive runs of ten starting at zero, so the value is the distance from the run's start.
 */
export function digitValue(codePoint: number): number {
  let start = codePoint;
  // Runs are at most 50 long (the mathematical digits), so this loop is bounded.
  while (start > 0 && codePoint - start < 60 && charClass(start - 1) === CHAR_DIGIT) start -= 1;
  return (codePoint - start) % 10;
}
