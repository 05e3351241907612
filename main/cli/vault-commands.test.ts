import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, testVault } from '../vault/test-helpers.ts';
import { runBackupsCommand } from './backups-command.ts';
import { type CliCommand, command } from './command-table.ts';
import { createInitCommand } from './init-command.ts';
import type { CliCommandRun, CliIo } from './io.ts';
import { runPasswdCommand } from './passwd-command.ts';
import { runRecoverCommand } from './recover-command.ts';
import { runCli as runCliWithTable } from './run-cli.ts';
import { createTestIo, expectOnePlainErrorLine } from './test-io.ts';
import { createVerifyCommand } from './verify-command.ts';

// The vault's own commands, as this file defines them: the app's table may route `init` and
// `verify` through the journal, which adds its own document and checks.
const entry = (run: CliCommandRun): CliCommand => ({ usage: 'test', summary: 'test', load: async () => run });
const VAULT_COMMANDS: Record<string, CliCommand> = {
  init: entry(createInitCommand()),
  verify: entry(createVerifyCommand()),
  passwd: entry(runPasswdCommand),
  recover: entry(runRecoverCommand),
  backups: entry(runBackupsCommand),
};
const runCli = (argv: string[], io: CliIo, table: Record<string, CliCommand> = VAULT_COMMANDS) =>
  runCliWithTable(argv, io, table);

const PASSPHRASE = 'a good long passphrase';
const RECOVERY_KEY_PATTERN = /^[0-9A-Z]{4}(-[0-9A-Z]{4}){6}$/;

let dir: string;
let cleanup: () => Promise<void>;
let file: string;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
  file = path.join(dir, 'journal.interlude');
});
afterEach(() => cleanup());

async function init(env: Record<string, string> = { INTERLUDE_PASSPHRASE: PASSPHRASE }): Promise<string> {
  const io = createTestIo({ env });
  expect(await runCli(['init', '--vault', file, '--json'], io)).toBe(0);
  return (JSON.parse(io.out()) as { recoveryKey: string }).recoveryKey;
}

describe('init', () => {
  it('creates the journal and prints the recovery key as JSON', async () => {
    const recoveryKey = await init();
    expect(recoveryKey).toMatch(RECOVERY_KEY_PATTERN);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await testVault(file).unlock(PASSPHRASE)).document).toEqual({});
  });

  it('prints the recovery key for a person, with the path', async () => {
    const io = createTestIo({ env: { INTERLUDE_PASSPHRASE: PASSPHRASE } });
    expect(await runCli(['init', '--vault', file], io)).toBe(0);
    expect(io.out()).toContain(file);
    expect(io.out()).toMatch(/ {4}[0-9A-Z]{4}(-[0-9A-Z]{4}){6}\n/);
  });

  it('asks twice on the terminal when no passphrase is given, and refuses a mismatch', async () => {
    const mismatch = createTestIo({ answers: [PASSPHRASE, `${PASSPHRASE}!`] });
    expect(await runCli(['init', '--vault', file], mismatch)).toBe(2);
    expect(expectOnePlainErrorLine(mismatch.err())).toContain('differ');
    expect(await testVault(file).exists()).toBe(false);

    const io = createTestIo({ answers: [PASSPHRASE, PASSPHRASE] });
    expect(await runCli(['init', '--vault', file], io)).toBe(0);
    expect(io.questions).toEqual(['New passphrase: ', 'Repeat the new passphrase: ']);
    expect((await testVault(file).unlock(PASSPHRASE)).document).toEqual({});
  });

  it('refuses a short passphrase and an existing journal', async () => {
    const short = createTestIo({ env: { INTERLUDE_PASSPHRASE: 'short' } });
    expect(await runCli(['init', '--vault', file], short)).toBe(2);
    expect(expectOnePlainErrorLine(short.err())).toContain('at least 8 characters');
    expect(await testVault(file).exists()).toBe(false);

    await init();
    const before = await readFile(file);
    const again = createTestIo({ env: { INTERLUDE_PASSPHRASE: PASSPHRASE } });
    expect(await runCli(['init', '--vault', file], again)).toBe(1);
    expect(expectOnePlainErrorLine(again.err())).toContain('already exists');
    expect((await readFile(file)).equals(before)).toBe(true);
  });

  it('defaults to the journal in the app’s data folder', async () => {
    const env = {
      INTERLUDE_PASSPHRASE: PASSPHRASE,
      HOME: dir,
      XDG_CONFIG_HOME: path.join(dir, 'config'),
      APPDATA: path.join(dir, 'appdata'),
    };
    const dataDir = {
      linux: path.join(dir, 'config', 'Interlude'),
      darwin: path.join(dir, 'Library', 'Application Support', 'Interlude'),
      win32: path.join(dir, 'appdata', 'Interlude'),
    }[process.platform as 'linux' | 'darwin' | 'win32'];
    expect(await runCli(['init'], createTestIo({ env }))).toBe(0);
    expect((await testVault(path.join(dataDir, 'journal.interlude')).unlock(PASSPHRASE)).document).toEqual(
      {},
    );
  });
});

