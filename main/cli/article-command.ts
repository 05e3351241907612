/**
 * `interlude article FILE [--json]`: turns an article (text, Markdown or a saved web page) into a
 * prompt pack and prints it. It needs no journal: nothing is stored, nothing is unlocked.
 *
 * Exit codes: 0 printed, 1 the file could not be read or imported, 2 the command line was wrong.
 * Every failure is one plain line on stderr.
 */
import { ARTICLE_MAX_BYTES } from '../../shared/api.ts';
import { decodeTextFile } from '../../shared/text-file.ts';
import type { SectionStage } from '../../shared/domain.ts';
import { InterludeError } from '../../shared/errors.ts';
import { type ArticlePack, importArticle } from '../importer/import-article.ts';
import { parseCommandArguments } from './arguments.ts';
import type { CliCommandRun, CliIo } from './io.ts';
import { readRegularFile } from './read-regular-file.ts';

const USAGE = 'article FILE [--json]';
const OPTIONS = { json: { type: 'boolean' } } as const;

/** The JSON the command prints: the pack without source spans, each section with its stage and why. */
export interface ArticleJson {
  title: string;
  sections: {
    title: string;
    stage: SectionStage;
    stageReason: string;
    prompts: { text: string; title?: string; quote?: string }[];
  }[];
}

/** The article command (see the file comment). */
export const runArticleCommand: CliCommandRun = async (argv, io) => {
  let file: string;
  let json: boolean;
  try {
    const { values, positionals } = parseCommandArguments(argv, OPTIONS, { min: 1, max: 1, usage: USAGE });
    file = positionals[0]!;
    json = values.json === true;
  } catch (error) {
    return fail(io, error, 2);
  }
  try {
    const content = await readArticle(file);
    const pack = importArticle({ fileName: file, content });
    io.stdout(json ? `${JSON.stringify(toJson(pack), null, 2)}\n` : readablePack(pack));
    return 0;
  } catch (error) {
    return fail(io, error, 1);
  }
};

function fail(io: CliIo, error: unknown, code: number): number {
  const message =
    error instanceof InterludeError
      ? error.message
      : 'Something went wrong while reading the article. Nothing was changed. Please try again.';
  io.stderr(`interlude article: ${message.replace(/\s*\n\s*/g, ' ').trim()}\n`);
  return code;
}

/** Reads the file as text (shared/text-file.ts: the app reads it the same way). */
async function readArticle(file: string): Promise<string> {
  const bytes = await readRegularFile(file, ARTICLE_MAX_BYTES, 'article file');
  if (bytes.length > ARTICLE_MAX_BYTES) {
    throw new InterludeError(
      'TOO_LARGE',
      'This article is larger than 2 MB, more than Interlude can import. Save only the article’s text (a shorter file) and import that.',
    );
  }
  return decodeTextFile(bytes).text;
}

function toJson(pack: ArticlePack): ArticleJson {
  return {
    title: pack.title,
    sections: pack.sections.map((section) => ({
      title: section.title,
      stage: section.stage,
      stageReason: section.stageReason,
      prompts: section.prompts.map((prompt) => ({
        text: prompt.text,
        ...(prompt.title ? { title: prompt.title } : {}),
        ...(prompt.quote ? { quote: prompt.quote } : {}),
      })),
    })),
  };
}

/** The pack as readable text: the title, then each section with its prompts. */
function readablePack(pack: ArticlePack): string {
  const promptCount = pack.sections.reduce((total, section) => total + section.prompts.length, 0);
  const lines = [pack.title, `${plural(pack.sections.length, 'section')}, ${plural(promptCount, 'prompt')}`];
  pack.sections.forEach((section, index) => {
    lines.push('', `${index + 1}. ${section.title} (${STAGE_WORDS[section.stage]})`);
    for (const prompt of section.prompts) {
      // A question about advice already names the advice's title.
      const title = prompt.title && !prompt.quote ? `${prompt.title}: ` : '';
      lines.push(`   - ${title}${prompt.text}`);
      if (prompt.quote) lines.push(`     “${prompt.quote}”`);
    }
  });
  return `${lines.join('\n')}\n`;
}

const STAGE_WORDS: Record<SectionStage, string> = {
  space: 'during the space period',
  after: 'after the space period',
  any: 'any time',
  end: 'at the end',
};

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
