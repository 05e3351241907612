/**
 * The prompts of one section, in the order they appear:
 * - every explicit question: in paragraphs, after "Ask yourself:", in question headings and lists;
 * - every list item, a bold lead-in ("**Take accountability**: …") becoming the prompt's title;
 * - when the section has neither, one reflective prompt built from its gist (its first full sentence).
 * In English text, an item or gist that gives advice rather than asks becomes a question about it,
 * from our own templates for the section's stage, with the article's sentence kept as its quote
 * (reflective-prompts.ts). Text in other languages keeps its own words.
 */
import type { SectionStage } from '../../shared/domain.ts';
import { isDebrisSentence } from './furniture.ts';
import { type InlineText, type Span, sliceInline, sourceSpan, trimInline } from './inline-text.ts';
import type { TextBlock } from './markdown-blocks.ts';
import type { OutlineSection } from './outline.ts';
import { reflectiveQuestion } from './reflective-prompts.ts';
import { splitSentences } from './sentences.ts';
import {
  endsWithQuestionMark,
  isProse,
  isTitleCase,
  isTooShortForPrompt,
  startsLikeQuestion,
  words,
} from './text-shape.ts';

/** A prompt drawn from an article; `source` locates it in the cleaned text. */
export interface ArticlePrompt {
  text: string;
  title?: string;
  /** The article's own sentence, when the prompt is our question about it. */
  quote?: string;
  source: Span;
}

/** What a section's prompts are written for: its stage, and whether our English questions suit it. */
export interface PromptContext {
  stage: SectionStage;
  english: boolean;
}

interface WritingContext extends PromptContext {
  /** How many advice prompts the section has so far, to vary the questions. */
  advice: number;
}

const MAX_QUESTION_LENGTH = 600;
const MAX_ITEM_LENGTH = 1200;
const MAX_TITLE_LENGTH = 120;
const MAX_PROMPTS = 300;
const GIST_MAX_WORDS = 60;

/** Words that, before a colon, introduce questions ("Ask yourself:", "Questions to consider:"). */
const INTRODUCER =
  /\b(ask|asking|consider|question|questions|reflect|reflection|think|wonder|yourself|journal|prompts?)\b/i;

/** Builds the prompts of a section (see the file comment). */
export function sectionPrompts(section: OutlineSection, promptContext: PromptContext): ArticlePrompt[] {
  const context: WritingContext = { ...promptContext, advice: 0 };
  const prompts: ArticlePrompt[] = [];
  const seen = new Set<string>();
  const add = (prompt: ArticlePrompt) => {
    // Our questions repeat from item to item; the article's own words tell prompts apart.
    const key = (prompt.quote ?? prompt.text).toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(key) || prompts.length >= MAX_PROMPTS) return;
    seen.add(key);
    prompts.push(prompt);
  };

  if (
    section.heading &&
    endsWithQuestionMark(section.title) &&
    !isTooShortForPrompt(section.title) &&
    !(context.english && asksAboutTopic(section.title))
  ) {
    add({ text: section.title, source: section.heading.span });
  }
  // After a line like "Ask yourself these questions:", list items are questions even without "?".
  let questionsFollow = false;
  // The item a nested item belongs to, while the list goes on.
  let parent: { block: TextBlock; prompt: ArticlePrompt | null } | null = null;
  for (const block of section.blocks) {
    if (block.kind === 'heading') {
      const question = questionIn(block.inline.text, false);
      if (question) add({ text: question, source: block.span });
      questionsFollow = false;
      parent = null;
      continue;
    }
    if (block.kind === 'item') {
      if (parent && block.indent > parent.block.indent && !endsWithQuestionMark(block.inline.text)) {
        // "- Go to bed at the same time / - even when you are not tired": a nested item that
        // does not ask finishes its item's thought, so it joins that prompt instead of standing alone.
        if (parent.prompt) extendPrompt(parent.prompt, block);
        continue;
      }
      const prompt = itemPrompt(block, questionsFollow, context);
      if (prompt) add(prompt);
      if (!parent || block.indent <= parent.block.indent) parent = { block, prompt };
      continue;
    }
    parent = null;
    for (const prompt of paragraphQuestions(block.inline)) add(prompt);
    questionsFollow = introducesQuestions(block.inline.text);
  }
  if (prompts.length === 0) {
    const gist = gistPrompt(section, context);
    if (gist) add(gist);
  }
  return prompts;
}

