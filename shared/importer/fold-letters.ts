/**
 * Letter folding: NFKC, then look-alike letters back to Latin, but only inside Latin-script text.
 *
 * The text is cut into words (runs of letters, marks, digits and invisible format characters) and
 * each word is judged on its own letters:
 * - a word with plain Latin letters is Latin: its look-alikes are folded ("Ηοw" → "How");
 * - a word with letters of another script that imitate nothing (Russian ж, Greek λ) is foreign and
 *   is left exactly as it was, byte for byte;
 * - a word made only of look-alikes ("ѕо", but also Russian "о" or Greek "και") cannot be judged
 *   alone, so it follows the words around it: Latin neighbours fold it, neighbours of its own script
 *   keep it. A word mixing two other scripts is never genuine, so it always folds.
 * Punctuation and spaces between words take the side of the words around them: NFKC beside Latin
 * words (keeping the typographic ellipsis), untouched beside foreign ones.
 *
 * Every step is a single pass over the text, or a bounded look around one word: linear time.
 */
import { LOOK_ALIKES } from './confusables.ts';
import {
  CHAR_DIGIT,
  CHAR_FORMAT,
  CHAR_LETTER,
  CHAR_NUMBER,
  charClass,
  digitValue,
  isCased,
  isUpper,
  isWordChar,
  nfkcOf,
  scriptOf,
} from './unicode-classes.ts';

const LATIN = 1;
const FOREIGN = 2;
const AMBIGUOUS = 3;
const NEUTRAL = 4;

interface Word {
  start: number;
  end: number;
  line: number;
  verdict: number;
  /** For ambiguous words, the scripts of their look-alikes; for foreign words, their own scripts. */
  scripts: readonly string[];
  /** Plain ASCII: nothing in it to fold. */
  ascii: boolean;
}

/** Typographic punctuation NFKC would flatten but that we keep as written. */
const PRESERVED = new Set([0x2026 /* … */, 0x2033 /* ″ */, 0x2034 /* ‴ */]);

/** How many decided words on each side an undecided word consults. */
const NEIGHBOURS = 3;

/** Folds look-alike letters inside Latin-script words back to Latin; leaves other scripts untouched. */
export function foldLookAlikes(text: string): string {
  // Plain ASCII has nothing to fold and nothing NFKC would change.
  if (!NON_ASCII.test(text)) return text;
  const words = findWords(text);
  resolveUndecided(words);

  // Unchanged stretches are copied in one piece; only changed words and gaps are rebuilt.
  const parts: string[] = [];
  let copiedUpTo = 0;
  let cursor = 0;
  const replace = (start: number, end: number, replacement: string) => {
    if (replacement === text.slice(start, end)) return;
    parts.push(text.slice(copiedUpTo, start), replacement);
    copiedUpTo = end;
  };
  for (let index = 0; index <= words.length; index += 1) {
    const word = words[index];
    const gapEnd = word ? word.start : text.length;
    if (gapEnd > cursor) {
      const left = words[index - 1];
      // Spaces and punctuation beside a foreign word stay exactly as written.
      const foreignAround = word?.verdict === FOREIGN || left?.verdict === FOREIGN;
      if (!foreignAround) replace(cursor, gapEnd, foldGap(text, cursor, gapEnd));
    }
    if (!word) break;
    if (word.verdict === LATIN && !word.ascii) {
      replace(word.start, word.end, foldWord(text, word.start, word.end, startsSentence(text, word.start)));
    }
    cursor = word.end;
  }
  parts.push(text.slice(copiedUpTo));
  return parts.join('');
}

const NON_ASCII = /[^\u0000-\u007f]/;

