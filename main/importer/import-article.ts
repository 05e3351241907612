/**
 * Any article (plain text, Markdown or a saved web page) into a pack of prompts.
 *
 * The pipeline: refuse what is too large or not text; render a web page as light Markdown; fold
 * look-alike letters (NFKC, then our confusables table, inside Latin-script words only); cut the
 * text into blocks; drop page furniture; find the title and the sections; draw each section's
 * prompts. Every stage is linear in the size of the text.
 *
 * Prompt sources are spans of the *cleaned text* (`cleanArticleText`): the article after HTML
 * extraction, line-ending normalisation and letter folding, before inline Markdown is removed.
 * Offsets count UTF-16 code units, end exclusive.
 */
import type { SectionStage } from '../../shared/domain.ts';
import { decodeHTML } from 'entities';
import { InterludeError } from '../../shared/errors.ts';
import { articleFingerprint } from './article-fingerprint.ts';
import { checkArticleInput, isHtml } from './article-input.ts';
import { foldLookAlikes } from './fold-letters.ts';
import { htmlToText } from './html-to-text.ts';
import { repairMojibake } from './mojibake.ts';
import { parseBlocks } from './markdown-blocks.ts';
import { buildOutline } from './outline.ts';
import { readsAsEnglish } from './reflective-prompts.ts';
import { type ArticlePrompt, sectionPrompts } from './section-prompts.ts';
import { sectionStage } from './section-stage.ts';
import { titleCaseFromCapitals } from './text-shape.ts';

export type { ArticlePrompt } from './section-prompts.ts';

/** What an article yields before it becomes a stored pack. */
export interface ArticlePack {
  title: string;
  sections: ArticleSection[];
  /** The same for the same article once normalised (article-fingerprint.ts). */
  fingerprint: string;
}

export interface ArticleSection {
  title: string;
  /** Where in the space period the section belongs (section-stage.ts), and why. */
  stage: SectionStage;
  stageReason: string;
  prompts: ArticlePrompt[];
}

/** A file the user chose: its name (for the format and a fallback title) and its text. */
export interface ArticleInput {
  fileName: string;
  content: string;
}

const MAX_SECTIONS = 300;
const MAX_TITLE_LENGTH = 300;

interface PreparedArticle {
  text: string;
  pageTitle: string | null;
  html: boolean;
}

function prepare(input: ArticleInput): PreparedArticle {
  checkArticleInput(input.content);
  const content = withoutInvisibleJunk(
    repairMojibake(input.content.replace(/^\uFEFF/, '').replace(/\r\n?|[\u2028\u2029]/g, '\n')),
  );
  if (isHtml(input.fileName, content)) {
    const page = htmlToText(content);
    return {
      text: foldLookAlikes(page.text),
      pageTitle: page.pageTitle && foldLookAlikes(page.pageTitle),
      html: true,
    };
  }
  // Text copied out of a page's source keeps its entities ("It&#8217;s", "&amp;"); Markdown
  // reads them as characters too.
  return { text: foldLookAlikes(decodeHTML(content)), pageTitle: null, html: false };
}

/**
 * Invisible characters that carry nothing in any script: zero-width space, soft hyphen, word
 * joiner, byte order marks, invisible operators, and the bidi embeddings and overrides that can
 * make text display in another order than it reads. Inside Latin words folding drops the rest
 * too; in other scripts the joiners and direction marks (which Persian and Hebrew need) stay.
 */
const INVISIBLE_JUNK = /[\u00ad\u200b\u2060-\u2064\ufeff\u202a-\u202e\u2066-\u2069]/g;

function withoutInvisibleJunk(text: string): string {
  return text.replace(INVISIBLE_JUNK, '');
}

/** The cleaned text that prompt sources point into (see the file comment). */
export function cleanArticleText(input: ArticleInput): string {
  return guarded(() => prepare(input).text);
}

/** Turns an article into a title and sections of prompts; throws TOO_LARGE or INVALID_INPUT only. */
export function importArticle(input: ArticleInput): ArticlePack {
  return guarded(() => {
    const prepared = prepare(input);
    refuseNonArticle(prepared);
    const { blocks, frontMatterTitle } = parseBlocks(prepared.text);
    const outline = buildOutline(blocks, {
      frontMatterTitle,
      pageTitle: prepared.pageTitle,
      fileName: input.fileName,
    });
    const english = readsAsEnglish(prepared.text);
    const sections = outline.sections
      .map((section): ArticleSection => {
        const title = shorten(
          english ? titleCaseFromCapitals(section.title || outline.title) : section.title || outline.title,
        );
        const verdict = sectionStage(title, section.blocks.map((block) => block.inline.text).join('\n'));
        return {
          title,
          stage: verdict.stage,
          stageReason: verdict.because,
          prompts: sectionPrompts(section, { stage: verdict.stage, english }),
        };
      })
      .filter((section) => section.prompts.length > 0 && section.title !== '')
      .slice(0, MAX_SECTIONS);
    if (sections.length === 0) {
      throw new InterludeError(
        'INVALID_INPUT',
        'This file does not read like an article: Interlude found no sentences in it to turn into prompts. Check that it holds the article itself, saved as text, Markdown or a web page.',
      );
    }
    return {
      title: shorten(english ? titleCaseFromCapitals(outline.title) : outline.title) || 'Imported article',
      sections,
      fingerprint: articleFingerprint(prepared.text),
    };
  });
}

/** A saved error, sign-in or robot-check page instead of the article ("Page not found"). */
const NOT_THE_ARTICLE =
  /^(404\b|403\b|500\b|page not found|not found|file not found|access denied|forbidden|error 404|just a moment|attention required|are you a robot|verify you are human|enable javascript|javascript is (disabled|required)|please enable (javascript|cookies)|sign in|log ?in|subscribe to continue|this page (isn’t|isn't|is not) available)/i;

/** Refuses empty files and pages that are not the article, saying what happened. */
function refuseNonArticle(prepared: PreparedArticle): void {
  const text = prepared.text.trim();
  if (text === '') {
    throw new InterludeError(
      'INVALID_INPUT',
      prepared.html
        ? 'This saved web page has no article text in it. Some sites build their pages with scripts, which save empty: copy the article’s text into a .txt file and import that.'
        : 'This file is empty. Choose the file the article was saved in.',
    );
  }
  const heading = /^#{1,6} (.+)$/m.exec(text.slice(0, 2000))?.[1] ?? '';
  const named = [prepared.pageTitle ?? '', heading].find((title) => NOT_THE_ARTICLE.test(title.trim()));
  if (prepared.html && named !== undefined && text.length < 3000) {
    throw new InterludeError(
      'INVALID_INPUT',
      `This saved page is the site’s “${shorten(named).slice(0, 80)}” page, not the article. Open the article in your browser, save it again, and import that file.`,
    );
  }
}

function shorten(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length <= MAX_TITLE_LENGTH) return trimmed;
  const cut = trimmed.lastIndexOf(' ', MAX_TITLE_LENGTH - 1);
  return `${trimmed.slice(0, cut > MAX_TITLE_LENGTH / 2 ? cut : MAX_TITLE_LENGTH - 1)}…`;
}

/** Lets our own errors through and turns anything unexpected into a plain INVALID_INPUT. */
function guarded<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof InterludeError) throw error;
    throw new InterludeError(
      'INVALID_INPUT',
      'Interlude could not read this article. Save it again as plain text or Markdown and import that file.',
      { cause: error },
    );
  }
}

export { articleToPack } from './article-to-pack.ts';
