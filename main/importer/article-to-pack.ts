/**
 * An imported article as a stored pack: each section at the stage the importer found for it (the
 * user can change it in the Guide), with ids that stay the same for as long as the pack is kept.
 */
import { type Pack, PackSchema } from '../../shared/domain.ts';
import { InterludeError } from '../../shared/errors.ts';
import type { ArticlePack } from './import-article.ts';

const PROMPT_TEXT_LIMIT = 2000;
const TITLE_LIMIT = 300;

function limit(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

/**
 * Turns an imported article into a pack. Section ids are `section-1`, `section-2`, … and prompt
 * ids `${id}/${section number}/${prompt number}` (both counted from 1), so entries keep pointing
 * at the right prompt.
 */
export function articleToPack(article: ArticlePack, options: { id: string; importedAt: string }): Pack {
  const pack: Pack = {
    id: options.id,
    title: limit(article.title.trim() || 'Imported article', TITLE_LIMIT),
    builtIn: false,
    importedAt: options.importedAt,
    fingerprint: article.fingerprint,
    sections: article.sections.map((section, sectionIndex) => ({
      id: `section-${sectionIndex + 1}`,
      title: limit(section.title.trim() || `Part ${sectionIndex + 1}`, TITLE_LIMIT),
      stage: section.stage,
      prompts: section.prompts.map((prompt, promptIndex) => ({
        id: `${options.id}/${sectionIndex + 1}/${promptIndex + 1}`,
        text: limit(prompt.text, PROMPT_TEXT_LIMIT),
        ...(prompt.title ? { title: limit(prompt.title, TITLE_LIMIT) } : {}),
        ...(prompt.quote ? { quote: limit(prompt.quote, PROMPT_TEXT_LIMIT) } : {}),
        source: { start: prompt.source.start, end: prompt.source.end },
      })),
    })),
  };
  const checked = PackSchema.safeParse(pack);
  if (!checked.success) {
    throw new InterludeError(
      'INVALID_INPUT',
      'This article could not be turned into a prompt pack. Save it again as plain text or Markdown and import that file.',
    );
  }
  return checked.data;
}
