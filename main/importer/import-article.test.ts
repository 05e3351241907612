import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARTICLE_MAX_BYTES } from '../../shared/api.ts';
import { InterludeError } from '../../shared/errors.ts';
import { obfuscate } from './fixtures/obfuscate.ts';
import { type ArticlePack, cleanArticleText, importArticle } from './import-article.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const importFixture = (name: string) => importArticle({ fileName: name, content: fixture(name) });
const titles = (pack: ArticlePack) => pack.sections.map((section) => section.title);
const texts = (pack: ArticlePack) =>
  pack.sections.flatMap((section) => section.prompts.map((prompt) => prompt.text));
/** What the article itself says in each prompt: its question, or the advice our question quotes. */
const said = (pack: ArticlePack) =>
  pack.sections.flatMap((section) => section.prompts.map((prompt) => prompt.quote ?? prompt.text));
const withoutSources = (pack: ArticlePack) => ({
  title: pack.title,
  sections: pack.sections.map((section) => ({
    title: section.title,
    prompts: section.prompts.map(({ text, title }) => ({ text, title })),
  })),
});

function expectError(run: () => unknown, code: string): InterludeError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InterludeError);
    expect((error as InterludeError).code).toBe(code);
    return error as InterludeError;
  }
  throw new Error('expected an error');
}

describe('importing the source article’s shape (Markdown, numbered ### sections, comment footer)', () => {
  const pack = importFixture('after-the-breakup.md');

  it('finds the title and the eight sections, numbering dropped', () => {
    expect(pack.title).toBe('How to Find Your Footing After a Breakup');
    expect(titles(pack)).toEqual([
      'Take Time to Understand What Happened',
      'Give Yourself and Them Room',
      'Put Energy Into Your Own Growth',
      'Reconnect Gently, If You Both Want To',
      'Apologise and Talk About the Past',
      'Go Slowly and Be Patient',
      'Accept the Outcome, Whatever It Is',
      'Conclusion',
    ]);
  });

  it('takes every question: inside paragraphs and after “Ask yourself:”', () => {
    expect(pack.sections[0]!.prompts.map((prompt) => prompt.text)).toEqual([
      'Was it one painful moment, or a slow build-up of smaller problems that nobody named?',
      'Was the ending caused by a single event, or by issues that had been growing for months?',
      'Did both of you play a part in the problems?',
      'Do you miss the person, or do you mostly miss not being alone?',
    ]);
  });

  it('turns advice into a question about it: the title kept, the article’s sentence quoted', () => {
    for (const prompt of pack.sections[4]!.prompts) {
      expect(prompt.text).toContain(`“${prompt.title}”`);
      expect(prompt.text).toMatch(/\?$/);
      expect(prompt.text).not.toMatch(/\b(he|she|him|her|his|hers|boyfriend|girlfriend)\b/i);
    }
    // Explicit questions stay as the article wrote them.
    expect(pack.sections[0]!.prompts.every((prompt) => prompt.quote === undefined)).toBe(true);
  });

  it('takes every list item, a bold lead-in becoming the title', () => {
    expect(pack.sections[4]!.prompts).toMatchObject([
      { title: 'Take accountability', quote: 'Acknowledge your part without shifting blame.' },
      { title: 'Skip the excuses', quote: 'Explanations can wait; listening comes first.' },
      { title: 'Share what you learned', quote: 'Say what you now understand that you did not before.' },
    ]);
  });

  it('builds one reflective prompt from the gist of a section with no question and no list', () => {
    const prompts = pack.sections[5]!.prompts;
    expect(prompts).toHaveLength(1);
    expect(prompts[0]!.quote).toContain('trust rebuilds through small, consistent actions');
    expect(prompts[0]!.text).toMatch(/\?$/);
  });

  it('drops the comment form, the lead paragraph and link debris', () => {
    const all = texts(pack).join('\n');
    expect(all).not.toMatch(/email|Leave a Reply|Required fields|Comment \*/i);
    expect(all).not.toMatch(/Did your relationship end recently/);
    expect(all).not.toMatch(/\bHere\b/);
  });

  it('points every prompt at where it came from in the cleaned text', () => {
    const cleaned = cleanArticleText({
      fileName: 'after-the-breakup.md',
      content: fixture('after-the-breakup.md'),
    });
    const firstQuestion = pack.sections[0]!.prompts[0]!;
    expect(cleaned.slice(firstQuestion.source.start, firstQuestion.source.end)).toBe(firstQuestion.text);
    const item = pack.sections[4]!.prompts[0]!;
    expect(cleaned.slice(item.source.start, item.source.end)).toBe(
      '**Take accountability**: Acknowledge your part without shifting blame.',
    );
    for (const prompt of pack.sections.flatMap((section) => section.prompts)) {
      expect(prompt.source.start).toBeLessThan(prompt.source.end);
      expect(prompt.source.end).toBeLessThanOrEqual(cleaned.length);
    }
  });

  it('gives the same pack when a third of the letters are look-alikes from many scripts', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const disguised = importArticle({
        fileName: 'scraped.md',
        content: obfuscate(fixture('after-the-breakup.md'), seed),
      });
      expect(withoutSources(disguised)).toEqual(withoutSources(pack));
      // Disguised differently, it is still the same article: importing it again is noticed.
      expect(disguised.fingerprint).toBe(pack.fingerprint);
    }
  });
});

