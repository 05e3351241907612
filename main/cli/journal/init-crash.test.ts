/**
 * A killed `init`, through the real CLI in its own process: killed with SIGKILL at moments spread
 * over its whole run (before it starts, while it derives the key, while it writes, after), then
 * looked at. Each time there is either no journal (and a new `init` works), or a journal that opens
 * with the passphrase, passes `verify`, and takes a new recovery key that then works; a new `init`
 * refuses it. What a killed writer left (its temp file, its writer lock) is cleared by the next runs.
 */
import { existsSync } from 'node:fs';
import { readdir, mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../../shared/seeded-random.ts';
import { defaultDataDir } from '../../paths.ts';
import { isTempFileOf } from '../../vault/durable-write.ts';
import { writerLockPathFor } from '../../vault/writer-lock.ts';
import { runCli } from '../run-cli.ts';
import { createTestIo } from '../test-io.ts';
import { cliTestEnv, startCli } from './test-cli-process.ts';

const PASSPHRASE = 'correct horse battery staple';
const NEW_PASSPHRASE = 'a new passphrase after recovery';
const TRIALS = 30;
const JOURNAL = 'journal.interlude';

let dir: string;
let env: Record<string, string | undefined>;
let deviceDataDir: string;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A later command, run in this process against the same journal and the same device folder (lock). */
async function cli(args: string[], vaultPath: string, extraEnv: Record<string, string> = {}) {
  const io = createTestIo({ env: { INTERLUDE_PASSPHRASE: PASSPHRASE, ...extraEnv }, deviceDataDir });
  const code = await runCli([...args, '--vault', vaultPath], io);
  return { code, out: io.out(), err: io.err() };
}

/** Starts `init` on the path and kills it `killAfterMs` after its go-ahead (before it, when negative). */
async function killedInit(vaultPath: string, killAfterMs: number) {
  const init = startCli(['init', '--vault', vaultPath, '--json'], env);
  await init.warm;
  if (killAfterMs >= 0) {
    init.go();
    await sleep(killAfterMs);
  }
  init.child.kill('SIGKILL');
  return init.done;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'interlude-init-crash-'));
  // The passphrase reaches init through its environment, as a script gives it: never argv.
  env = cliTestEnv(dir, PASSPHRASE);
  deviceDataDir = defaultDataDir({ env, homeDir: env.HOME });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('interlude init, killed at moments spread over its run', () => {
  it(`leaves nothing, or a journal whose recovery key can be replaced, in ${TRIALS} trials`, {
    timeout: 300_000,
  }, async () => {
    // Inits left alone measure how long the work takes here (the quickest of three: the first
    // also creates the device folder), so the kills land all through it.
    let initMs = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 3; run++) {
      const calibration = startCli(
        ['init', '--vault', path.join(dir, `calibration-${run}`, JOURNAL), '--json'],
        env,
      );
      await calibration.warm;
      const started = performance.now();
      calibration.go();
      expect((await calibration.done).code).toBe(0);
      initMs = Math.min(initMs, performance.now() - started);
    }

    const next = seededRandom(20261204);
    const trials: { vaultPath: string; completed: boolean }[] = [];
    // First every kill, then every look: a killed init leaves its writer lock behind, and the
    // later commands wait (about 10 s) until it is stale; waiting once for all keeps this short.
    for (let trial = 0; trial < TRIALS; trial++) {
      const trialDir = path.join(dir, `trial-${trial}`);
      await mkdir(trialDir);
      const vaultPath = path.join(trialDir, JOURNAL);
      // From a little before the go-ahead to a little after the init would have finished.
      const killAfterMs = ((trial + next()) / TRIALS) * initMs * 1.3 - initMs * 0.1;
      const result = await killedInit(vaultPath, killAfterMs);
      trials.push({ vaultPath, completed: result.code === 0 });
    }

    const outcomes = { nothing: 0, journalKeyShown: 0, journalKeyNeverShown: 0, tempLeft: 0, lockLeft: 0 };
    for (const { vaultPath, completed } of trials) {
      const trialDir = path.dirname(vaultPath);
      const left = await readdir(trialDir);
      if (left.some((name) => name !== JOURNAL)) outcomes.tempLeft++;
      if (existsSync(writerLockPathFor(deviceDataDir, vaultPath))) outcomes.lockLeft++;
      if (left.includes(JOURNAL)) {
        if (completed) outcomes.journalKeyShown++;
        else outcomes.journalKeyNeverShown++;
        const verified = await cli(['verify'], vaultPath);
        expect(verified.code, verified.err).toBe(0);
        const issued = await cli(['recovery-key', '--json'], vaultPath);
        expect(issued.code, issued.err).toBe(0);
        const { recoveryKey } = JSON.parse(issued.out) as { recoveryKey: string };
        const recovered = await cli(['recover', '--json'], vaultPath, {
          INTERLUDE_RECOVERY_KEY: recoveryKey,
          INTERLUDE_NEW_PASSPHRASE: NEW_PASSPHRASE,
        });
        expect(recovered.code, recovered.err).toBe(0);
        expect((await cli(['verify'], vaultPath, { INTERLUDE_PASSPHRASE: NEW_PASSPHRASE })).code).toBe(0);
        const again = await cli(['init'], vaultPath);
        expect(again.code).not.toBe(0);
        expect(again.err).toMatch(/A journal already exists at .*interlude recovery-key/s);
        expect((await cli(['list', '--json'], vaultPath, { INTERLUDE_PASSPHRASE: NEW_PASSPHRASE })).out).toBe(
          '[]\n',
        );
      } else {
        outcomes.nothing++;
        expect(completed).toBe(false);
        // Only what the durable write stages beside the journal, never a file in the journal's name.
        for (const name of left) expect(isTempFileOf(JOURNAL, name), name).toBe(true);
        const created = await cli(['init', '--json'], vaultPath);
        expect(created.code, created.err).toBe(0);
        expect(JSON.parse(created.out)).toHaveProperty('recoveryKey');
        expect((await cli(['verify'], vaultPath)).code).toBe(0);
        // An ordinary open clears what the killed init left.
        expect((await cli(['list', '--json'], vaultPath)).out).toBe('[]\n');
      }
      expect((await readdir(trialDir)).filter((name) => name !== 'backups')).toEqual([JOURNAL]);
    }
    // The trials mean something only if kills landed before the write and after it, before the
    // key was shown (the case a new recovery key is for).
    expect(outcomes.nothing, JSON.stringify(outcomes)).toBeGreaterThan(0);
    expect(outcomes.journalKeyNeverShown, JSON.stringify(outcomes)).toBeGreaterThan(0);
  });
});
