import { describe, expect, it } from 'vitest';
import { PackSchema } from '../../shared/domain.ts';
import { InterludeError } from '../../shared/errors.ts';
import { articleToPack } from './article-to-pack.ts';
import { importArticle } from './import-article.ts';

const article = importArticle({
  fileName: 'worksheet.md',
  content:
    '# Coping worksheet\n\n## Sleep\n\nWhat helps you rest? What keeps you up?\n\n## Friends\n\n- **Reach out**: name one friend you trust.\n',
});

describe('an imported article as a stored pack', () => {
  it('gives each section its stage, with ids that follow the article’s order', () => {
    const pack = articleToPack(article, { id: 'import-1', importedAt: '2026-03-01T10:00:00.000Z' });
    expect(PackSchema.parse(pack)).toEqual(pack);
    expect(pack).toMatchObject({
      id: 'import-1',
      title: 'Coping worksheet',
      builtIn: false,
      importedAt: '2026-03-01T10:00:00.000Z',
    });
    expect(pack.sections.map((section) => [section.id, section.title, section.stage])).toEqual([
      ['section-1', 'Sleep', 'space'],
      ['section-2', 'Friends', 'space'],
    ]);
    expect(pack.sections.flatMap((section) => section.prompts.map((prompt) => prompt.id))).toEqual([
      'import-1/1/1',
      'import-1/1/2',
      'import-1/2/1',
    ]);
    // Advice keeps its title and becomes our question about it, the article's sentence quoted.
    expect(pack.sections[1]!.prompts[0]).toMatchObject({
      title: 'Reach out',
      quote: 'Name one friend you trust.',
    });
    expect(pack.sections[1]!.prompts[0]!.text).toMatch(/“Reach out”.*\?$/);
  });

  it('gives the same ids when the same article is imported again', () => {
    const again = importArticle({
      fileName: 'worksheet.md',
      content:
        '# Coping worksheet\n\n## Sleep\n\nWhat helps you rest? What keeps you up?\n\n## Friends\n\n- **Reach out**: name one friend you trust.\n',
    });
    const options = { id: 'import-1', importedAt: '2026-03-01T10:00:00.000Z' };
    expect(articleToPack(again, options)).toEqual(articleToPack(article, options));
  });

  it('shortens texts and titles to what a pack may hold', () => {
    const long = {
      title: 'T'.repeat(400),
      fingerprint: 'sha256:0',
      sections: [
        {
          title: 'S'.repeat(400),
          stage: 'any' as const,
          stageReason: 'no keyword decides it',
          prompts: [{ text: 'x'.repeat(3000), title: 'y'.repeat(400), source: { start: 0, end: 1 } }],
        },
      ],
    };
    const pack = articleToPack(long, { id: 'p', importedAt: '2026-03-01T10:00:00.000Z' });
    expect(pack.title).toHaveLength(300);
    expect(pack.sections[0]!.prompts[0]!.text).toHaveLength(2000);
    expect(PackSchema.safeParse(pack).success).toBe(true);
  });

  it('refuses with a clear error what cannot become a pack', () => {
    expect(() => articleToPack(article, { id: '', importedAt: 'yesterday' })).toThrow(InterludeError);
  });
});
