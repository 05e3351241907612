/**
 * Articles as people save them (fixtures/real: pages saved from WordPress, Medium, Substack, Ghost
 * and Blogger, Markdown from Notion and Obsidian, text copied out of a browser), imported the way
 * the Guide and `interlude article` import them. Each is checked as a reader would: the title, one
 * section per section of the article, and none of the page around it in any prompt.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ArticlePack, importArticle } from './import-article.ts';

function importReal(name: string): ArticlePack {
  const content = readFileSync(new URL(`./fixtures/real/${name}`, import.meta.url), 'utf8');
  return importArticle({ fileName: name, content });
}

/** Every piece of text the user sees from a pack. */
function shownText(pack: ArticlePack): string {
  return [
    pack.title,
    ...pack.sections.flatMap((section) => [
      section.title,
      ...section.prompts.flatMap((prompt) => [prompt.text, prompt.title ?? '', prompt.quote ?? '']),
    ]),
  ].join('\n');
}

interface Expectation {
  file: string;
  title: string;
  sections: string[];
  /** Page furniture around the article that must not appear anywhere in the pack. */
  absent: string[];
  /** Questions the article asks that must come through as prompts. */
  questions?: string[];
}

const ARTICLES: Expectation[] = [
  {
    file: 'wordpress-no-contact.html',
    title: 'The No Contact Rule: What It Is and How to Get Through It',
    sections: [
      'What Is the No Contact Rule?',
      'Why It Helps',
      'How to Get Through the First Week',
      'Frequently Asked Questions',
    ],
    absent: [
      'cookies',
      'Table of Contents',
      'Share this',
      'Related Posts',
      'Jo Marlow',
      'Leave a Reply',
      'Recent',
    ],
    questions: ['Which hour of the day is hardest for you, and what could you do in that hour instead?'],
  },
  {
    file: 'medium-taking-a-break.html',
    title: 'Taking a Break in a Relationship Without Losing Yourself',
    sections: [
      'Agree on the terms before you start',
      'Use the time for yourself, not for them',
      'Notice how you feel without them',
      'Decide together, when the time is up',
    ],
    absent: ['Priya', 'min read', 'Follow', 'Listen', 'More from', 'Recommended', '--', 'Sign up'],
    questions: ['What did you put on hold during the relationship that you could pick up again this month?'],
  },
  {
    file: 'substack-after-divorce.html',
    title: 'Starting Over After Divorce: Five Questions Worth Sitting With',
    sections: [
      'What am I grieving?',
      'What did I give up that I want back?',
      'Who is still here?',
      'How do I want to talk about my ex now?',
      'What does an ordinary good day look like?',
    ],
    absent: ['Subscribe', 'subscriber', 'Not a checklist', 'Discussion', 'Maren', 'She has since admitted'],
    questions: ['Which of those pieces still belong to you?'],
  },
  {
    file: 'ghost-self-worth.html',
    title: 'Rebuilding Self-Worth After Being Left',
    sections: [
      'Separate the story from the facts',
      'List what you brought',
      'Keep small promises to yourself',
      'Be careful with comparison',
    ],
    absent: ['Lee Okafor', 'Sign up for more', 'Powered by Ghost', 'Why Sleep Falls Apart', 'min read'],
    questions: ['Which parts of the story can you actually prove?'],
  },
  {
    file: 'blogger-br-sections.html',
    title: 'How to Stop Texting Your Ex (Seven Things That Worked for Me)',
    sections: [
      'Delete the thread, not just the number',
      'Name the feeling first',
      'Have someone else to text',
      'Keep a list of reasons',
      'Move the phone out of the bedroom',
      'Count the days, kindly',
      'Ask what you really want to hear',
    ],
    absent: ['Posted by', 'Email This', 'Newer Post', 'About Me', 'Powered by', 'comments', 'Lonely?'],
    questions: ['What is the sentence you are waiting for, and can you say it to yourself?'],
  },
  {
    file: 'notion-export-boundaries.md',
    title: 'Setting Boundaries With an Ex You Still See',
    sections: [
      'Decide what you will talk about',
      'Keep exchanges short and kind',
      'Plan your exits',
      'Check in with yourself afterwards',
      'Let the boundary change over time',
    ],
    absent: ['Created:', 'Tags:'],
    questions: ['What did my body do during the conversation?', 'What do I need right now?'],
  },
  {
    file: 'obsidian-grief-letters.md',
    title: 'Letters You Will Never Send',
    sections: [
      'Evening one: the letter of anger',
      'Evening two: the letter of thanks',
      'Evening three: the letter of regret',
      'Evening four: the letter of goodbye',
    ],
    absent: ['[!note]', '[^1]', 'Adapted from', '#journaling', 'aliases'],
    questions: ['What do you wish you had said on the day it ended?'],
  },
  {
    file: 'browser-copy-moving-on.txt',
    title: 'How to Move On When You Still Love Them',
    sections: [
      'Accept That Love Is Not Enough',
      'Grieve the Future You Planned',
      'Create Distance, Gently',
      'Rebuild Your Routine',
    ],
    absent: [
      'Skip to',
      'Alex Reyes',
      'Medically',
      'min read',
      'In This Article',
      'Related',
      'Advertisement',
      '©',
    ],
    questions: ['Which reminders hurt most right now?'],
  },
];

describe('articles as people save them', () => {
  for (const article of ARTICLES) {
    describe(article.file, () => {
      it('takes the article’s own title and one section per section of the article', () => {
        const pack = importReal(article.file);
        expect(pack.title).toBe(article.title);
        expect(pack.sections.map((section) => section.title)).toEqual(article.sections);
        for (const section of pack.sections) expect(section.prompts.length).toBeGreaterThan(0);
      });

      it('keeps the page around the article out of every prompt', () => {
        const shown = shownText(importReal(article.file));
        for (const furniture of article.absent) expect(shown).not.toContain(furniture);
      });

      it('keeps the article’s own questions as prompts, whole', () => {
        const pack = importReal(article.file);
        const texts = pack.sections.flatMap((section) => section.prompts.map((prompt) => prompt.text));
        for (const question of article.questions ?? []) expect(texts).toContain(question);
        for (const prompt of pack.sections.flatMap((section) => section.prompts)) {
          // Our questions and the article's sentences end as sentences do, never cut mid-way.
          expect(prompt.text).toMatch(/[?.!…”"]$/u);
          if (prompt.quote) expect(prompt.quote).toMatch(/[\p{L}\p{N}?.!…”")]$/u);
        }
      });
    });
  }
});
