/** The CLI over vault v2: what passwd and recovery-key say, rollback warnings, and init's refusals. */
import { copyFile, lstat, mkdtemp, readlink, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, testVault } from '../vault/test-helpers.ts';
import { runCli } from './run-cli.ts';
import { createTestIo, expectOnePlainErrorLine } from './test-io.ts';

const PASSPHRASE = 'a good long passphrase';
const now = new Date(2026, 2, 10, 20, 0);

let dir: string;
let cleanup: () => Promise<void>;
let file: string;
/** One device: the app's data folder every command of a test shares. */
let deviceDataDir: string;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
  file = path.join(dir, 'journal.interlude');
  deviceDataDir = await mkdtemp(path.join(tmpdir(), 'interlude-device-'));
});
afterEach(() => cleanup());

async function cli(
  args: string[],
  env: Record<string, string> = { INTERLUDE_PASSPHRASE: PASSPHRASE },
  stdin = '',
) {
  const io = createTestIo({ env, now, deviceDataDir });
  io.readStdin = async () => stdin;
  const code = await runCli([...args, '--vault', file], io);
  return { code, out: io.out(), err: io.err() };
}

describe('passwd', () => {
  it('says the backups here were re-encrypted and that copies elsewhere still open with the old passphrase', async () => {
    expect((await cli(['init'])).code).toBe(0);
    expect((await cli(['list'])).code).toBe(0); // today's backups
    const result = await cli(['passwd'], {
      INTERLUDE_PASSPHRASE: PASSPHRASE,
      INTERLUDE_NEW_PASSPHRASE: 'the new one here',
    });
    expect(result.code).toBe(0);
    expect(result.out).toContain('The 3 backups on this computer were re-encrypted');
    expect(result.out).toMatch(/elsewhere .* still open\s+with the old passphrase/s);
    expect(result.out).toContain('Your recovery key still works');
    for (const backup of await testVault(file).listBackups()) {
      expect((await cli(['backups', 'verify', backup.id])).code).toBe(1);
    }
  });
});

describe('recovery-key', () => {
  it('issues a new recovery key given the passphrase, and the old one stops working', async () => {
    const created = await cli(['init', '--json']);
    const first = (JSON.parse(created.out) as { recoveryKey: string }).recoveryKey;
    const issued = await cli(['recovery-key', '--json']);
    expect(issued.code).toBe(0);
    const second = (JSON.parse(issued.out) as { recoveryKey: string }).recoveryKey;
    expect(second).not.toBe(first);
    const stale = await cli(['recover'], {
      INTERLUDE_RECOVERY_KEY: first,
      INTERLUDE_NEW_PASSPHRASE: 'after recovery',
    });
    expect(stale.code).toBe(1);
    const fresh = await cli(['recover'], {
      INTERLUDE_RECOVERY_KEY: second,
      INTERLUDE_NEW_PASSPHRASE: 'after recovery',
    });
    expect(fresh.code).toBe(0);
  });

  it('refuses a wrong passphrase and changes nothing', async () => {
    await cli(['init']);
    const result = await cli(['recovery-key'], { INTERLUDE_PASSPHRASE: 'not the passphrase' });
    expect(result.code).toBe(1);
    expect(expectOnePlainErrorLine(result.err)).toContain('passphrase does not open');
  });
});

describe('an older copy of the journal', () => {
  async function rolledBack(): Promise<void> {
    expect((await cli(['init'])).code).toBe(0);
    expect((await cli(['add'], undefined, 'the first entry')).code).toBe(0);
    await copyFile(file, path.join(dir, 'old-copy'));
    expect((await cli(['add'], undefined, 'the entry a sync client will lose')).code).toBe(0);
    await copyFile(path.join(dir, 'old-copy'), file);
  }

  it('makes verify warn and fail', async () => {
    await rolledBack();
    const result = await cli(['verify']);
    expect(result.code).toBe(1);
    expect(result.err).toContain('older than the one this device last opened');
  });

  it('makes other commands warn on stderr and still work', async () => {
    await rolledBack();
    const result = await cli(['list', '--json']);
    expect(result.code).toBe(0);
    expect(result.err).toContain('older than the one this device last opened');
    expect(JSON.parse(result.out)).toHaveLength(1);
  });

  it('does not warn on another device, which never saw the newer file', async () => {
    await rolledBack();
    deviceDataDir = await mkdtemp(path.join(tmpdir(), 'interlude-device-'));
    const result = await cli(['verify']);
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
  });
});

describe('init', () => {
  it('refuses a link to nowhere, and leaves the link alone', async () => {
    await symlink(path.join(dir, 'missing-folder', 'journal.interlude'), file);
    const result = await cli(['init']);
    expect(result.code).not.toBe(0);
    expect(expectOnePlainErrorLine(result.err)).toContain('is a link to');
    expect((await lstat(file)).isSymbolicLink()).toBe(true);
    expect(await readlink(file)).toBe(path.join(dir, 'missing-folder', 'journal.interlude'));
  });
});
