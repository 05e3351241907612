/**
 * Which stage of the space period an imported section belongs to, from its heading and its words.
 * The rule is deliberately plain, so a user can predict it (and change the result in the Guide):
 *
 * 1. The heading decides first, in this order:
 *    - closing words ("Conclusion", "Final thoughts", "In closing", "Summary", "Takeaways"): `end`;
 *    - acceptance ("accept", "outcome", "let go", "move on", "closure"): `any`;
 *    - reaching out ("reach out", "reconnect", "contact", "apologise", "sorry", "try again", "get back
 *      together", "first message", "rebuild trust", "second chance"): `after`;
 *    - time apart and the self ("space", "time apart", "no contact", "reflect", "self-care", "heal",
 *      "grow", "growth", "understand", "what went wrong", "grief", "hobbies", "friends", "family",
 *      "rest", "sleep"): `space`.
 * 2. Otherwise the section's text decides, by counting the same keywords: reaching out wins when it
 *    is named twice or more, or once with no word of time apart; then time apart; then acceptance.
 *    Reaching out to friends, family, a therapist or other support does not count as reaching out.
 * 3. A section that names none of them is offered at `any` time.
 * Reaching out is also recognised in Spanish, Portuguese, French, Italian, German and Russian
 * (REACHING_OUT_OTHER); the other stages are English only, so such a section is otherwise `any`.
 *
 * Reaching out comes before time apart on purpose: a section held back until the space period
 * ends costs the user little, while advice to make contact during it is what the space period
 * exists to prevent.
 */
import type { SectionStage } from '../../shared/domain.ts';

export interface StageVerdict {
  stage: SectionStage;
  /** Why, in words a user can read: the keyword that decided, and where it was found. */
  because: string;
}

const CLOSING =
  /^(?:in )?(?:conclusion|conclusions|final (?:thoughts?|words?|notes?)|closing(?: (?:thoughts?|words?))?|in closing|wrapping up|wrap-up|summary|to sum up|the bottom line|last words?|(?:key )?takeaways?|a final note|final word)\b/i;

const ACCEPTANCE =
  /\b(?:accept(?:s|ing|ance)?|outcome|let(?:ting)? (?:it |them |him |her )?go|mov(?:e|ing) on|closure|whatever (?:happens|it may be|comes))\b/gi;

const REACHING_OUT =
  /\b(?:reach(?:ing)? out(?! to (?:a |your |some |the |other )?(?:friends?|family|someone|people|others|therapist|counsel\w*|support\w*|loved ones?))|reconnect\w*|get(?:ting)? (?:back )?in touch|(?:re)?contact(?:ing)? (?:them|him|her|your ex)|apologi[sz]\w*|apology|say(?:ing)? sorry|make amends|(?:get(?:ting)? )?back together|win(?:ning)? (?:them|him|her) back|try(?:ing)? again|second chance|rebuild(?:ing)? (?:the |their |your )?(?:trust|relationship|friendship)|first (?:message|text|date|conversation|contact)|(?:text|call|messag)(?:e|es|ing)? (?:them|him|her|your ex)|meet(?:ing)? up|ask(?:ing)? (?:them|him|her) out|rekindl\w*)\b/gi;

/**
 * Reaching out in the other languages people import most (Spanish, Portuguese, French, Italian,
 * German, Russian): the same rule, so advice to write to the ex is held back whatever its language.
 * Word edges are Unicode letters, which `\b` does not know.
 */
const REACHING_OUT_OTHER =
  /(?<!\p{L})(?:volver con (?:él|ella|tu ex)|reconquist\p{L}*|recuperar a (?:tu|su) ex|escribirle|llamarle|contactar(?:le|lo|la)|pedir perdón|disculp\p{L}*|reconectar|voltar com|reconquistar|pedir desculpas|recontacter|reprendre contact|récupérer (?:son|ton|votre) ex|reconquérir|s['’]excuser|(?:le|la|lui) (?:écrire|appeler)|riconquist\p{L}*|ricontattar\p{L}*|chiedere scusa|scusarsi|zurückgewinnen|zurückerober\p{L}*|kontakt aufnehmen|(?:ihm|ihr) schreiben|(?:dich|sich) entschuldig\p{L}*|entschuldigung|вернуть (?:его|её|ее|бывш\p{L}*)|написать (?:ему|ей|бывш\p{L}*)|позвонить (?:ему|ей)|извин\p{L}*|помири\p{L}*)(?!\p{L})/giu;

const TIME_APART =
  /\b(?:space|time apart|distance|no[- ]contact|reflect\w*|self[- ]care|look(?:ing)? after yourself|take care of yourself|heal\w*|grow(?:s|th|ing)?|hobb(?:y|ies)|understand\w*|what went wrong|grie(?:f|ve|ving)|apart|friends?|family|rest|sleep)\b/gi;

function first(pattern: RegExp, text: string): string | null {
  pattern.lastIndex = 0;
  const match = pattern.exec(text);
  pattern.lastIndex = 0;
  return match ? match[0].toLowerCase() : null;
}

function count(pattern: RegExp, text: string): { count: number; example: string | null } {
  const matches = text.match(pattern) ?? [];
  return { count: matches.length, example: matches[0]?.toLowerCase() ?? null };
}

/** The stage of a section (see the file comment); `text` is everything under its heading. */
export function sectionStage(heading: string, text: string): StageVerdict {
  const title = heading.trim();
  if (CLOSING.test(title)) return { stage: 'end', because: `the heading closes the article (“${title}”)` };
  for (const [pattern, stage] of [
    [ACCEPTANCE, 'any'],
    [REACHING_OUT, 'after'],
    [REACHING_OUT_OTHER, 'after'],
    [TIME_APART, 'space'],
  ] as const) {
    const word = first(pattern, title);
    if (word) return { stage, because: `the heading says “${word}”` };
  }
  const body = text.length > 50_000 ? text.slice(0, 50_000) : text;
  const english = count(REACHING_OUT, body);
  const other = count(REACHING_OUT_OTHER, body);
  const out = { count: english.count + other.count, example: english.example ?? other.example };
  const apart = count(TIME_APART, body);
  if (out.count >= 2 || (out.count === 1 && apart.count === 0)) {
    return { stage: 'after', because: `the text says “${out.example}”` };
  }
  if (apart.count > 0) return { stage: 'space', because: `the text says “${apart.example}”` };
  const accept = count(ACCEPTANCE, body);
  if (accept.count > 0) return { stage: 'any', because: `the text says “${accept.example}”` };
  return { stage: 'any', because: 'no keyword decides it' };
}
