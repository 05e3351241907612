/**
 * Sentence boundaries in plain text, in one pass: a sentence ends at . ! ? or … (with any closing
 * quotes or brackets) followed by a space and something that can start a sentence. Common
 * abbreviations and initials do not end a sentence.
 */
import type { Span } from './inline-text.ts';
import { isQuestionMarkAt } from './text-shape.ts';

const TERMINATORS = '.!?…。？！';
/** 1 for the code points that may end a sentence (Greek ";" included, checked further on). */
const TERMINATOR_CODES = new Uint8Array(0x10000);
for (const char of `${TERMINATORS};\u037e`) TERMINATOR_CODES[char.charCodeAt(0)] = 1;
const FULL_WIDTH = '。？！';
const CLOSERS = '"\'”’»)]*」』';
const OPENERS = '"\'“‘«(¿¡[';
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'eg',
  'ie',
  'jr',
  'sr',
  'no',
  'fig',
  'approx',
  'inc',
  'ltd',
  'co',
  'cf',
]);

/** The sentences of a text, as spans (trimmed, never empty). */
export function splitSentences(text: string): Span[] {
  const sentences: Span[] = [];
  let start = skipSpaces(text, 0);
  let index = start;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    // Most characters end nothing: one table lookup decides.
    if (code >= TERMINATOR_CODES.length || TERMINATOR_CODES[code] === 0) {
      index += 1;
      continue;
    }
    const char = text[index]!;
    if (!TERMINATORS.includes(char) && !isQuestionMarkAt(text, index)) {
      index += 1;
      continue;
    }
    let end = index + 1;
    while (end < text.length && TERMINATORS.includes(text[end]!)) end += 1;
    while (end < text.length && CLOSERS.includes(text[end]!)) end += 1;
    if (end >= text.length) break;
    // Full-width stops (Chinese, Japanese) end a sentence with no space after them.
    if (FULL_WIDTH.includes(text[end - 1]!) || FULL_WIDTH.includes(char)) {
      sentences.push({ start, end });
      start = skipSpaces(text, end);
      index = start;
      continue;
    }
    if (text[end] !== ' ') {
      index = end;
      continue;
    }
    const next = skipSpaces(text, end);
    if (next >= text.length) break;
    if (canStartSentence(text[next]!) && !(char === '.' && endsWithAbbreviation(text, start, index))) {
      sentences.push({ start, end });
      start = next;
    }
    index = next;
  }
  const end = trimEnd(text, text.length);
  if (end > start) sentences.push({ start, end });
  return sentences;
}

function skipSpaces(text: string, index: number): number {
  let position = index;
  while (position < text.length && text[position] === ' ') position += 1;
  return position;
}

function trimEnd(text: string, end: number): number {
  let position = end;
  while (position > 0 && text[position - 1] === ' ') position -= 1;
  return position;
}

function canStartSentence(char: string): boolean {
  if (OPENERS.includes(char)) return true;
  if (char >= '0' && char <= '9') return true;
  // A capital, or a letter from a script without case (it cannot be told apart, so it may start one).
  return char !== char.toLowerCase() || (char === char.toUpperCase() && /\p{L}/u.test(char));
}

/** True when the word before a full stop is an abbreviation or a single initial ("J. Smith"). */
function endsWithAbbreviation(text: string, sentenceStart: number, dot: number): boolean {
  let wordStart = dot;
  while (wordStart > sentenceStart && text[wordStart - 1] !== ' ' && dot - wordStart < 12) wordStart -= 1;
  const word = text
    .slice(wordStart, dot)
    .toLowerCase()
    .replace(/^[("'“‘]+/, '');
  if (word.length === 1 && /\p{L}/u.test(word)) return true;
  return ABBREVIATIONS.has(word);
}
