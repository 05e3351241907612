/**
 * Advice into invitations to write. An article tells the reader what to do ("Look after yourself:
 * spend time with friends…"); a journal asks. An advice item keeps its title and becomes a question
 * about it, with the article's own sentence quoted beneath; explicit questions are never rewritten.
 *
 * The questions are ours, one set per stage of the space period. They are kind, speak of "them"
 * and never of a gender, and never push anyone toward contact: during the space period they turn
 * the writer toward themselves; afterwards, reaching out is about the writer's own readiness and
 * the other person's wishes.
 */
import type { SectionStage } from '../../shared/domain.ts';

/** `{title}` is the advice's own title, quoted. */
const WITH_TITLE: Record<SectionStage, readonly string[]> = {
  space: [
    'What would “{title}” look like for you this week, in one small, doable step?',
    'How does “{title}” sit with you right now? What makes it easier, and what makes it harder?',
    'Where in your days could you make a little room for “{title}”?',
  ],
  after: [
    'When you feel ready, what would “{title}” mean for you, and how would you know the time is right?',
    'Thinking about “{title}”: what would you want to keep in mind, whatever the other person decides?',
    'What would “{title}” ask of you, and how could you do it while respecting their wishes?',
  ],
  any: [
    'What does “{title}” mean to you today?',
    'How do you feel when you read “{title}”? What would you like to remember about it?',
    'What would change for you if you took “{title}” to heart?',
  ],
  end: [
    'Looking back over these weeks, what does “{title}” mean to you now?',
    'What have you learned about “{title}” that you want to carry forward?',
  ],
};

/** For advice without a title of its own. */
const WITHOUT_TITLE: Record<SectionStage, readonly string[]> = {
  space: [
    'What does this bring up for you, and how might it apply to your own situation?',
    'How does this sit with you right now? What do you notice when you think about it?',
  ],
  after: [
    'If the time comes, how would this fit what you want, and how could you respect what the other person wants?',
    'When you read this, what do you notice in yourself, and what would you keep in mind whatever the other person decides?',
  ],
  any: [
    'What does this bring up for you, and how might it apply to your own situation?',
    'What would you like to remember from this, and why?',
  ],
  end: ['Looking back, what does this mean for you now?', 'What will you take with you from this?'],
};

/**
 * The question to ask about a piece of advice, given its title (if any), its section's stage and
 * its place among the section's advice (so neighbouring prompts do not all ask the same thing).
 */
export function reflectiveQuestion(stage: SectionStage, title: string | null, position: number): string {
  if (title) {
    const plainTitle = title.replace(/[.:!;]+$/, '').trim();
    const choices = WITH_TITLE[stage];
    return choices[position % choices.length]!.replace('{title}', plainTitle);
  }
  const choices = WITHOUT_TITLE[stage];
  return choices[position % choices.length]!;
}

const COMMON_ENGLISH = new Set(
  'the and you your to of a is it that in for this with be are not what when how can will on or if they them as have'.split(
    ' ',
  ),
);

/** Whether a text reads as English, so our English questions suit it (other languages keep their own words). */
export function readsAsEnglish(text: string): boolean {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return false;
  let common = 0;
  for (const word of words) if (COMMON_ENGLISH.has(word)) common += 1;
  return common / words.length >= 0.08;
}
