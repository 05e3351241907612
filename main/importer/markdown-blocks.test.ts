import { describe, expect, it } from 'vitest';
import { parseBlocks } from './markdown-blocks.ts';

const shapes = (text: string) =>
  parseBlocks(text).blocks.map((block) => [
    block.kind,
    block.style ?? (block.ordered ? 'ordered' : ''),
    block.inline.text,
  ]);

describe('cutting text into blocks', () => {
  it('recognises headings of many shapes', () => {
    expect(
      shapes(
        '# Title\n\n### 1. Take Time\n\nText.\n\nUnderlined\n----------\n\nStep 2: Give Yourself Space\n\nMore text.\n\n' +
          '**A Bold Line**\n\nBody text here.\n\n3. Numbered Alone\n\nParagraph after it.',
      ),
    ).toEqual([
      ['heading', 'atx', 'Title'],
      ['heading', 'atx', '1. Take Time'],
      ['paragraph', '', 'Text.'],
      ['heading', 'setext', 'Underlined'],
      ['heading', 'step', 'Step 2: Give Yourself Space'],
      ['paragraph', '', 'More text.'],
      ['heading', 'bold', 'A Bold Line'],
      ['paragraph', '', 'Body text here.'],
      ['heading', 'numbered', 'Numbered Alone'],
      ['paragraph', '', 'Paragraph after it.'],
    ]);
  });

  it('reads list items of every marker, joining wrapped lines', () => {
    expect(shapes('- one\n* two\n+ three\n• four\n1. five\n2) six\n(7) seven\n- wrapped\n  line')).toEqual([
      ['item', '', 'one'],
      ['item', '', 'two'],
      ['item', '', 'three'],
      ['item', '', 'four'],
      ['item', 'ordered', 'five'],
      ['item', 'ordered', 'six'],
      ['item', 'ordered', 'seven'],
      ['item', '', 'wrapped line'],
    ]);
  });

  it('reads task lists and emoji bullets as items', () => {
    expect(
      shapes('- [ ] Write a letter you will not send\n- [x] Walk\n👉 Drink water\n✅ Sleep early'),
    ).toEqual([
      ['item', '', 'Write a letter you will not send'],
      ['item', '', 'Walk'],
      ['item', '', 'Drink water'],
      ['item', '', 'Sleep early'],
    ]);
  });

  it('keeps numbered questions in a tight list as items, not headings', () => {
    expect(shapes('Answer these:\n\n1. What went wrong?\n2. What did you learn?\n\nThen rest.')).toEqual([
      ['paragraph', '', 'Answer these:'],
      ['item', 'ordered', 'What went wrong?'],
      ['item', 'ordered', 'What did you learn?'],
      ['paragraph', '', 'Then rest.'],
    ]);
  });

  it('lets only "1." start a list inside a paragraph, so wrapped lines stay text', () => {
    expect(
      shapes('We waited until March\n2. Then everything changed.\n\nSteps:\n1. Breathe\n2. Write'),
    ).toEqual([
      ['paragraph', '', 'We waited until March 2. Then everything changed.'],
      ['paragraph', '', 'Steps:'],
      ['item', 'ordered', 'Breathe'],
      ['item', 'ordered', 'Write'],
    ]);
  });

  it('reads "Question 1:" lines as items and long "Step" lines as instructions', () => {
    expect(
      shapes(
        'Question 1: What hurts most?\n\nStep 1: Write down three things you miss about your old routine today.',
      ),
    ).toEqual([
      ['item', 'ordered', 'What hurts most?'],
      ['item', 'ordered', 'Write down three things you miss about your old routine today.'],
    ]);
  });

  it('skips front matter (keeping its title), code fences, comments and rules', () => {
    const parsed = parseBlocks(
      '---\ntitle: "A Worksheet"\ntags: [x]\n---\n\n```\nnot text?\n```\n\n<!-- note -->\n\n---\n\nReal text.',
    );
    expect(parsed.frontMatterTitle).toBe('A Worksheet');
    expect(parsed.blocks.map((block) => block.inline.text)).toEqual(['Real text.']);
  });

  it('reads quoted lines as their content', () => {
    expect(shapes('> What would you tell a friend?')).toEqual([
      ['paragraph', '', 'What would you tell a friend?'],
    ]);
  });

  it('remembers where each block came from', () => {
    const text = 'Intro.\n\n- **Lead**: rest';
    const item = parseBlocks(text).blocks[1]!;
    expect(text.slice(item.span.start, item.span.end)).toBe('**Lead**: rest');
    expect(item.inline.bold).toEqual([{ start: 0, end: 4 }]);
  });
});