describe('importing other languages', () => {
  it('passes a Russian article through untouched', () => {
    const content = fixture('russian-article.md');
    expect(cleanArticleText({ fileName: 'statya.md', content })).toBe(content);
    const pack = importArticle({ fileName: 'statya.md', content });
    expect(pack.title).toBe('Как пережить расставание и не потерять себя');
    expect(titles(pack)).toEqual([
      'Остановитесь и оглянитесь назад',
      'Дайте себе время',
      'Опирайтесь на тех, кто рядом',
      'Заключение',
    ]);
    expect(pack.sections[0]!.prompts.map((prompt) => prompt.text)).toContain(
      'Скучаю ли я по человеку или по привычке быть вдвоём?',
    );
    for (const section of pack.sections) {
      for (const prompt of section.prompts) {
        if (prompt.title) expect(content).toContain(`**${prompt.title}**`);
        if (!prompt.text.startsWith('“')) expect(content.toLowerCase()).toContain(prompt.text.toLowerCase());
      }
    }
  });

  it('passes a Greek article through untouched and reads its “;” as a question mark', () => {
    const content = fixture('greek-article.md');
    expect(cleanArticleText({ fileName: 'arthro.md', content })).toBe(content);
    const pack = importArticle({ fileName: 'arthro.md', content });
    expect(titles(pack)).toEqual([
      'Κοιτάξτε πίσω με ειλικρίνεια',
      'Φροντίστε τον εαυτό σας',
      'ΤΟ ΜΕΤΡΟ ΚΑΙ Η ΥΠΟΜΟΝΗ',
      'Επίλογος',
    ]);
    expect(pack.sections[0]!.prompts.map((prompt) => prompt.text)).toEqual([
      'Τι πήγε στραβά;',
      'Ήταν ένα γεγονός ή πολλά μικρά προβλήματα που κανείς δεν είπε δυνατά;',
    ]);
  });
});

describe('importing an Armenian article', () => {
  it('passes it through untouched, letters that resemble Latin ones included', () => {
    const content = fixture('armenian-article.md');
    expect(cleanArticleText({ fileName: 'hodvac.md', content })).toBe(content);
    const pack = importArticle({ fileName: 'hodvac.md', content });
    expect(pack.title).toBe('Ինչպես ապրել բաժանումից հետո');
    expect(titles(pack)).toContain('Ժամանակ ինքներդ ձեզ համար');
    for (const section of pack.sections) {
      for (const prompt of section.prompts) expect(prompt.text).not.toMatch(/[A-Za-z]/);
    }
  });
});

describe('importing text without spaces between words', () => {
  it('finds Chinese questions, which end without a following space', () => {
    const content = '# 分手以后\n\n## 回顾\n\n你现在最需要的是什么？我们为什么会走到这一步？好的。\n';
    expect(cleanArticleText({ fileName: 'fenshou.md', content })).toBe(content);
    const pack = importArticle({ fileName: 'fenshou.md', content });
    expect(texts(pack)).toEqual(['你现在最需要的是什么？', '我们为什么会走到这一步？']);
  });
});