function findWords(text: string): Word[] {
  const words: Word[] = [];
  let line = 0;
  let wordStart = -1;
  let ascii = true;
  let hasLetter = false;
  let index = 0;
  while (index < text.length) {
    const codePoint = text.codePointAt(index)!;
    if (isWordChar(codePoint)) {
      if (wordStart < 0) {
        wordStart = index;
        ascii = true;
        hasLetter = false;
      }
      if (codePoint >= 0x80) ascii = false;
      else if (codePoint > 0x39) hasLetter = true;
    } else {
      if (wordStart >= 0) {
        words.push(
          ascii ? asciiWord(wordStart, index, line, hasLetter) : judgeWord(text, wordStart, index, line),
        );
        wordStart = -1;
      }
      if (codePoint === 10) line += 1;
    }
    index += codePoint > 0xffff ? 2 : 1;
  }
  if (wordStart >= 0) {
    words.push(
      ascii
        ? asciiWord(wordStart, text.length, line, hasLetter)
        : judgeWord(text, wordStart, text.length, line),
    );
  }
  return words;
}

/** A word of plain ASCII: Latin if it has a letter, otherwise a number waiting for its neighbours. */
function asciiWord(start: number, end: number, line: number, hasLetter: boolean): Word {
  return { start, end, line, verdict: hasLetter ? LATIN : NEUTRAL, scripts: [], ascii: true };
}

/** Judges one word by its letters (see the file comment). */
function judgeWord(text: string, start: number, end: number, line: number): Word {
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
    if (!LOOK_ALIKES.has(codePoint)) {
      const normalized = nfkcOf(codePoint);
      target = normalized.codePointAt(0) ?? codePoint;
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

  let verdict: number;
  let scripts: readonly string[] = [];
  if (latin > 0 && (strong === 0 || latin >= strong + lookAlikes)) {
    verdict = LATIN;
  } else if (strong > 0) {
    verdict = FOREIGN;
    scripts = strongScripts ?? [];
  } else if (lookAlikes > 0) {
    verdict = AMBIGUOUS;
    scripts = lookAlikeScripts ?? [];
  } else {
    // Digits, marks and format characters only. Even plain ASCII digits wait for their
    // neighbours: a number is no evidence of Latin text, but decides the spaces around it.
    verdict = NEUTRAL;
  }
  return { start, end, line, verdict, scripts, ascii: false };
}

/** Settles ambiguous and neutral words by the decided words around them. */
function resolveUndecided(words: Word[]): void {
  const decided: number[] = [];
  for (let index = 0; index < words.length; index += 1) {
    const verdict = words[index]!.verdict;
    if (verdict === LATIN || verdict === FOREIGN) decided.push(index);
  }
  // `next` is the position in `decided` of the first decided word after the current one.
  let next = 0;
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    while (next < decided.length && decided[next]! <= index) next += 1;
    if (word.verdict !== AMBIGUOUS && word.verdict !== NEUTRAL) continue;
    if (word.verdict === AMBIGUOUS && word.scripts.length >= 2) {
      word.verdict = LATIN;
      continue;
    }
    const voters = neighbours(words, decided, next, word.line);
    let latinVotes = 0;
    let sameScriptVotes = 0;
    let otherVotes = 0;
    for (const voter of voters) {
      if (voter.verdict === LATIN) latinVotes += 1;
      else if (voter.scripts.some((script) => word.scripts.includes(script))) sameScriptVotes += 1;
      else otherVotes += 1;
    }
    if (word.verdict === NEUTRAL) {
      word.verdict = latinVotes >= sameScriptVotes + otherVotes ? LATIN : FOREIGN;
    } else if (latinVotes > sameScriptVotes) {
      word.verdict = LATIN;
    } else {
      // Nothing says Latin: leave the word as it was written.
      word.verdict = FOREIGN;
    }
  }
}

