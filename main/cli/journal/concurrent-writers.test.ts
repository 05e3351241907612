/**
 * Two real CLI processes writing one journal at once: the writer lock makes the second wait and
 * then add its entry on top of the first one's, so no entry is lost and no conflict copy is made.
 * A lock left by a killed process is broken.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayOf } from '../../../shared/dates.ts';
import { JournalService } from '../../journal/journal-service.ts';
import { newJournalDocument } from '../../journal/journal-document.ts';
import { testVault } from '../../vault/test-helpers.ts';
import { apiArgs } from '../../../shared/api.ts';
import { defaultDataDir } from '../../paths.ts';
import { WAITING_MESSAGE, writerLockPathFor } from '../../vault/writer-lock.ts';
import { type CliProcess, cliTestEnv, conflictCopiesIn, startCli } from './test-cli-process.ts';

const PASSPHRASE = 'correct horse battery staple';
const ROUNDS = 100;

let dir: string;
let vaultPath: string;
let env: Record<string, string | undefined>;

function start(args: string[], extraEnv: Record<string, string> = {}): CliProcess {
  return startCli(args, { ...env, ...extraEnv });
}

const add = (text: string) => start(['add', '--vault', vaultPath, '--text', text, '--json']);

async function entryBodies(): Promise<string[]> {
  const journal = new JournalService({ vault: testVault(vaultPath) });
  await journal.unlock(PASSPHRASE);
  const bodies = journal.snapshot().entries.map((entry) => entry.body);
  await journal.lock();
  return bodies;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'interlude-writers-'));
  vaultPath = path.join(dir, 'journal.interlude');
  env = cliTestEnv(dir, PASSPHRASE);
  await testVault(vaultPath).create(PASSPHRASE, newJournalDocument(dayOf(new Date()), new Date()));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('two CLI processes adding at the same instant', () => {
  it(`loses no entry and makes no conflict copy in ${ROUNDS} rounds`, { timeout: 900_000 }, async () => {
    let next = [add('round 0 a'), add('round 0 b')];
    for (let round = 0; round < ROUNDS; round++) {
      const pair = next;
      await Promise.all(pair.map((command) => command.warm));
      // The next pair loads while this one runs; it waits for its own go-ahead.
      next = round + 1 < ROUNDS ? [add(`round ${round + 1} a`), add(`round ${round + 1} b`)] : [];
      for (const command of pair) command.go();
      const results = await Promise.all(pair.map((command) => command.done));
      for (const result of results) expect(result.code, result.err).toBe(0);
    }
    const bodies = await entryBodies();
    expect(bodies).toHaveLength(2 * ROUNDS);
    for (let round = 0; round < ROUNDS; round++) {
      expect(bodies).toContain(`round ${round} a`);
      expect(bodies).toContain(`round ${round} b`);
    }
    expect(await conflictCopiesIn(dir)).toEqual([]);
  });
});

describe('an add beside an edit or a passphrase change, at the same instant', () => {
  const MIXED_ROUNDS = 10;

  it(`keeps every entry and every edit the commands reported in ${MIXED_ROUNDS} rounds`, {
    timeout: 600_000,
  }, async () => {
    const journal = new JournalService({ vault: testVault(vaultPath) });
    await journal.unlock(PASSPHRASE);
    const edited = await journal.createEntry({
      day: dayOf(new Date()),
      body: 'edit me',
      mood: null,
      emotions: [],
      tags: [],
      section: null,
      prompt: null,
    });
    await journal.lock();
    const added: string[] = [];
    let lastEdit = 'edit me';
    for (let round = 0; round < MIXED_ROUNDS; round++) {
      const text = `mixed ${round}`;
      // A passphrase change rewrites every byte of the file under a new key: the lost-entry case
      // the audit found. It changes the passphrase to itself, so both commands keep opening it.
      const other =
        round % 2 === 0
          ? start(['edit', edited.id, '--vault', vaultPath, '--text', `edited in round ${round}`])
          : start(['passwd', '--vault', vaultPath], { INTERLUDE_NEW_PASSPHRASE: PASSPHRASE });
      const pair = [add(text), other];
      await Promise.all(pair.map((command) => command.warm));
      for (const command of pair) command.go();
      const [addResult, otherResult] = await Promise.all(pair.map((command) => command.done));
      expect(addResult!.code, addResult!.err).toBe(0);
      expect(otherResult!.code, otherResult!.err).toBe(0);
      added.push(text);
      if (round % 2 === 0) lastEdit = `edited in round ${round}`;
    }
    const bodies = await entryBodies();
    for (const text of added) expect(bodies).toContain(text);
    expect(bodies).toContain(lastEdit);
    expect(bodies).not.toContain('edit me');
  });
});

describe('the app, unlocked, and CLI commands writing at the same instant', () => {
  it('loses no entry on either side and makes no conflict copy', { timeout: 600_000 }, async () => {
    const APP_ROUNDS = 15;
    // The app: one journal unlocked for the whole run, sharing the CLI's writer lock, as on one machine.
    const app = new JournalService({
      vault: testVault(vaultPath, {
        lockFile: writerLockPathFor(defaultDataDir({ env, homeDir: env.HOME }), vaultPath),
      }),
    });
    await app.unlock(PASSPHRASE);
    const before = app.allEntries({}).length;
    let next = add('app round 0 cli');
    for (let round = 0; round < APP_ROUNDS; round++) {
      const command = next;
      await command.warm;
      next = round + 1 < APP_ROUNDS ? add(`app round ${round + 1} cli`) : next;
      command.go();
      await app.createEntry(
        apiArgs.createEntry.parse({ day: dayOf(new Date()), body: `app round ${round} app` }),
      );
      const result = await command.done;
      expect(result.code, result.err).toBe(0);
    }
    // The app takes in the CLI's last entry as the watcher would.
    await app.syncFromDisk();
    const inApp = app.allEntries({}).map((entry) => entry.body);
    await app.lock();
    const onDisk = await entryBodies();
    for (const bodies of [inApp, onDisk]) {
      expect(bodies).toHaveLength(before + 2 * APP_ROUNDS);
      for (let round = 0; round < APP_ROUNDS; round++) {
        expect(bodies).toContain(`app round ${round} cli`);
        expect(bodies).toContain(`app round ${round} app`);
      }
    }
    expect(await conflictCopiesIn(dir)).toEqual([]);
  });
});

describe('a lock left by a killed process', () => {
  it('is broken once stale: the next command waits, says so, then saves', { timeout: 120_000 }, async () => {
    const holder = start(['--hold-lock', vaultPath]);
    await holder.warm;
    holder.go();
    await new Promise<void>((resolve) => {
      holder.child.stdout.on('data', (chunk: string) => {
        if (chunk.includes('holding')) resolve();
      });
    });
    holder.child.kill('SIGKILL');
    await holder.done;

    const after = add('after the holder was killed');
    await after.warm;
    after.go();
    const result = await after.done;
    expect(result.code, result.err).toBe(0);
    expect(result.err).toContain(WAITING_MESSAGE);
    expect(await entryBodies()).toContain('after the holder was killed');
  });
});