describe('verify', () => {
  it('reports the counts of a sound journal, without writing anything', async () => {
    await testVault(file).create(PASSPHRASE, {
      entries: [{ id: 1 }, { id: 2 }, { id: 3 }],
      packs: [],
      version: 1,
    });
    const namesBefore = await readdir(dir);
    const io = createTestIo({ env: { INTERLUDE_PASSPHRASE: PASSPHRASE } });
    expect(await runCli(['verify', '--vault', file, '--json'], io)).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({
      ok: true,
      counts: { entries: 3, packs: 0 },
      formatVersion: 2,
    });
    expect(await readdir(dir)).toEqual(namesBefore);

    const text = createTestIo({ env: { INTERLUDE_PASSPHRASE: PASSPHRASE } });
    expect(await runCli(['verify', '--vault', file], text)).toBe(0);
    expect(text.out()).toContain('sound');
    expect(text.out()).toContain('entries: 3');
  });

  it('fails with one plain line for a damaged journal or a wrong passphrase', async () => {
    await testVault(file).create(PASSPHRASE, { entries: [] });
    const wrong = createTestIo({ env: { INTERLUDE_PASSPHRASE: 'not the passphrase' } });
    expect(await runCli(['verify', '--vault', file], wrong)).toBe(1);
    expect(expectOnePlainErrorLine(wrong.err())).toContain('passphrase does not open');

    const bytes = await readFile(file);
    bytes[bytes.length - 1]! ^= 1;
    await writeFile(file, bytes);
    const damaged = createTestIo({ env: { INTERLUDE_PASSPHRASE: PASSPHRASE } });
    expect(await runCli(['verify', '--vault', file], damaged)).toBe(1);
    expect(expectOnePlainErrorLine(damaged.err())).toContain('damaged');
    expect(damaged.out()).toBe('');
  });

  it('reads the passphrase from --passphrase-file, without its final line break', async () => {
    await testVault(file).create(PASSPHRASE, { entries: [] });
    const secretFile = path.join(dir, 'secret.txt');
    await writeFile(secretFile, `${PASSPHRASE}\n`);
    const io = createTestIo({ env: { INTERLUDE_PASSPHRASE: 'the file wins over this' } });
    expect(await runCli(['verify', '--vault', file, '--passphrase-file', secretFile], io)).toBe(0);
  });

  it('says there is no journal before asking for a passphrase', async () => {
    const io = createTestIo({ answers: [PASSPHRASE] });
    expect(await runCli(['verify', '--vault', file], io)).toBe(1);
    expect(io.questions).toEqual([]);
    expect(expectOnePlainErrorLine(io.err())).toContain('There is no journal');
  });

  it('explains where to put the passphrase when there is no terminal', async () => {
    await testVault(file).create(PASSPHRASE, { entries: [] });
    const io = createTestIo();
    expect(await runCli(['verify', '--vault', file], io)).toBe(2);
    expect(expectOnePlainErrorLine(io.err())).toContain('INTERLUDE_PASSPHRASE');
  });
});

describe('passwd and recover', () => {
  it('changes the passphrase from the environment', async () => {
    await init();
    const io = createTestIo({
      env: { INTERLUDE_PASSPHRASE: PASSPHRASE, INTERLUDE_NEW_PASSPHRASE: 'the new one here' },
    });
    expect(await runCli(['passwd', '--vault', file], io)).toBe(0);
    expect((await testVault(file).unlock('the new one here')).document).toEqual({});
  });

  it('asks for the new passphrase twice on the terminal', async () => {
    await init();
    const io = createTestIo({
      env: { INTERLUDE_PASSPHRASE: PASSPHRASE },
      answers: ['typed new one', 'typed new one'],
    });
    expect(await runCli(['passwd', '--vault', file], io)).toBe(0);
    expect(io.questions).toEqual(['New passphrase: ', 'Repeat the new passphrase: ']);
    expect((await testVault(file).unlock('typed new one')).document).toEqual({});
  });

  it('keeps the old passphrase when the current one is wrong', async () => {
    await init();
    const io = createTestIo({
      env: { INTERLUDE_PASSPHRASE: 'wrong wrong', INTERLUDE_NEW_PASSPHRASE: 'new one here' },
    });
    expect(await runCli(['passwd', '--vault', file], io)).toBe(1);
    expect((await testVault(file).unlock(PASSPHRASE)).document).toEqual({});
  });

  it('recovers with the recovery key and prints a new one', async () => {
    const recoveryKey = await init();
    const io = createTestIo({
      env: { INTERLUDE_RECOVERY_KEY: recoveryKey, INTERLUDE_NEW_PASSPHRASE: 'after recovery' },
    });
    expect(await runCli(['recover', '--vault', file, '--json'], io)).toBe(0);
    const fresh = (JSON.parse(io.out()) as { recoveryKey: string }).recoveryKey;
    expect(fresh).toMatch(RECOVERY_KEY_PATTERN);
    expect(fresh).not.toBe(recoveryKey);
    expect((await testVault(file).unlock('after recovery')).document).toEqual({});

    const stale = createTestIo({
      env: { INTERLUDE_RECOVERY_KEY: recoveryKey, INTERLUDE_NEW_PASSPHRASE: 'again again' },
    });
    expect(await runCli(['recover', '--vault', file], stale)).toBe(1);
    const line = expectOnePlainErrorLine(stale.err());
    expect(line).toContain('recovery key');
    expect(line).not.toContain(recoveryKey);
  });

  it('asks for the recovery key on the terminal', async () => {
    const recoveryKey = await init();
    const io = createTestIo({ answers: [recoveryKey, 'after recovery', 'after recovery'] });
    expect(await runCli(['recover', '--vault', file], io)).toBe(0);
    expect(io.questions[0]).toBe('Recovery key: ');
    expect(io.out()).toMatch(/ {4}[0-9A-Z]{4}(-[0-9A-Z]{4}){6}\n/);
  });
});

