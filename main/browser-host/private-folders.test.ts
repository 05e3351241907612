import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createPrivateProfile,
  exportFolder,
  exportPathIn,
  PROFILE_PREFIX,
  profileParentDir,
  removePrivateProfile,
  unusedName,
} from './private-folders.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'interlude-folders-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('the private profile', () => {
  it('goes in XDG_RUNTIME_DIR (in memory) when the session has one, else the temp folder', () => {
    expect(profileParentDir({ XDG_RUNTIME_DIR: '/run/user/1000' }, '/tmp')).toBe('/run/user/1000');
    expect(profileParentDir({}, '/tmp')).toBe('/tmp');
    expect(profileParentDir({ XDG_RUNTIME_DIR: 'relative/run' }, '/tmp')).toBe('/tmp');
  });

  it('is a fresh folder each start, mode 0700 whatever the umask, and is removed whole', async () => {
    const previous = process.umask(0o000);
    try {
      const first = await createPrivateProfile(dir);
      const second = await createPrivateProfile(dir);
      expect(first).not.toBe(second);
      expect(path.basename(first).startsWith(PROFILE_PREFIX)).toBe(true);
      expect((await stat(first)).mode & 0o777).toBe(0o700);
      await writeFile(path.join(first, 'Cookies'), 'x');
      await removePrivateProfile(first);
      await removePrivateProfile(second);
      expect(await readdir(dir)).toEqual([]);
    } finally {
      process.umask(previous);
    }
  });
});

describe('where exports go without a save dialog', () => {
  it('is ~/Documents/Interlude exports, or INTERLUDE_EXPORT_DIR when it is a full path', () => {
    expect(exportFolder({}, '/home/sam')).toBe('/home/sam/Documents/Interlude exports');
    expect(exportFolder({ INTERLUDE_EXPORT_DIR: '/media/usb/journal' }, '/home/sam')).toBe(
      '/media/usb/journal',
    );
    expect(exportFolder({ INTERLUDE_EXPORT_DIR: 'exports' }, '/home/sam')).toBe(
      '/home/sam/Documents/Interlude exports',
    );
  });

  it('never overwrites an earlier export: the next free "name (n)" is used', () => {
    const taken = new Set(['a.pdf', 'a (2).pdf']);
    expect(unusedName('a.pdf', (name) => taken.has(name))).toBe('a (3).pdf');
    expect(unusedName('b.pdf', (name) => taken.has(name))).toBe('b.pdf');
    expect(unusedName('folder', (name) => name === 'folder')).toBe('folder (2)');
  });

  it('makes the folder private when it is new and returns a path that names nothing yet', async () => {
    const folder = path.join(dir, 'Documents', 'Interlude exports');
    const first = await exportPathIn(folder, 'interlude-2026-01-01-to-2026-01-30.pdf');
    expect((await stat(folder)).mode & 0o777).toBe(0o700);
    await writeFile(first, 'pdf');
    const second = await exportPathIn(folder, 'interlude-2026-01-01-to-2026-01-30.pdf');
    expect(path.basename(second)).toBe('interlude-2026-01-01-to-2026-01-30 (2).pdf');
  });
});
