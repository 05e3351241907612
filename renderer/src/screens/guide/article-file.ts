/** Checks an article file in the renderer before any of it is sent to the core. */
import { ARTICLE_MAX_BYTES } from '../../../../shared/api.ts';
import { decodeTextFile } from '../../../../shared/text-file.ts';

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

/** What the file input accepts. */
export const ARTICLE_ACCEPT = ARTICLE_EXTENSIONS.join(',');

/** Why a file cannot be imported, in plain words; null when it can. */
export function articleFileProblem(file: { name: string; size: number }): string | null {
  const name = file.name.toLowerCase();
  if (!ARTICLE_EXTENSIONS.some((extension) => name.endsWith(extension))) {
    return 'Interlude can import articles saved as text (.txt), Markdown (.md, .markdown) or a web page (.html, .htm). Save the article in one of those forms and try again.';
  }
  if (file.size > ARTICLE_MAX_BYTES) {
    return 'This file is larger than 2 MB, which is more than an article needs. Save just the article’s text as a .txt file and import that.';
  }
  if (file.size === 0) return 'This file is empty. Choose the file the article was saved in.';
  return null;
}

/** Reads the file's text, refusing it (with a plain message) if it cannot be imported. */
export async function readArticleFile(
  file: File,
): Promise<{ ok: true; content: string } | { ok: false; message: string }> {
  const problem = articleFileProblem(file);
  if (problem) return { ok: false, message: problem };
  // Never more than the limit plus one byte, even if the file grew after it was chosen.
  // Decoded as the CLI decodes it: a UTF-16 or Windows-1252 file reads the same in both.
  const bytes = new Uint8Array(await file.slice(0, ARTICLE_MAX_BYTES + 1).arrayBuffer());
  const content = decodeTextFile(bytes).text;
  if (content.length > ARTICLE_MAX_BYTES) {
    return {
      ok: false,
      message: articleFileProblem({ name: file.name, size: ARTICLE_MAX_BYTES + 1 }) as string,
    };
  }
  return { ok: true, content };
}