/** Up to NEIGHBOURS decided words on each side, preferring those on the same line. */
function neighbours(words: Word[], decided: number[], next: number, line: number): Word[] {
  const around: Word[] = [];
  for (let offset = 1; offset <= NEIGHBOURS; offset += 1) {
    const before = decided[next - offset];
    const after = decided[next + offset - 1];
    if (before !== undefined) around.push(words[before]!);
    if (after !== undefined) around.push(words[after]!);
  }
  const sameLine = around.filter((word) => word.line === line);
  if (sameLine.length > 0) return sameLine;
  const nearest: Word[] = [];
  const before = decided[next - 1];
  const after = decided[next];
  if (before !== undefined) nearest.push(words[before]!);
  if (after !== undefined) nearest.push(words[after]!);
  return nearest;
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

interface FoldedChar {
  text: string;
  folded: boolean;
  caseless: boolean;
}

/** Folds one Latin word: NFKC, look-alikes to Latin, invisible characters dropped, case repaired. */
function foldWord(text: string, start: number, end: number, sentenceStart: boolean): string {
  const chars: FoldedChar[] = [];
  let hasLetters = false;
  let index = start;
  while (index < end) {
    const codePoint = text.codePointAt(index)!;
    index += codePoint > 0xffff ? 2 : 1;
    if (codePoint < 0x80) {
      const char = String.fromCharCode(codePoint);
      if (charClass(codePoint) === CHAR_LETTER) hasLetters = true;
      chars.push({ text: char, folded: false, caseless: false });
      continue;
    }
    if (charClass(codePoint) === CHAR_FORMAT) continue;
    const raw = LOOK_ALIKES.get(codePoint);
    if (raw) {
      chars.push({ text: raw.latin, folded: true, caseless: raw.caseless });
      if (charClass(codePoint) === CHAR_LETTER) hasLetters = true;
      continue;
    }
    for (const normalizedChar of nfkcOf(codePoint)) {
      const normalized = normalizedChar.codePointAt(0)!;
      const lookAlike = LOOK_ALIKES.get(normalized);
      const kind = charClass(normalized);
      if (kind === CHAR_LETTER) hasLetters = true;
      if (lookAlike) chars.push({ text: lookAlike.latin, folded: true, caseless: lookAlike.caseless });
      else if (kind === CHAR_DIGIT && normalized >= 0x80)
        chars.push({ text: String(digitValue(normalized)), folded: true, caseless: false });
      else if (kind !== CHAR_FORMAT) chars.push({ text: normalizedChar, folded: false, caseless: false });
    }
  }
  if (!hasLetters) return digitsOnly(text, start, end);
  repairCase(chars, sentenceStart);
  return chars
    .map((char) => char.text)
    .join('')
    .normalize('NFC');
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
 */
function repairCase(chars: FoldedChar[], sentenceStart: boolean): void {
  const first = chars.findIndex((char) => isCased(char.text));
  if (first < 0) return;
  let lower = 0;
  let upper = 0;
  let smallCapitals = 0;
  for (let index = first + 1; index < chars.length; index += 1) {
    const char = chars[index]!;
    if (!isCased(char.text)) continue;
    if (char.caseless) smallCapitals += 1;
    else if (!isUpper(char.text)) lower += 1;
    else if (!char.folded) upper += 1;
  }
  const head = chars[first]!;
  // Small letters decide first, then plain capitals, then small capitals (drawn small, so most
  // often standing for small letters). With only look-alike capitals after a capital ("ΤΗΕ"), the
  // word is upper case; otherwise lower.
  let lowerWord = true;
  if (lower === 0 && (upper > 0 || smallCapitals === 0)) {
    lowerWord = !(upper > 0 || (!head.caseless && isUpper(head.text) && hasFoldedCapitalsOnly(chars, first)));
  }
  for (let index = first; index < chars.length; index += 1) {
    const char = chars[index]!;
    if (!char.folded || !isCased(char.text)) continue;
    if (index === first) {
      if (char.caseless && (sentenceStart || !lowerWord)) char.text = char.text.toUpperCase();
    } else {
      char.text = lowerWord ? char.text.toLowerCase() : char.text.toUpperCase();
    }
  }
}

/** True when every cased letter after the first is a folded capital or a small capital ("ΑΝΤ", "Aᴛ"). */
function hasFoldedCapitalsOnly(chars: FoldedChar[], first: number): boolean {
  let capitals = 0;
  for (let index = first + 1; index < chars.length; index += 1) {
    const char = chars[index]!;
    if (!isCased(char.text) || char.caseless) continue;
    if (!isUpper(char.text)) return false;
    capitals += 1;
  }
  return capitals > 0;
}
