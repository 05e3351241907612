/**
 * Letter folding: NFKC, then look-alike letters back to Latin, but only inside Latin-script text.
 *
 * The text is cut into words (runs of letters, marks, digits and invisible format characters) and
 * each word is judged on its own letters:
 * - a word with any Latin letter is Latin: a word mixing scripts is a disguised Latin word, so every
 *   look-alike in it is folded ("Ηοw" → "How", "уߋu" → "you") and no word is left half folded;
 * - a word with no Latin letter and letters of another script that imitate nothing (Russian ж,
 *   Greek λ) is foreign and is left exactly as it was, byte for byte;
 * - a word made only of look-alikes ("ѕо", but also Russian "о" or Greek "και") cannot be judged
 *   alone, so it follows the words around it: Latin neighbours fold it, neighbours of its own script
 *   keep it. A word mixing two other scripts is never genuine, so it always folds.
 * Punctuation and spaces between words take the side of the words around them: NFKC beside Latin
 * words (keeping the typographic ellipsis), untouched beside foreign ones.
 * The dotless ı folds to i only in text that is not Turkish (no ğ, ş or İ anywhere in it).
 *
 * Every step is a single pass over the text, or a bounded look around one word: linear time.
 */
import { LOOK_ALIKES, type LookAlike } from './confusables.ts';
import {
  CHAR_DIGIT,
  CHAR_FORMAT,
  CHAR_LETTER,
  CHAR_NUMBER,
  charClass,
  digitValue,
  isWordChar,
  nfkcOf,
  scriptOf,
} from './unicode-classes.ts';

const LATIN = 1;
const FOREIGN = 2;
const AMBIGUOUS = 3;
const NEUTRAL = 4;

/** Typographic punctuation NFKC would flatten but that we keep as written. */
const PRESERVED = new Set([0x2026 /* … */, 0x2033 /* ″ */, 0x2034 /* ‴ */]);

/** How many decided words on each side an undecided word consults. */
const NEIGHBOURS = 3;

/** Letters only Turkish (and Azerbaijani) write: where they occur, the dotless ı is a real letter. */
const TURKISH = /[ğĞşŞİ]/;
const DOTLESS_I = 0x0131;
/** Set per call of foldLookAlikes: whether ı is kept as written. */
let keepDotlessI = false;

/** Printable ASCII and line breaks: nothing to fold, nothing NFKC would change. */
const NON_ASCII = /[^\t\n\r -~]/;

/**
 * The words of a text, column by column (a megabyte holds some 200,000 words, and typed columns
 * spare the garbage collector 200,000 objects).
 */
class WordTable {
  count = 0;
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  line = new Int32Array(1024);
  verdict = new Uint8Array(1024);
  ascii = new Uint8Array(1024);
  /** For ambiguous words, the scripts of their look-alikes; for foreign words, their own scripts. */
  readonly scripts = new Map<number, readonly string[]>();

  add(
    start: number,
    end: number,
    line: number,
    verdict: number,
    ascii: boolean,
    scripts: readonly string[],
  ): void {
    if (this.count === this.start.length) this.grow();
    const index = this.count;
    this.start[index] = start;
    this.end[index] = end;
    this.line[index] = line;
    this.verdict[index] = verdict;
    this.ascii[index] = ascii ? 1 : 0;
    if (scripts.length > 0) this.scripts.set(index, scripts);
    this.count += 1;
  }

  scriptsOf(index: number): readonly string[] {
    return this.scripts.get(index) ?? NO_SCRIPTS;
  }

  private grow(): void {
    const size = this.start.length * 2;
    const copy = <T extends Int32Array | Uint8Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    this.start = copy(this.start, new Int32Array(size));
    this.end = copy(this.end, new Int32Array(size));
    this.line = copy(this.line, new Int32Array(size));
    this.verdict = copy(this.verdict, new Uint8Array(size));
    this.ascii = copy(this.ascii, new Uint8Array(size));
  }
}

const NO_SCRIPTS: readonly string[] = [];