describe('importing a saved web page', () => {
  const pack = importFixture('blog-post.html');

  it('keeps the article and its h2 sections', () => {
    expect(pack.title).toBe('Grieving a Relationship That Ended');
    expect(titles(pack)).toEqual([
      'Let the Feelings Come',
      'Keep Your Days Simple',
      'Talk to Someone You Trust',
      'Looking Ahead',
    ]);
    expect(pack.sections[1]!.prompts).toMatchObject([
      {
        title: 'Morning anchor',
        quote: 'One small thing you do every morning, like stretching or making tea.',
      },
      { title: 'Evening check-in', quote: 'A few lines about the best and hardest moment of the day.' },
      { quote: 'A short walk outside, even when you do not feel like it.' },
    ]);
    expect(pack.sections[3]!.prompts.map((prompt) => prompt.text)).toEqual([
      'What would a good day look like a month from now?',
      'And what is one step toward it that you could take tomorrow?',
    ]);
  });

  it('drops scripts, navigation, share bars, bylines, related posts, comments and footers', () => {
    const all = [pack.title, ...titles(pack), ...texts(pack)].join('\n');
    expect(all).not.toMatch(
      /cookies|Home|Facebook|Rowan|Related|Five Journaling|comment|Popular|Privacy|Contents/i,
    );
    expect(all).not.toMatch(/click here|https?:|new tab/i);
  });
});