const PERSON = /\b(i|i'm|i’m|me|my|mine|myself|we|us|our|you|you're|you’re|your|yours|yourself)\b/i;

/**
 * "What Is the No Contact Rule?", "Does No Contact Work?": a heading in Title Case that asks about
 * a topic, not about the reader, announces what the section explains; it is nothing to write about.
 * "What am I grieving?" and "Who is still here?" (not in Title Case) are questions for the reader.
 */
function asksAboutTopic(title: string): boolean {
  return isTitleCase(title) && !PERSON.test(title);
}

/** Adds a nested item's words to its item's prompt (to the quote, when the prompt is our question). */
function extendPrompt(prompt: ArticlePrompt, nested: TextBlock): void {
  const words = nested.inline.text.trim();
  if (words === '' || isDebrisSentence(words)) return;
  const join = (text: string) =>
    `${text.replace(/[\s:;,.]+$/, '')}${/[:]$/.test(text.trim()) ? ':' : ';'} ${words}`;
  if (prompt.quote !== undefined) prompt.quote = join(prompt.quote);
  else prompt.text = join(prompt.text);
  prompt.source = { start: prompt.source.start, end: Math.max(prompt.source.end, nested.span.end) };
}

/** True for a paragraph ending in a colon that announces questions ("Ask yourself:"). */
function introducesQuestions(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed.endsWith(':')) return false;
  const tail = trimmed.slice(Math.max(0, trimmed.length - 120));
  return INTRODUCER.test(tail);
}

/** The question a sentence asks, without its introduction; null when it asks none. */
function questionIn(sentence: string, questionsFollow: boolean): string | null {
  let text = stripIntroduction(sentence.trim());
  if (text.length > MAX_QUESTION_LENGTH) return null;
  if (!endsWithQuestionMark(text)) {
    const introduced = text !== sentence.trim() || questionsFollow;
    if (!introduced || !startsLikeQuestion(text)) return null;
    text = `${text.replace(/[.;:!…\s]+$/, '')}?`;
  }
  text = quotedQuestion(text);
  if (isTooShortForPrompt(text)) return null;
  return capitalise(text);
}

/** "Ask yourself: Was it…?" → "Was it…?"; only a short introduction before the colon is dropped. */
function stripIntroduction(sentence: string): string {
  const colon = sentence.indexOf(':');
  if (colon < 0 || colon > 80) return sentence;
  const before = sentence.slice(0, colon);
  const after = sentence.slice(colon + 1).trim();
  if (after === '' || words(before).length > 8 || !INTRODUCER.test(before)) return sentence;
  return after;
}

/** 'Ask yourself, “Do I miss them?”' → 'Do I miss them?' */
function quotedQuestion(text: string): string {
  const last = text[text.length - 1];
  const pairs: Record<string, string> = { '”': '“', '"': '"', '»': '«', '’': '‘' };
  const open = last ? pairs[last] : undefined;
  if (!open) return text;
  const start = text.lastIndexOf(open, text.length - 2);
  if (start < 0) return text;
  const inner = text.slice(start + 1, -1).trim();
  const before = text.slice(0, start).trim();
  if (!endsWithQuestionMark(inner) || words(before).length > 8) return text;
  return before === '' ? text : inner;
}

function capitalise(text: string): string {
  const first = text[0];
  return first && first !== first.toUpperCase() ? first.toUpperCase() + text.slice(1) : text;
}

function paragraphQuestions(inline: InlineText): ArticlePrompt[] {
  const prompts: ArticlePrompt[] = [];
  let introduced = false;
  for (const span of splitSentences(inline.text)) {
    const sentence = inline.text.slice(span.start, span.end);
    if (isDebrisSentence(sentence)) continue;
    const question = questionIn(sentence, introduced);
    if (question) prompts.push({ text: question, source: sourceSpan(inline, span.start, span.end) });
    // "Ask yourself:" at the end of one sentence makes the next ones questions.
    introduced = question !== null ? introduced : introducesQuestions(sentence);
  }
  return prompts;
}