/** Folds look-alike letters inside Latin-script words back to Latin; leaves other scripts untouched. */
export function foldLookAlikes(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  keepDotlessI = TURKISH.test(text);
  const words = findWords(text);
  resolveUndecided(words);

  // Unchanged stretches are copied in one piece; only changed words and gaps are rebuilt.
  const parts: string[] = [];
  let copiedUpTo = 0;
  let cursor = 0;
  for (let index = 0; index <= words.count; index += 1) {
    const last = index === words.count;
    const gapEnd = last ? text.length : words.start[index]!;
    if (gapEnd > cursor && hasNonAscii(text, cursor, gapEnd)) {
      // Spaces and punctuation beside a foreign word stay exactly as written.
      const foreignAround =
        (!last && words.verdict[index] === FOREIGN) || (index > 0 && words.verdict[index - 1] === FOREIGN);
      if (!foreignAround) {
        parts.push(text.slice(copiedUpTo, cursor), foldGap(text, cursor, gapEnd));
        copiedUpTo = gapEnd;
      }
    }
    if (last) break;
    const start = words.start[index]!;
    const end = words.end[index]!;
    if (words.verdict[index] === LATIN && words.ascii[index] === 0) {
      parts.push(text.slice(copiedUpTo, start), foldWord(text, start, end, startsSentence(text, start)));
      copiedUpTo = end;
    }
    cursor = end;
  }
  parts.push(text.slice(copiedUpTo));
  return parts.join('');
}

function hasNonAscii(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index += 1) if (text.charCodeAt(index) > 0x7e) return true;
  return false;
}

function findWords(text: string): WordTable {
  const words = new WordTable();
  let line = 0;
  let wordStart = -1;
  let ascii = true;
  let hasLetter = false;
  let index = 0;
  const finishWord = (end: number) => {
    if (ascii) {
      // Plain ASCII: Latin if it has a letter; a number waits for its neighbours.
      words.add(wordStart, end, line, hasLetter ? LATIN : NEUTRAL, true, NO_SCRIPTS);
    } else {
      const verdict = judgeLetters(text, wordStart, end);
      words.add(wordStart, end, line, verdict, false, judgedScripts);
    }
    wordStart = -1;
  };
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      // ASCII: letters and digits are word characters, everything else ends a word.
      const isLetter = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
      if (isLetter || (code >= 0x30 && code <= 0x39)) {
        if (wordStart < 0) {
          wordStart = index;
          ascii = true;
          hasLetter = false;
        }
        if (isLetter) hasLetter = true;
      } else {
        if (wordStart >= 0) finishWord(index);
        if (code === 10) line += 1;
      }
      index += 1;
      continue;
    }
    const codePoint = text.codePointAt(index)!;
    if (isWordChar(codePoint)) {
      if (wordStart < 0) {
        wordStart = index;
        hasLetter = false;
      }
      ascii = false;
    } else if (wordStart >= 0) {
      finishWord(index);
    }
    index += codePoint > 0xffff ? 2 : 1;
  }
  if (wordStart >= 0) finishWord(text.length);
  return words;
}

/** The scripts found by the last judgeLetters call (kept outside to spare an object per word). */
let judgedScripts: readonly string[] = NO_SCRIPTS;

