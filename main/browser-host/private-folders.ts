/**
 * The folders the fallback host uses: a fresh private browser profile for each start, and the
 * folder exports are saved to (there is no native save dialog in a browser window).
 */
import { chmod, mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';

export const PROFILE_PREFIX = 'interlude-browser-';

/**
 * Where the private profile goes: $XDG_RUNTIME_DIR when the session has one (a per-user folder in
 * memory on Linux, so the browser's session files never reach a disk), else the system temp folder.
 */
export function profileParentDir(env: Readonly<Record<string, string | undefined>>, tmpDir: string): string {
  const runtime = env.XDG_RUNTIME_DIR;
  return runtime && path.isAbsolute(runtime) ? runtime : tmpDir;
}

/** Creates the profile folder, readable by this user only (0700), whatever the umask says. */
export async function createPrivateProfile(parentDir: string): Promise<string> {
  const dir = await mkdtemp(path.join(parentDir, PROFILE_PREFIX));
  await chmod(dir, 0o700);
  if (((await stat(dir)).mode & 0o077) !== 0) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`The private browser profile in ${parentDir} could not be made private (mode 0700).`);
  }
  return dir;
}

export async function removePrivateProfile(dir: string): Promise<void> {
  // The browser may still be letting go of its last files; a few tries cover that.
  await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}

/** `~/Documents/Interlude exports`, or INTERLUDE_EXPORT_DIR when it names a folder. */
export function exportFolder(env: Readonly<Record<string, string | undefined>>, homeDir: string): string {
  const chosen = env.INTERLUDE_EXPORT_DIR;
  if (chosen && path.isAbsolute(chosen)) return chosen;
  return path.join(homeDir, 'Documents', 'Interlude exports');
}

/**
 * A path in `folder` for `suggestedName` that names nothing yet: "name.pdf", then "name (2).pdf",
 * and so on. A browser window cannot ask before overwriting, so it never overwrites.
 */
export function unusedName(suggestedName: string, taken: (name: string) => boolean): string {
  if (!taken(suggestedName)) return suggestedName;
  const extension = path.extname(suggestedName);
  const stem = suggestedName.slice(0, suggestedName.length - extension.length);
  for (let copy = 2; ; copy += 1) {
    const name = `${stem} (${copy})${extension}`;
    if (!taken(name)) return name;
  }
}

/** Makes the export folder (0700 when new) and returns an unused path in it for `suggestedName`. */
export async function exportPathIn(folder: string, suggestedName: string): Promise<string> {
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const taken = new Set(await readdir(folder));
  return path.join(
    folder,
    unusedName(suggestedName, (name) => taken.has(name)),
  );
}
