/**
 * Test helper: a tiny tmpfs mounted for the tests of one file, to fill a disk for real. Mounting
 * needs root (or CAP_SYS_ADMIN); where it is refused, `skipUnlessMounted` skips with the reason.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, type TestContext } from 'vitest';

export interface SmallDisk {
  /** The mount point, or null where mounting was refused. */
  path: () => string | null;
  /** Skips the running test (printing why) when there is no small disk; returns its path otherwise. */
  skipUnlessMounted: (context: TestContext) => string;
}

/** Mounts a tmpfs of `size` (for example "64k") before the file's tests and unmounts it after. */
export function smallDiskForTheseTests(size: string): SmallDisk {
  let mountPoint: string | null = null;
  let whyNot = '';
  beforeAll(async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'interlude-small-disk-'));
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', folder], { stdio: 'ignore' });
      mountPoint = folder;
    } catch (error) {
      whyNot = `mount -t tmpfs failed here, so a full disk cannot be tested: ${(error as Error).message}`;
      await rm(folder, { recursive: true, force: true });
    }
  });
  afterAll(async () => {
    if (!mountPoint) return;
    execFileSync('umount', [mountPoint]);
    await rm(mountPoint, { recursive: true, force: true });
  });
  return {
    path: () => mountPoint,
    skipUnlessMounted: (context) => {
      if (mountPoint) return mountPoint;
      console.warn(whyNot);
      context.skip(whyNot);
      throw new Error('unreachable: the test was skipped');
    },
  };
}