/** Judges one word by its letters (see the file comment); sets judgedScripts. */
function judgeLetters(text: string, start: number, end: number): number {
  let latin = 0;
  let lookAlikes = 0;
  let strong = 0;
  let lookAlikeScripts: string[] | null = null;
  let strongScripts: string[] | null = null;

  let index = start;
  while (index < end) {
    const codePoint = text.codePointAt(index)!;
    index += codePoint > 0xffff ? 2 : 1;
    if (codePoint < 0x80) {
      if (charClass(codePoint) === CHAR_LETTER) latin += 1;
      continue;
    }
    const kind = charClass(codePoint);
    if (kind !== CHAR_LETTER && kind !== CHAR_DIGIT && kind !== CHAR_NUMBER) continue;
    // Judge the character as NFKC leaves it, unless our table knows the raw one (NFKC would turn
    // the lunate Ϲ into Σ, which imitates nothing).
    let target = codePoint;
    if (!LOOK_ALIKES.has(codePoint)) target = nfkcOf(codePoint).codePointAt(0) ?? codePoint;
    if (target < 0x80) {
      if (charClass(target) === CHAR_LETTER) latin += 1;
      continue;
    }
    const script = scriptOf(target);
    if (LOOK_ALIKES.has(target)) {
      if (script === 'Latin') {
        latin += 1;
      } else {
        lookAlikes += 1;
        lookAlikeScripts ??= [];
        if (!lookAlikeScripts.includes(script)) lookAlikeScripts.push(script);
      }
    } else if (charClass(target) === CHAR_LETTER) {
      if (script === 'Latin') {
        latin += 1;
      } else if (script !== 'Common' && script !== 'Inherited') {
        strong += 1;
        strongScripts ??= [];
        if (!strongScripts.includes(script)) strongScripts.push(script);
      }
    }
  }

  judgedScripts = NO_SCRIPTS;
  if (latin > 0) return LATIN;
  if (strong > 0) {
    judgedScripts = strongScripts ?? NO_SCRIPTS;
    return FOREIGN;
  }
  if (lookAlikes > 0) {
    judgedScripts = lookAlikeScripts ?? NO_SCRIPTS;
    return AMBIGUOUS;
  }
  // Digits, marks and format characters only: decided by the neighbours.
  return NEUTRAL;
}

/** Settles ambiguous and neutral words by the decided words around them. */
function resolveUndecided(words: WordTable): void {
  const decided = new Int32Array(words.count);
  let decidedCount = 0;
  for (let index = 0; index < words.count; index += 1) {
    const verdict = words.verdict[index];
    if (verdict === LATIN || verdict === FOREIGN) {
      decided[decidedCount] = index;
      decidedCount += 1;
    }
  }
  // `next` is the position in `decided` of the first decided word after the current one.
  let next = 0;
  for (let index = 0; index < words.count; index += 1) {
    while (next < decidedCount && decided[next]! <= index) next += 1;
    const verdict = words.verdict[index];
    if (verdict !== AMBIGUOUS && verdict !== NEUTRAL) continue;
    const scripts = words.scriptsOf(index);
    if (verdict === AMBIGUOUS && scripts.length >= 2) {
      words.verdict[index] = LATIN;
      continue;
    }
    // Up to NEIGHBOURS decided words on each side on the same line; failing any, the nearest two.
    const line = words.line[index]!;
    let latinVotes = 0;
    let sameScriptVotes = 0;
    let otherVotes = 0;
    let voters = 0;
    const vote = (position: number) => {
      if (position < 0 || position >= decidedCount) return;
      const word = decided[position]!;
      voters += 1;
      if (words.verdict[word] === LATIN) latinVotes += 1;
      else if (words.scriptsOf(word).some((script) => scripts.includes(script))) sameScriptVotes += 1;
      else otherVotes += 1;
    };
    for (let offset = 1; offset <= NEIGHBOURS; offset += 1) {
      for (const position of [next - offset, next + offset - 1]) {
        if (position >= 0 && position < decidedCount && words.line[decided[position]!] === line)
          vote(position);
      }
    }
    if (voters === 0) {
      vote(next - 1);
      vote(next);
    }
    if (verdict === NEUTRAL) {
      words.verdict[index] = latinVotes >= sameScriptVotes + otherVotes ? LATIN : FOREIGN;
    } else {
      // Nothing says Latin: leave the word as it was written.
      words.verdict[index] = latinVotes > sameScriptVotes ? LATIN : FOREIGN;
    }
  }
}

/** NFKC for the punctuation and spaces between Latin words, keeping the typographic ellipsis. */
function foldGap(text: string, start: number, end: number): string {
  let out = '';
  let index = start;
  while (index < end) {
    const codePoint = text.codePointAt(index)!;
    const size = codePoint > 0xffff ? 2 : 1;
    if (codePoint < 0x80 || PRESERVED.has(codePoint)) out += text.slice(index, index + size);
    else out += nfkcOf(codePoint);
    index += size;
  }
  return out;
}

