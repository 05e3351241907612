/**
 * The article importer on a megabyte: a scraped article (a third of its letters look-alikes from
 * many scripts) repeated to ~1 MB as Markdown, and the same text as a saved web page.
 */
import { readFileSync } from 'node:fs';
import { obfuscate } from '../main/importer/fixtures/obfuscate.ts';
import { importArticle } from '../main/importer/import-article.ts';
import { defineBenchmarks } from './benchmark.ts';

const MEGABYTE = 1024 * 1024;

function scrapedMarkdown(): string {
  const article = readFileSync(
    new URL('../main/importer/fixtures/after-the-breakup.md', import.meta.url),
    'utf8',
  );
  const parts: string[] = [];
  let size = 0;
  for (let seed = 1; size < MEGABYTE; seed += 1) {
    const part = obfuscate(article, seed);
    parts.push(part);
    size += part.length;
  }
  return parts.join('\n\n');
}

function savedPage(): string {
  const page = readFileSync(new URL('../main/importer/fixtures/blog-post.html', import.meta.url), 'utf8');
  const body = page.slice(page.indexOf('<main'), page.indexOf('</main>') + 7);
  const copies = Math.ceil(MEGABYTE / body.length);
  return `<!doctype html><html><head><title>Long page</title></head><body>${obfuscate(body.repeat(copies), 7)}</body></html>`;
}

export default defineBenchmarks([
  {
    name: 'importer.article.1mb',
    setup: scrapedMarkdown,
    run: (content: string) => importArticle({ fileName: 'scraped.md', content }),
    iterations: 5,
    target: '< 1000 ms',
  },
  {
    name: 'importer.html.1mb',
    setup: savedPage,
    run: (content: string) => importArticle({ fileName: 'saved.html', content }),
    iterations: 5,
    target: '< 1000 ms',
  },
]);
