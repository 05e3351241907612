import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editInEditor, editorCommand } from './text-editor.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'interlude-editor-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** An "editor" (called with an option, as `code --wait` is) that notes how it got the file, then adds to it. */
async function fakeEditor(exitCode = 0): Promise<{ command: string; log: string }> {
  const log = path.join(dir, 'editor.log');
  const script = path.join(dir, 'fake editor.sh');
  await writeFile(
    script,
    `#!/bin/sh\n[ "$1" = --wait ] && shift\nstat -c '%a' "$1" >> '${log}'\nstat -c '%a' "$(dirname "$1")" >> '${log}'\necho "$1" >> '${log}'\nprintf '%s\\n' "$(cat "$1") and more" > "$1"\nexit ${exitCode}\n`,
  );
  await chmod(script, 0o700);
  return { command: `'${script}' --wait`, log };
}

describe('editing in $VISUAL / $EDITOR', () => {
  it('prefers $VISUAL, then $EDITOR', () => {
    expect(editorCommand({ VISUAL: 'code --wait', EDITOR: 'vi' })).toBe('code --wait');
    expect(editorCommand({ EDITOR: 'nano' })).toBe('nano');
    expect(editorCommand({ VISUAL: '  ' })).toBeNull();
  });

  it('gives the editor a 0600 file in a private 0700 folder, and removes the folder afterwards', async () => {
    const { command, log } = await fakeEditor();
    const text = await editInEditor(command, 'the first words', process.env);
    expect(text).toBe('the first words and more');
    const [fileMode, folderMode, file] = (await readFile(log, 'utf8')).trim().split('\n');
    expect(fileMode).toBe('600');
    expect(folderMode).toBe('700');
    await expect(stat(path.dirname(file!))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('saves nothing when the editor fails, and still removes its folder', async () => {
    const { command, log } = await fakeEditor(3);
    await expect(editInEditor(command, 'draft', process.env)).rejects.toMatchObject({ code: 'CANCELLED' });
    const file = (await readFile(log, 'utf8')).trim().split('\n')[2];
    await expect(stat(path.dirname(file!))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