/** True when the word begins a sentence, a line or the text (so a small capital there is a capital). */
function startsSentence(text: string, wordStart: number): boolean {
  let index = wordStart - 1;
  for (let steps = 0; index >= 0 && steps < 30; steps += 1, index -= 1) {
    const char = text[index]!;
    if (char === '\n') return true;
    if (' \t\u00a0"\'“‘„«‹([{*_#>-–—•'.includes(char)) continue;
    return '.!?:…'.includes(char);
  }
  return index < 0;
}

const UNCASED = 0;
const LOWER = 1;
const UPPER = 2;

/** The case of a one-letter string. */
function caseOf(char: string): number {
  const code = char.charCodeAt(0);
  if (char.length === 1 && code < 0x80) {
    if (code >= 0x61 && code <= 0x7a) return LOWER;
    if (code >= 0x41 && code <= 0x5a) return UPPER;
    return UNCASED;
  }
  const lower = char.toLowerCase();
  if (lower === char.toUpperCase()) return UNCASED;
  return char === lower ? LOWER : UPPER;
}

const FOLDED = 1;
const CASELESS = 2;
const BAR = 4;

function lookAlikeFlags(lookAlike: LookAlike): number {
  return FOLDED | (lookAlike.caseless ? CASELESS : 0) | (lookAlike.bar ? BAR : 0);
}

// The characters of the word being folded, reused from word to word.
const foldedChars: string[] = [];
let foldedFlags = new Uint8Array(64);

function pushChar(char: string, flags: number): void {
  const index = foldedChars.length;
  if (index === foldedFlags.length) {
    const bigger = new Uint8Array(foldedFlags.length * 2);
    bigger.set(foldedFlags);
    foldedFlags = bigger;
  }
  foldedChars.push(char);
  foldedFlags[index] = flags;
}

/** Folds one Latin word: NFKC, look-alikes to Latin, invisible characters dropped, case repaired. */
function foldWord(text: string, start: number, end: number, sentenceStart: boolean): string {
  foldedChars.length = 0;
  let hasLetters = false;
  let index = start;
  while (index < end) {
    const codePoint = text.codePointAt(index)!;
    index += codePoint > 0xffff ? 2 : 1;
    if (codePoint < 0x80) {
      if (charClass(codePoint) === CHAR_LETTER) hasLetters = true;
      pushChar(String.fromCharCode(codePoint), 0);
      continue;
    }
    const kind = charClass(codePoint);
    if (kind === CHAR_FORMAT) continue;
    if (codePoint === DOTLESS_I && keepDotlessI) {
      hasLetters = true;
      pushChar('ı', 0);
      continue;
    }
    const raw = LOOK_ALIKES.get(codePoint);
    if (raw) {
      pushChar(raw.latin, lookAlikeFlags(raw));
      if (kind === CHAR_LETTER) hasLetters = true;
      continue;
    }
    for (const normalizedChar of nfkcOf(codePoint)) {
      const normalized = normalizedChar.codePointAt(0)!;
      const lookAlike = LOOK_ALIKES.get(normalized);
      const normalizedKind = charClass(normalized);
      if (normalizedKind === CHAR_LETTER) hasLetters = true;
      if (lookAlike) pushChar(lookAlike.latin, lookAlikeFlags(lookAlike));
      else if (normalizedKind === CHAR_DIGIT && normalized >= 0x80)
        pushChar(String(digitValue(normalized)), FOLDED);
      else if (normalizedKind !== CHAR_FORMAT) pushChar(normalizedChar, 0);
    }
  }
  if (!hasLetters) return digitsOnly(text, start, end);
  repairCase(sentenceStart);
  const folded = foldedChars.join('');
  // Only letters beyond ASCII (accents, marks) can need composing.
  return NON_ASCII.test(folded) ? folded.normalize('NFC') : folded;
}

