import { expect, it } from 'vitest';
import { giveBlobsText } from '../../components/testing/blob-text.ts';
import { articleFileProblem, readArticleFile } from './article-file.ts';

giveBlobsText();

it('accepts text, Markdown and saved web pages', () => {
  for (const name of ['notes.txt', 'Essay.MD', 'a.markdown', 'page.html', 'page.htm']) {
    expect(articleFileProblem({ name, size: 2000 })).toBeNull();
  }
});

it('refuses other kinds of file with a way forward', () => {
  expect(articleFileProblem({ name: 'article.pdf', size: 2000 })).toMatch(/\.txt/);
});

it('refuses a file over 2 MB before reading it', () => {
  expect(articleFileProblem({ name: 'huge.txt', size: 2 * 1024 * 1024 + 1 })).toMatch(/larger than 2 MB/);
  expect(articleFileProblem({ name: 'just-right.txt', size: 2 * 1024 * 1024 })).toBeNull();
});

it('reads the text of an acceptable file', async () => {
  const file = new File(['# Letting go\n\nWhat are you holding on to?'], 'letting-go.md', {
    type: 'text/markdown',
  });
  expect(await readArticleFile(file)).toEqual({
    ok: true,
    content: '# Letting go\n\nWhat are you holding on to?',
  });
});

it('reads UTF-16 and Windows-1252 files as the CLI does, not as broken UTF-8', async () => {
  const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Café?'].flatMap((char) => [char.charCodeAt(0), 0])]);
  expect(await readArticleFile(new File([utf16], 'a.txt'))).toEqual({ ok: true, content: 'Café?' });
  const windows1252 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x92, 0x73]);
  expect(await readArticleFile(new File([windows1252], 'b.txt'))).toEqual({ ok: true, content: 'Café’s' });
});

it('reads UTF-16 saved without a byte order mark, and UTF-8 cut inside one character, as what they are', async () => {
  const unmarked = new Uint8Array([...'Let go, gently.'].flatMap((char) => [char.charCodeAt(0), 0]));
  expect(await readArticleFile(new File([unmarked], 'c.txt'))).toEqual({
    ok: true,
    content: 'Let go, gently.',
  });
  // "Déjà vu" whose last character lost a byte: one character is unreadable, the accents stay.
  const cut = new TextEncoder().encode('Déjà vu, I miss ü').subarray(0, -1);
  expect(await readArticleFile(new File([cut], 'd.txt'))).toEqual({
    ok: true,
    content: 'Déjà vu, I miss \ufffd',
  });
});