describe('importing Markdown and plain text of other shapes', () => {
  it('reads a worksheet: front matter, "Step 2:" headings, numbered questions, * bullets', () => {
    const pack = importFixture('reflection-worksheet.md');
    expect(pack.title).toBe('The First Month: A Reflection Worksheet');
    expect(titles(pack)).toEqual(['Name What You Feel', 'Notice Your Patterns', 'Plan a Kinder Week']);
    expect(pack.sections[0]!.prompts.map((prompt) => prompt.text)).toEqual([
      'Is it sadness, anger, relief, or something without a word yet?',
      'What emotion shows up most often when you wake up?',
      'When does it ease, even a little?',
      'Who have you told how you really feel?',
    ]);
    expect(pack.sections[1]!.prompts.map((prompt) => prompt.quote ?? prompt.text)).toEqual([
      'Checking their profiles late at night',
      'Replaying old conversations in your head',
      'Saying "I\'m fine" when you are not',
      'Which of these would you most like to change, and what could you do instead?',
    ]);
    const all = texts(pack).join('\n');
    expect(all).not.toMatch(/Sam Rivera|Facebook|Sleep Better|Journaling Ideas|https?:/);
  });

  it('reads a plain-text guide: "Step N:" lines, • bullets, a bare URL, a byline and a comment footer', () => {
    const pack = importFixture('coping-guide.txt');
    expect(pack.title).toBe('Coping With Divorce: A Gentle Guide');
    expect(titles(pack)).toEqual([
      'Let Yourself Grieve',
      'Lean on the People Around You',
      'Rebuild Your Routines',
      'Look After the Practical Side',
    ]);
    expect(pack.sections[0]!.prompts.map((prompt) => prompt.text)).toEqual([
      'Which parts of the marriage do I actually miss?',
    ]);
    expect(pack.sections[1]!.prompts).toHaveLength(3);
    const all = texts(pack).join('\n');
    expect(all).not.toMatch(/Admin|Posted|printable|email|https?:/i);
  });

  it('reads numbered lines standing alone as section headings', () => {
    const pack = importArticle({
      fileName: 'steps.txt',
      content:
        'Healing After Heartbreak\n\n1. Accept Your Feelings\n\nIt is normal to feel sad. What are you feeling right now?\n\n' +
        '2. Lean on Friends\n\nFriends help more than we expect when we let them.\n',
    });
    expect(pack.title).toBe('Healing After Heartbreak');
    expect(titles(pack)).toEqual(['Accept Your Feelings', 'Lean on Friends']);
  });

  it('reads bold lines standing alone as section headings', () => {
    const pack = importArticle({
      fileName: 'weeks.md',
      content:
        '**The First Week**\n\nJust get through the days. What helps you fall asleep?\n\n' +
        '**The Second Week**\n\n- Walk every morning\n- Call your sister\n',
    });
    expect(titles(pack)).toEqual(['The First Week', 'The Second Week']);
    expect(said(pack)).toEqual(['What helps you fall asleep?', 'Walk every morning', 'Call your sister']);
  });

  it('takes a second-level heading opening the text as the title, above deeper sections and a closing one', () => {
    const pack = importArticle({
      fileName: 'guide.md',
      content:
        '## A Gentle Guide\n\nA short lead.\n\n### 1. Rest\n\nWhat helps you rest?\n\n### 2. Talk\n\n- Call a friend\n\n' +
        '## Conclusion\n\nYou will find your way through this, one small step at a time.\n',
    });
    expect(pack.title).toBe('A Gentle Guide');
    expect(titles(pack)).toEqual(['Rest', 'Talk', 'Conclusion']);
  });

  it('keeps the text before the only heading when it is most of the article', () => {
    const pack = importArticle({
      fileName: 'worksheet.md',
      content:
        '# Worksheet\n\n1. What do you miss?\n2. What do you not miss?\n3. What comes next?\n\n## Note\n\nTake your time with these.\n',
    });
    expect(texts(pack).slice(0, 3)).toEqual([
      'What do you miss?',
      'What do you not miss?',
      'What comes next?',
    ]);
    expect(titles(pack)[0]).toBe('Worksheet');
  });

  it('makes one section of an article without headings', () => {
    const pack = importArticle({
      fileName: 'my-questions.txt',
      content: 'What did you learn from this? How do you want to feel a year from now?',
    });
    expect(pack.title).toBe('My questions');
    expect(titles(pack)).toEqual(['My questions']);
    expect(texts(pack)).toEqual([
      'What did you learn from this?',
      'How do you want to feel a year from now?',
    ]);
  });

  it('survives a megabyte on one line and still finds its question', () => {
    const line = `${'Some days are slow. '.repeat(50_000)}What did you learn today?`;
    const pack = importArticle({ fileName: 'long.txt', content: line });
    expect(texts(pack)).toEqual(['What did you learn today?']);
  });

  it('turns a megabyte of words without a single sentence into a clear error', () => {
    expectError(
      () => importArticle({ fileName: 'long.txt', content: 'word '.repeat(200_000) }),
      'INVALID_INPUT',
    );
  });
});

describe('refusing what cannot be imported', () => {
  it('refuses more than 2 MB', () => {
    const error = expectError(
      () => importArticle({ fileName: 'big.txt', content: 'a'.repeat(ARTICLE_MAX_BYTES + 1) }),
      'TOO_LARGE',
    );
    expect(error.message).toMatch(/2 MB/);
  });

  it('counts the size in bytes, not characters', () => {
    expectError(
      () => importArticle({ fileName: 'big.txt', content: 'я'.repeat(ARTICLE_MAX_BYTES / 2 + 10) }),
      'TOO_LARGE',
    );
  });

  it('refuses binary content and PDFs with a message saying what to import instead', () => {
    expect(
      expectError(
        () => importArticle({ fileName: 'a.docx', content: 'PK\u0003\u0004\u0000\u0000' }),
        'INVALID_INPUT',
      ).message,
    ).toMatch(/plain text, Markdown or a web page/);
    expect(
      expectError(() => importArticle({ fileName: 'a.pdf', content: '%PDF-1.7\n...' }), 'INVALID_INPUT')
        .message,
    ).toMatch(/PDF/);
  });

  it('refuses an article with nothing usable in it', () => {
    expectError(() => importArticle({ fileName: 'empty.txt', content: '' }), 'INVALID_INPUT');
    expectError(
      () =>
        importArticle({
          fileName: 'footer.html',
          content: '<form><p>Leave a Reply</p></form><footer>© 2024</footer>',
        }),
      'INVALID_INPUT',
    );
  });
});
