import { describe, expect, it } from 'vitest';
import { importArticle } from './import-article.ts';

const SECTIONS =
  '### 1. Take Time to Reflect\n\nWhat went wrong?\n\n### 2. Give Yourself Space\n\nWho helps you feel steady?\n';

describe('the pack’s title is the article’s own', () => {
  it('takes a first heading over numbered headings of its own level, not the file name', () => {
    const content = `### Ηow tο Ꮐet Υоur Eⲭ-Boyfriend Βack\n\nA lead paragraph about the weeks after a breakup.\n\n${SECTIONS}`;
    const pack = importArticle({ fileName: '000 c6db2c81d979aede', content });
    expect(pack.title).toBe('How to Get Your Ex-Boyfriend Back');
    expect(pack.sections.map((section) => section.title)).toEqual([
      'Take Time to Reflect',
      'Give Yourself Space',
    ]);
  });

  it('takes a plain first line standing above the article', () => {
    const content = `Ηow tο Ꮐet Υоur Eⲭ-Boyfriend Βack\n\nA lead paragraph about the weeks after a breakup.\n\n${SECTIONS}`;
    expect(importArticle({ fileName: '000 c6db2c81d979aede', content }).title).toBe(
      'How to Get Your Ex-Boyfriend Back',
    );
  });

  it('takes a web page’s h1, or its <title> without the site’s name', () => {
    const body = '<h2>Rest</h2><p>What helps you rest?</p><h2>Talk</h2><p>Who listens to you?</p>';
    const withoutH1 = `<html><head><title>Finding Your Way | Calm Corner</title></head><body><article>${body}</article></body></html>`;
    expect(importArticle({ fileName: 'page.html', content: withoutH1 }).title).toBe('Finding Your Way');
    const siteFirst = `<html><head><title>Calm Corner — Finding Your Way</title></head><body><article><h1>Finding Your Way</h1>${body}</article></body></html>`;
    expect(importArticle({ fileName: 'page.html', content: siteFirst }).title).toBe('Finding Your Way');
  });

  it('shows an English title written in capitals in Title Case, and other languages as written', () => {
    const english = importArticle({
      fileName: 'caps.txt',
      content:
        'SURVIVING THE FIRST MONTH\n\nThe first month is the hardest part of all.\n\n1) GIVE YOURSELF PERMISSION TO GRIEVE\nWhat are you feeling most often this week?\n\n2) TALK TO SOMEONE\nWho could you talk to this week?\n',
    });
    expect(english.title).toBe('Surviving the First Month');
    expect(english.sections.map((section) => section.title)).toEqual([
      'Give Yourself Permission to Grieve',
      'Talk to Someone',
    ]);
    const german = importArticle({
      fileName: 'de.md',
      content:
        '# NACH DER TRENNUNG\n\n## WAS BRAUCHE ICH HEUTE?\n\nWas würde dir jetzt guttun?\n\n## WER HILFT MIR?\n\nBei wem fühlst du dich sicher?\n',
    });
    expect(german.title).toBe('NACH DER TRENNUNG');
  });
});