/** A word of digits only: look-alike digits read as the numbers they are. */
function digitsOnly(text: string, start: number, end: number): string {
  let out = '';
  let index = start;
  while (index < end) {
    const codePoint = text.codePointAt(index)!;
    index += codePoint > 0xffff ? 2 : 1;
    const kind = charClass(codePoint);
    if (kind === CHAR_FORMAT) continue;
    if (kind === CHAR_DIGIT) out += String(digitValue(codePoint));
    else if (codePoint < 0x80) out += String.fromCharCode(codePoint);
    else out += LOOK_ALIKES.get(codePoint)?.latin ?? nfkcOf(codePoint);
  }
  return out;
}

/**
 * Gives folded letters the case of their word. A look-alike capital inside a lower-case word stands
 * for a small letter ("maԀe", "heΑrt"); inside an upper-case word it stays a capital. The word's
 * case is read from its plain letters after the first and from look-alikes drawn as small letters
 * (an obfuscator may use a capital for a small letter, never the reverse); failing those, from its
 * first letter. A small capital at the start of a word is a capital only at the start of a sentence
 * or in an upper-case word; any other first letter keeps the case it is drawn with.
 *
 * A capital-I stroke (a bar) reads as I or l: I in an upper-case word, in a word of one letter, at
 * the start of a sentence, and before a consonant ("Ιf", "Іt"); l inside a small-letter word
 * ("RebuiӀd" is "Rebuild") and before a vowel ("a Ӏot"). A word starting with I and a vowel in the
 * middle of a sentence ("Iowa") is the one reading this gets wrong.
 */
function repairCase(sentenceStart: boolean): void {
  const count = foldedChars.length;
  let first = -1;
  for (let index = 0; index < count; index += 1) {
    if (caseOf(foldedChars[index]!) !== UNCASED) {
      first = index;
      break;
    }
  }
  if (first < 0) return;
  let lower = 0;
  let upper = 0;
  let smallCapitals = 0;
  let foldedCapitals = 0;
  for (let index = first + 1; index < count; index += 1) {
    const letterCase = caseOf(foldedChars[index]!);
    if (letterCase === UNCASED) continue;
    const flags = foldedFlags[index]!;
    if (flags & CASELESS) smallCapitals += 1;
    else if (letterCase === LOWER) lower += 1;
    else if (flags & FOLDED) foldedCapitals += 1;
    else upper += 1;
  }
  const headFlags = foldedFlags[first]!;
  const headIsPlainCapital = !(headFlags & CASELESS) && caseOf(foldedChars[first]!) === UPPER;
  // Small letters decide first, then plain capitals, then small capitals (drawn small, so most
  // often standing for small letters). With only look-alike capitals after a capital ("ΤΗΕ"), the
  // word is upper case; otherwise lower.
  let lowerWord = true;
  if (lower === 0 && (upper > 0 || smallCapitals === 0)) {
    lowerWord = !(upper > 0 || (headIsPlainCapital && foldedCapitals > 0));
  }
  for (let index = first; index < count; index += 1) {
    const flags = foldedFlags[index]!;
    if (!(flags & FOLDED)) continue;
    const char = foldedChars[index]!;
    if (caseOf(char) === UNCASED) continue;
    if (flags & BAR) {
      foldedChars[index] = barReading(index, first, lowerWord, sentenceStart) ? 'I' : 'l';
      continue;
    }
    if (index === first) {
      if (flags & CASELESS && (sentenceStart || !lowerWord)) foldedChars[index] = char.toUpperCase();
    } else {
      foldedChars[index] = lowerWord ? char.toLowerCase() : char.toUpperCase();
    }
  }
}

const VOWELS = 'aeiouyAEIOUY';

/** Whether the bar at `index` reads as a capital I (see repairCase). */
function barReading(index: number, first: number, lowerWord: boolean, sentenceStart: boolean): boolean {
  if (!lowerWord) return true;
  if (index !== first) return false;
  const next = foldedChars[index + 1];
  if (next === undefined || caseOf(next) === UNCASED) return true;
  return sentenceStart || !VOWELS.includes(next);
}