describe('backups', () => {
  it('lists, verifies and restores', async () => {
    await testVault(file).create(PASSPHRASE, { version: 1 });
    const vault = testVault(file);
    await vault.unlock(PASSPHRASE);
    await vault.write({ version: 2 });

    const list = createTestIo();
    expect(await runCli(['backups', 'list', '--vault', file, '--json'], list)).toBe(0);
    const backups = JSON.parse(list.out()) as { id: string; kind: string }[];
    const daily = backups.find((backup) => backup.kind === 'daily')!;
    expect(daily).toBeDefined();

    const check = createTestIo({ env: { INTERLUDE_PASSPHRASE: PASSPHRASE } });
    expect(await runCli(['backups', 'verify', daily.id, '--vault', file], check)).toBe(0);
    expect(check.out()).toContain('sound');

    const restore = createTestIo();
    expect(await runCli(['backups', 'restore', daily.id, '--vault', file], restore)).toBe(0);
    expect(restore.out()).toContain('before-restore');
    expect((await testVault(file).unlock(PASSPHRASE)).document).toEqual({ version: 1 });

    const text = createTestIo();
    expect(await runCli(['backups', 'list', '--vault', file], text)).toBe(0);
    expect(text.out().trim().split('\n')).toHaveLength(backups.length + 1);
  });

  it('refuses a name outside the backups folder', async () => {
    await testVault(file).create(PASSPHRASE, { version: 1 });
    const io = createTestIo();
    expect(await runCli(['backups', 'restore', '../journal.interlude', '--vault', file], io)).toBe(1);
    expect(expectOnePlainErrorLine(io.err())).toContain('no backup');
  });

  it('says so when there are none yet', async () => {
    const io = createTestIo();
    expect(await runCli(['backups', 'list', '--vault', file], io)).toBe(0);
    expect(io.out()).toContain('No backups yet');
  });
});

describe('the command line itself', () => {
  it('rejects unknown commands and options with a usage error, never echoing what was typed', async () => {
    const unknown = createTestIo();
    expect(await runCli(['frobnicate'], unknown)).toBe(2);
    expectOnePlainErrorLine(unknown.err());

    const option = createTestIo({ env: { INTERLUDE_PASSPHRASE: PASSPHRASE } });
    expect(await runCli(['init', '--vault', file, '--colour=my secret words'], option)).toBe(2);
    expect(expectOnePlainErrorLine(option.err())).not.toContain('secret');

    const positional = createTestIo({ env: { INTERLUDE_PASSPHRASE: PASSPHRASE } });
    expect(await runCli(['init', 'mysecretpassphrase', '--vault', file], positional)).toBe(2);
    expect(expectOnePlainErrorLine(positional.err())).not.toContain('mysecretpassphrase');
    expect(await testVault(file).exists()).toBe(false);
  });

  it('prints help and per-command usage', async () => {
    const help = createTestIo();
    expect(await runCliWithTable(['help'], help)).toBe(0);
    for (const name of ['init', 'verify', 'passwd', 'recover', 'backups', 'article']) {
      expect(help.out()).toContain(`  ${name} `);
    }
    const usage = createTestIo();
    expect(await runCliWithTable(['init', '--help'], usage)).toBe(0);
    expect(usage.out()).toContain('--vault PATH');
  });

  it('reports a command whose file is missing as unavailable, in one plain line', async () => {
    const io = createTestIo();
    const table = {
      ghost: command('ghost', 'A command not written yet', './no-such-command.ts', 'runGhost'),
    };
    expect(await runCli(['ghost'], io, table)).toBe(1);
    expect(expectOnePlainErrorLine(io.err())).toBe(
      'interlude ghost: This command is not available in this version of Interlude.',
    );
  });

  it('never shows the message or stack of an unexpected error', async () => {
    const io = createTestIo();
    const table = {
      boom: {
        usage: 'boom',
        summary: 'Fails',
        load: async () => async () => {
          throw new Error('ENOENT /home/someone/diary with secret words');
        },
      },
    };
    expect(await runCli(['boom'], io, table)).toBe(1);
    const line = expectOnePlainErrorLine(io.err());
    expect(line).not.toContain('secret');
    expect(line).toContain('Something went wrong');
  });
});
