/** Shared set-up for the vault's tests: a temp folder per test and vaults with the cheap test KDF. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { InterludeError } from '../../shared/errors.ts';
import { TEST_SCRYPT_PARAMS } from './test-kdf.ts';
import { Vault, type VaultOptions } from './vault.ts';

export const PASSPHRASE = 'correct horse battery staple';

/** Makes a temp folder; the returned function removes it. */
export async function makeTempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'interlude-vault-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A vault at `file` using the test KDF. */
export function testVault(file: string, options: Partial<VaultOptions> = {}): Vault {
  return new Vault({ path: file, kdfParams: TEST_SCRYPT_PARAMS, ...options });
}

/**
 * Breaks the writer lock a SIGKILLed process left behind (at the vault's default lock path), as
 * the next writer would once the lock went stale. The crash tests kill a writer mid-save dozens of
 * times: waiting out the 10 s staleness after each kill would add minutes and prove nothing more
 * about the file. That a stale lock is broken is proved in cli/journal/concurrent-writers.test.ts.
 */
export async function breakKilledWritersLock(vaultPath: string): Promise<void> {
  await rm(`${vaultPath}.lock`, { recursive: true, force: true });
}

/** The error code a promise rejects with, or 'RESOLVED' when it does not reject. */
export async function errorCodeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'RESOLVED';
  } catch (error) {
    return error instanceof InterludeError ? error.code : `not an InterludeError: ${String(error)}`;
  }
}

/** A journal-like document of `count` entries with bodies of about `bodyBytes` characters. */
export function sampleDocument(count: number, bodyBytes = 1000): { entries: { id: string; body: string }[] } {
  const words = 'the river was quiet today and I walked further than I meant to before turning back '.repeat(
    20,
  );
  return {
    entries: Array.from({ length: count }, (_, index) => ({
      id: `entry-${index}`,
      body: `${index}: ${words.slice(0, bodyBytes)}`,
    })),
  };
}

/** The uid and gid of `nobody` on Debian. */
const NOBODY = 65534;

/**
 * Runs `action` with the effective ids of `nobody`, so a file root made unreadable really is
 * unreadable (root reads everything). The saved ids stay root's, so they are restored after.
 * Vitest runs each test file in its own process, so no other file sees the change.
 */
export async function asNobody<T>(action: () => Promise<T>): Promise<T> {
  const { setegid, seteuid } = process;
  if (!setegid || !seteuid) throw new Error('asNobody needs POSIX ids (see RUNS_AS_ROOT).');
  setegid(NOBODY);
  seteuid(NOBODY);
  try {
    return await action();
  } finally {
    seteuid(0);
    setegid(0);
  }
}

/** True when the tests run as root, which asNobody needs (and which this machine's CI does). */
export const RUNS_AS_ROOT = process.getuid?.() === 0;