/** A list item as a prompt: its text, with a bold lead-in (or a short "Lead-in:") as the title. */
function itemPrompt(
  block: TextBlock,
  questionsFollow: boolean,
  context: WritingContext,
): ArticlePrompt | null {
  const { title, body } = splitLeadIn(block.inline);
  let text = body.text.trim();
  let promptTitle = title;
  if (text === '') {
    text = title ?? '';
    promptTitle = null;
  }
  if (text === '' || isDebrisSentence(text) || !isProse(text)) return null;
  if (promptTitle) text = capitalise(text);
  if (!endsWithQuestionMark(text)) {
    const question = questionsFollow ? questionIn(text, true) : null;
    if (question) text = question;
  } else {
    text = questionIn(text, false) ?? text;
  }
  if (text.length > MAX_ITEM_LENGTH) {
    // End at the last whole sentence that fits; only a single endless sentence is cut at a word.
    const sentenceEnd = splitSentences(text)
      .map((span) => span.end)
      .filter((end) => end <= MAX_ITEM_LENGTH)
      .pop();
    const cut = text.lastIndexOf(' ', MAX_ITEM_LENGTH);
    text =
      sentenceEnd !== undefined && sentenceEnd > MAX_ITEM_LENGTH / 4
        ? text.slice(0, sentenceEnd)
        : `${text.slice(0, cut > MAX_ITEM_LENGTH / 2 ? cut : MAX_ITEM_LENGTH)}…`;
  }
  const prompt: ArticlePrompt = { text, source: block.span };
  if (promptTitle) prompt.title = promptTitle;
  if (context.english && !endsWithQuestionMark(text)) {
    prompt.quote = text;
    prompt.text = reflectiveQuestion(context.stage, promptTitle, context.advice);
    context.advice += 1;
  }
  return prompt;
}

/** Separates a bold lead-in, or a short capitalised "Lead-in:" phrase, from the rest of an item. */
export function splitLeadIn(inline: InlineText): { title: string | null; body: InlineText } {
  const bold = inline.bold[0];
  if (bold && bold.start === 0 && bold.end < inline.text.length) {
    const title = inline.text
      .slice(0, bold.end)
      .replace(/[\s:.\-–—]+$/, '')
      .trim();
    let rest = bold.end;
    while (rest < inline.text.length && ' :.-–—'.includes(inline.text[rest]!)) rest += 1;
    if (title !== '' && title.length <= MAX_TITLE_LENGTH) {
      return { title, body: trimInline(sliceInline(inline, rest, inline.text.length)) };
    }
  }
  if (bold && bold.start === 0 && bold.end >= inline.text.length) return { title: null, body: inline };
  const colon = inline.text.indexOf(': ');
  if (colon > 0 && colon <= 60) {
    const lead = inline.text.slice(0, colon);
    const rest = inline.text.slice(colon + 2).trim();
    const leadWords = words(lead).length;
    const capitalised = lead[0] !== lead[0]!.toLowerCase();
    if (
      rest !== '' &&
      leadWords <= 6 &&
      capitalised &&
      !endsWithQuestionMark(lead) &&
      !INTRODUCER.test(lead)
    ) {
      return { title: lead.trim(), body: trimInline(sliceInline(inline, colon + 2, inline.text.length)) };
    }
  }
  return { title: null, body: inline };
}

/** One reflective prompt from the section's first full sentence (or, failing that, its title). */
function gistPrompt(section: OutlineSection, context: WritingContext): ArticlePrompt | null {
  let fallback: { sentence: string; source: Span } | null = null;
  for (const block of section.blocks) {
    if (block.kind !== 'paragraph') continue;
    for (const span of splitSentences(block.inline.text)) {
      const sentence = block.inline.text.slice(span.start, span.end).trim();
      if (isDebrisSentence(sentence) || sentence.endsWith(':') || !isProse(sentence)) continue;
      const count = words(sentence).length;
      const source = sourceSpan(block.inline, span.start, span.end);
      if (count >= 6 && count <= GIST_MAX_WORDS) return reflectOn(sentence, source, context);
      if (!fallback && count >= 3 && sentence.length <= MAX_QUESTION_LENGTH) fallback = { sentence, source };
    }
  }
  if (fallback) return reflectOn(fallback.sentence, fallback.source, context);
  // A heading with nothing under it (a part title, say) is not a section worth a prompt.
  if (!section.heading || section.title === '' || section.blocks.length === 0) return null;
  const title = isTitleCase(section.title) ? section.title : section.title.replace(/[.!]+$/, '');
  if (!context.english) return { text: title, source: section.heading.span };
  return { text: reflectiveQuestion(context.stage, title, 0), source: section.heading.span };
}

function reflectOn(sentence: string, source: Span, context: WritingContext): ArticlePrompt {
  const quote = sentence.replace(/^["“‘']+|["”’']+$/g, '');
  if (!context.english) return { text: quote, source };
  return { text: reflectiveQuestion(context.stage, null, 0), quote, source };
}
