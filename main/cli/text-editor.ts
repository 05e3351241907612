/**
 * Writing an entry in the user's own editor ($VISUAL, else $EDITOR), as `git commit` does. The
 * text never goes through argv: the editor gets a 0600 file in a private 0700 folder, in memory
 * (/dev/shm) where the system has it, and the folder is removed whatever happens.
 */
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { chmod, mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { InterludeError } from '../../shared/errors.ts';
import { PRIVATE_DIRECTORY_MODE, PRIVATE_FILE_MODE } from '../vault/durable-write.ts';

/** The editor command the environment names, or null: $VISUAL first, then $EDITOR. */
export function editorCommand(env: Readonly<Record<string, string | undefined>>): string | null {
  for (const name of ['VISUAL', 'EDITOR'] as const) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  return null;
}

/** Where the editor's file goes: RAM-backed /dev/shm on Linux when usable, else the temp folder. */
function privateTempRoot(): string {
  if (process.platform === 'linux') {
    try {
      if (statSync('/dev/shm').isDirectory()) return '/dev/shm';
    } catch {
      // No /dev/shm here: the ordinary temp folder.
    }
  }
  return tmpdir();
}

function runEditor(command: string, file: string, env: NodeJS.ProcessEnv): Promise<number | null> {
  // Like git: the variable may carry arguments ("code --wait"), so a shell reads it; the file
  // name is passed as a separate argument, never pasted into the command.
  const child =
    process.platform === 'win32'
      ? spawn(`${command} "${file}"`, { shell: true, stdio: 'inherit', env })
      : spawn('/bin/sh', ['-c', `${command} "$1"`, command, file], { stdio: 'inherit', env });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => resolve(code));
  });
}

/**
 * Opens `command` on a private file holding `initial`; returns the text saved there (one trailing
 * line break dropped, as editors add it). Throws CANCELLED when the editor fails.
 */
export async function editInEditor(
  command: string,
  initial: string,
  env: NodeJS.ProcessEnv,
): Promise<string> {
  const folder = await mkdtemp(path.join(privateTempRoot(), 'interlude-entry-'));
  try {
    await chmod(folder, PRIVATE_DIRECTORY_MODE);
    const file = path.join(folder, 'entry.md');
    const handle = await open(file, 'wx', PRIVATE_FILE_MODE);
    try {
      await handle.writeFile(initial, 'utf8');
    } finally {
      await handle.close();
    }
    let exitCode: number | null;
    try {
      exitCode = await runEditor(command, file, env);
    } catch (error) {
      throw new InterludeError(
        'CANCELLED',
        'The editor could not be started. Check $VISUAL or $EDITOR. Nothing was saved.',
        {
          cause: error,
        },
      );
    }
    if (exitCode !== 0) {
      throw new InterludeError('CANCELLED', 'The editor did not finish normally. Nothing was saved.');
    }
    return (await readFile(file, 'utf8')).replace(/\r?\n$/, '');
  } finally {
    // The editor's own swap and backup files went into this folder too.
    await rm(folder, { recursive: true, force: true });
  }
}
