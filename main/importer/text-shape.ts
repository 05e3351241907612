/**
 * The shape of short pieces of text: does a line read like a title, is it in Title Case, is a
 * sentence a question. Plain string scans, no regular expressions over unbounded input.
 */

/** Words that open a question when a sentence after "Ask yourself:" ends with a full stop. */
const QUESTION_WORDS = new Set([
  'what',
  'why',
  'how',
  'when',
  'where',
  'who',
  'whom',
  'whose',
  'which',
  'is',
  'are',
  'was',
  'were',
  'am',
  'do',
  'does',
  'did',
  'can',
  'could',
  'would',
  'will',
  'should',
  'shall',
  'have',
  'has',
  'had',
  'may',
  'might',
  'must',
]);

/** Splits on ASCII spaces and drops empty pieces. */
export function words(text: string): string[] {
  return text.split(' ').filter((word) => word !== '');
}

/**
 * True for a question too short to write about ("Why?", "Really now?"). Text without spaces
 * (Chinese, Japanese) is judged by its length instead.
 */
export function isTooShortForPrompt(text: string): boolean {
  if (words(text).length >= 3) return false;
  // Only scripts written without spaces fit a whole question in one "word"; in the others
  // "Lonely?" is a fragment of a list of feelings, not something to write about.
  return !UNSPACED_SCRIPT.test(text) || text.length < 6;
}

const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;

/** True when most longer words start with a capital ("Take Time to Reflect on the Breakup"). */
export function isTitleCase(text: string): boolean {
  let long = 0;
  let capitalised = 0;
  for (const word of words(text)) {
    const letters = word.replace(/[^\p{L}]/gu, '');
    if (letters.length < 4) continue;
    long += 1;
    if (letters[0] !== letters[0]!.toLowerCase()) capitalised += 1;
  }
  return long > 0 && capitalised / long >= 0.6;
}

/** True when a line could be a heading: short, not a sentence, starting with a capital or a digit. */
export function isTitleLike(text: string, maxWords = 14): boolean {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > 150) return false;
  const count = words(trimmed).length;
  if (count > maxWords) return false;
  const first = trimmed[0]!;
  if (first === first.toLowerCase() && first !== first.toUpperCase()) return false;
  const last = trimmed[trimmed.length - 1]!;
  if ('.,;!…'.includes(last)) return false;
  if (last === '?' && !isTitleCase(trimmed)) return false;
  return true;
}

const GREEK_LETTER = /\p{Script=Greek}/u;

/** True for a question mark at `index`: "?", the full-width "？", or Greek's ";" after a Greek letter. */
export function isQuestionMarkAt(text: string, index: number): boolean {
  const char = text[index];
  if (char === '?' || char === '？' || char === '\u037e') return true;
  return char === ';' && index > 0 && GREEK_LETTER.test(text[index - 1]!);
}

/** True when a sentence ends with a question mark (before any closing quotes or brackets). */
export function endsWithQuestionMark(sentence: string): boolean {
  let index = sentence.length - 1;
  while (index >= 0 && '"\'”’»)] '.includes(sentence[index]!)) index -= 1;
  return index >= 0 && isQuestionMarkAt(sentence, index);
}

/** True when a sentence opens with a question word ("Was it…", "What do…"). */
export function startsLikeQuestion(sentence: string): boolean {
  const first = sentence
    .trim()
    .split(' ')[0]
    ?.replace(/[^\p{L}]/gu, '')
    .toLowerCase();
  return first !== undefined && QUESTION_WORDS.has(first);
}

// Inside a word: apostrophes, hyphens, the middle dot (Catalan "l·l"), Armenian emphasis and
// question marks ("Ի՞նչ"), Hebrew geresh and gershayim.
const WORD_TOKEN = /^[\p{L}\p{M}]+(?:['’\-·\u055a-\u055f\u05f3\u05f4]+[\p{L}\p{M}]*)*$/u;
const NUMBER_TOKEN = /^[#№]?\d{1,4}(?:[.,]\d+)?(?:%|st|nd|rd|th|s)?$/u;
// At a word's edges: quotes, brackets and the sentence marks of many scripts (Armenian "։",
// Arabic "،" and "؟", Devanagari "।", Ethiopic "።").
const TOKEN_EDGES =
  /^[("'“‘«¿¡[*_„‚]+|[)"'”’»\].,;:!?…*_\u0589\u060c\u061b\u061f\u06d4\u0964\u0965\u1361-\u1368\u0387]+$/gu;
const LETTER_CHAR = /[\p{L}\p{M}]/gu;

/**
 * True for a sentence written in words: most of its tokens are words (numbers count for nothing
 * either way), not data, code or log lines ("2024-01-01,3,ok", "print(\"hello\")"). Text in a
 * script written without spaces is judged by its share of letters instead.
 */
export function isProse(sentence: string): boolean {
  if (UNSPACED_SCRIPT.test(sentence)) {
    const visible = sentence.replace(/\s+/g, '').length;
    return visible > 0 && (sentence.match(LETTER_CHAR)?.length ?? 0) * 2 >= visible;
  }
  let wordCount = 0;
  let other = 0;
  // Any space parts words here: Russian puts a no-break space after "с" and "в".
  // Direction marks and joiners (Hebrew, Arabic, Persian) are part of words, not signs.
  for (const token of sentence.replace(/\p{Cf}/gu, '').split(/\s+/)) {
    const bare = token.replace(TOKEN_EDGES, '');
    // Numbers and lone signs ("&", "+", "—") say nothing either way.
    if (NUMBER_TOKEN.test(bare) || !/[\p{L}\p{N}]/u.test(bare)) continue;
    if (WORD_TOKEN.test(bare)) wordCount += 1;
    else other += 1;
  }
  return wordCount >= 2 && wordCount >= (wordCount + other) * 0.8;
}

const SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'but',
  'by',
  'for',
  'from',
  'in',
  'into',
  'nor',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
]);

/**
 * An English heading written in capitals ("GIVE YOURSELF PERMISSION TO GRIEVE") in Title Case, as
 * the Guide shows every other title; anything with a small letter is left as written. Only for
 * English: other languages case their titles by other rules (German nouns keep their capitals).
 */
export function titleCaseFromCapitals(title: string): string {
  if (!/\p{Lu}.*\p{Lu}/u.test(title) || /\p{Ll}/u.test(title) || words(title).length < 2) return title;
  let first = true;
  return title.replace(/[\p{L}’']+/gu, (word) => {
    const lower = word.toLowerCase();
    const cased = !first && SMALL_WORDS.has(lower) ? lower : lower[0]!.toUpperCase() + lower.slice(1);
    first = false;
    return cased;
  });
}
