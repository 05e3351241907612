/**
 * Articles as people save them (fixtures/real: pages saved from WordPress, Medium, Substack, Ghost
 * and Blogger, Markdown from Notion and Obsidian, text copied out of a browser), imported the way
 * the Guide and `interlude article` import them. Each is checked as a reader would: the title, one
 * section per section of the article, and none of the page around it in any prompt.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shownText } from './fixtures/shown-text.ts';
import { type ArticlePack, importArticle } from './import-article.ts';

function importReal(name: string): ArticlePack {
  const content = readFileSync(new URL(`./fixtures/real/${name}`, import.meta.url), 'utf8');
  return importArticle({ fileName: name, content });
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
  {
    // Numbered headings with their text on the very next line, in sentence case.
    file: 'browser-copy-listicle.txt',
    title: '7 Gentle Ways to Get Through a Breakup',
    sections: [
      'Let yourself cry',
      'Eat something warm',
      'Tell someone',
      'Put the photos away',
      'Move your body',
      'Sleep',
      'Be patient',
    ],
    absent: ['Updated', 'min read', 'Advertisement', 'Continue reading', 'Share this'],
    questions: ['What would it feel like to stop holding it in?', 'Who is one person you could tell today?'],
  },
  {
    file: 'wordpress-bold-headings-es.html',
    title: 'Cómo sobrellevar el contacto cero sin perderte a ti misma',
    sections: [
      'Acepta que va a doler',
      'Cuida tu rutina',
      'Apóyate en tu gente',
      'Escribe lo que no vas a enviar',
      'Preguntas frecuentes',
    ],
    absent: ['cookies', 'consentimiento', 'Lucía', 'Publicado', 'Comparte', 'WhatsApp', '©', 'Inicio'],
    questions: [
      '¿Qué sientes ahora mismo, si lo dices con una sola palabra?',
      '¿Qué querías decirle realmente?',
    ],
  },
  {
    // Medium's Markdown export: every heading a `#`, the title only in the file's name.
    file: '2024-01-14_Learning-to-Be-Alone-Again-3f2a1b.md',
    title: 'Learning to Be Alone Again',
    sections: ['Notice the quiet', 'Fill one evening a week', 'Let it be ordinary'],
    absent: [
      'Photo by',
      'Unsplash',
      'editor note',
      'follow me',
      'Pottery',
      'example.org',
      '* *',
      'walk.Which',
    ],
    questions: ['What do you hear when the house is silent?', 'Which evening will you choose?'],
  },
  {
    file: 'german-trennung.md',
    title: 'Nach der Trennung: Vier Fragen für die erste Woche',
    sections: [
      'Was brauche ich heute?',
      'Wer darf davon wissen?',
      'Was vermisse ich wirklich?',
      'Was habe ich gelernt?',
    ],
    absent: ['What does this bring up'],
    questions: ['Bei wem fühlst du dich sicher?'],
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
          // Never cut mid-way: no ellipsis of ours, no sentence left hanging on a joining word.
          for (const text of [prompt.text, prompt.quote ?? '']) {
            expect(text).not.toMatch(/…$/u);
            expect(text).not.toMatch(/\b(and|or|the|a|to|of|with|y|el|la|und|der|die)$/iu);
          }
        }
      });
    });
  }
});

describe('nested list items', () => {
  it('join the item they belong to instead of standing alone as fragments', () => {
    const spanish = importReal('wordpress-bold-headings-es.html').sections[1]!;
    expect(spanish.prompts.map((prompt) => prompt.text)).toEqual([
      'Acuéstate a la misma hora; aunque no tengas sueño; y deja el móvil fuera del dormitorio',
      'Sal a caminar veinte minutos',
    ]);
    const notion = importReal('notion-export-boundaries.md').sections[0]!;
    expect(notion.prompts).toHaveLength(2);
    expect(notion.prompts[1]!.title).toBe('Not now');
    expect(notion.prompts[1]!.quote).toMatch(/their new life; This includes .* about the two of you$/);
  });

  it('that ask a question stay questions of their own', () => {
    const pack = importArticle({
      fileName: 'nested.md',
      content:
        '## Looking back\n\n- Think about the last month:\n  - What surprised you most?\n  - Who helped?\n\n## Rest\n\nWhat helps you rest?\n',
    });
    expect(pack.sections[0]!.prompts.map((prompt) => prompt.text)).toContain('What surprised you most?');
  });
});

describe('question headings', () => {
  it('that announce a topic in Title Case are titles, not prompts; questions for the reader are prompts', () => {
    const wordpress = importReal('wordpress-no-contact.html').sections[0]!;
    expect(wordpress.title).toBe('What Is the No Contact Rule?');
    expect(wordpress.prompts.map((prompt) => prompt.text)).toEqual([
      'What would it mean for you to go a whole month without checking on them?',
    ]);
    const substack = importReal('substack-after-divorce.html').sections[0]!;
    expect(substack.prompts.map((prompt) => prompt.text)).toEqual(['What am I grieving?']);
  });
});

describe('bold step labels', () => {
  it('make each step a prompt, the label left out of the quote', () => {
    const pack = importArticle({
      fileName: 'rest.html',
      content:
        '<h1>Reflect and Rest</h1><h2>1. Reflect on what happened</h2><p>Look back with honesty. What patterns do you notice?</p>' +
        '<h2>2. Rest more than you think you need</h2><p><b>Step 1:</b> Go to bed earlier than usual this week.</p><p><b>Step 2:</b> Say no to one plan.</p>',
    });
    expect(pack.sections[1]!.prompts.map((prompt) => prompt.quote)).toEqual([
      'Go to bed earlier than usual this week.',
      'Say no to one plan.',
    ]);
  });
});

describe('a very long list item', () => {
  it('is shortened at its last whole sentence, never mid-sentence', () => {
    const advice = 'Keep a note of how each day went and what helped you through it. '.repeat(30);
    const pack = importArticle({
      fileName: 'long.md',
      content: `## Long\n\n- **Long advice**: ${advice}\n\n## Two\n\nWho helps you?\n`,
    });
    const quote = pack.sections[0]!.prompts[0]!.quote!;
    expect(quote.length).toBeLessThanOrEqual(1200);
    expect(quote).toMatch(/what helped you through it\.$/);
  });
});

describe('prose in other scripts', () => {
  it('is prose: every Russian and Armenian list item stays a prompt', () => {
    const read = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
    const russian = importArticle({ fileName: 'ru.md', content: read('russian-article.md') });
    // "встречайтесь с\u00a0друзьями": Russian keeps a no-break space after one-letter words.
    expect(russian.sections[1]!.prompts.map((prompt) => prompt.title)).toEqual([
      'Забота о себе',
      'Тишина',
      'Дневник',
    ]);
    const armenian = importArticle({ fileName: 'hy.md', content: read('armenian-article.md') });
    expect(armenian.sections[0]!.prompts).toHaveLength(2);
  });
});
