import { type ChildProcessByStdio, spawn } from 'node:child_process';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CRASH_TEST_KEPT_ENTRIES,
  CRASH_TEST_PASSPHRASE,
  type CrashTestDocument,
  crashTestEntry,
} from './crash-test-writer.ts';
import { breakKilledWritersLock, makeTempDir, testVault } from './test-helpers.ts';
import { seededRandom } from '../../shared/seeded-random.ts';

const WRITER = path.join(import.meta.dirname, 'crash-test-writer.ts');
const ROUNDS = 4;
const KILLS_PER_ROUND = 26;
/** Each kill starts a Node process; on a busy two-core machine that can take a few seconds. */
const ROUND_TIMEOUT_MS = 180_000;

let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterAll(() => cleanup());

interface Writer {
  child: ChildProcessByStdio<Writable, Readable, Readable>;
  output: () => string;
  warm: Promise<void>;
  exited: Promise<{ signal: NodeJS.Signals | null; errors: string }>;
}

/** Starts a writer process; it loads its code, then waits for the go-ahead before touching the vault. */
function startWriter(vaultPath: string): Writer {
  const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', WRITER, vaultPath], {
    stdio: ['pipe', 'pipe', 'pipe'],
    // Node's compile cache roughly halves the start-up time of the hundred writers.
    env: { ...process.env, NODE_COMPILE_CACHE: path.join(dir, 'compile-cache') },
  });
  let output = '';
  let errors = '';
  let markWarm: () => void = () => {};
  const warm = new Promise<void>((resolve) => {
    markWarm = resolve;
  });
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
    if (output.startsWith('warm\n')) markWarm();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    errors += chunk;
  });
  const exited = new Promise<{ signal: NodeJS.Signals | null; errors: string }>((resolve) => {
    child.on('exit', (_code, signal) => {
      markWarm();
      resolve({ signal, errors });
    });
  });
  return { child, output: () => output, warm, exited };
}

/**
 * Lets a warm writer run, then kills it with SIGKILL: one time in five while it is still opening
 * or creating the vault, otherwise a few milliseconds after its 1st to 4th save, so the kill lands
 * at a random point of the next save whatever the machine's speed. Returns the last save it
 * acknowledged on a complete line (0 for none).
 */
async function runAndKill(writer: Writer, vaultPath: string, random: () => number): Promise<number> {
  const killEarly = random() < 0.2;
  const savesBeforeKill = 1 + Math.floor(random() * 4);
  const delayMs = random() * (killEarly ? 20 : 8);
  let timer: NodeJS.Timeout | undefined;
  const kill = () => {
    timer ??= setTimeout(() => writer.child.kill('SIGKILL'), delayMs);
  };
  writer.child.stdout.on('data', () => {
    const acknowledged = writer.output().match(/^ack \d+$/gm)?.length ?? 0;
    if (!killEarly && acknowledged >= savesBeforeKill) kill();
  });
  writer.child.stdin.write('go\n');
  if (killEarly) kill();
  const { signal, errors } = await writer.exited;
  clearTimeout(timer);
  if (signal !== 'SIGKILL') throw new Error(`the writer stopped by itself: ${errors.trim()}`);
  await breakKilledWritersLock(vaultPath);
  const output = writer.output();
  const complete = output.slice(0, output.lastIndexOf('\n') + 1);
  const acks = [...complete.matchAll(/^ack (\d+)$/gm)].map((match) => Number(match[1]));
  return acks.at(-1) ?? 0;
}

describe('a writer killed with SIGKILL at random moments', () => {
  for (let round = 1; round <= ROUNDS; round++) {
    it(
      `round ${round}: ${KILLS_PER_ROUND} kills, each leaving a complete vault with every acknowledged save`,
      async () => {
        const vaultPath = path.join(dir, `round-${round}.interlude`);
        const random = seededRandom(round * 7_777);
        let highestAcknowledged = 0;
        let kills = 0;
        let killsAmidSaves = 0;
        let next = startWriter(vaultPath);
        try {
          for (let kill = 0; kill < KILLS_PER_ROUND; kill++) {
            const current = next;
            await current.warm;
            // The next writer loads while this one runs; it waits for its go-ahead before opening.
            next = startWriter(vaultPath);
            const acknowledged = await runAndKill(current, vaultPath, random);
            if (acknowledged > highestAcknowledged) killsAmidSaves++;
            highestAcknowledged = Math.max(highestAcknowledged, acknowledged);
            kills++;

            const vault = testVault(vaultPath);
            if (!(await vault.exists())) {
              // Killed before its very first save (the create) finished: nothing was acknowledged.
              expect(highestAcknowledged).toBe(0);
              continue;
            }
            const document = (await vault.unlock(CRASH_TEST_PASSPHRASE, { readOnly: true }))
              .document as CrashTestDocument;
            vault.lock();
            expect(document.counter).toBeGreaterThanOrEqual(highestAcknowledged);
            const kept = Math.min(document.counter, CRASH_TEST_KEPT_ENTRIES);
            expect(document.entries.map((entry) => entry.counter)).toEqual(
              Array.from({ length: kept }, (_, index) => document.counter - kept + index + 1),
            );
            for (const entry of document.entries) expect(entry).toEqual(crashTestEntry(entry.counter));
          }
        } finally {
          next.child.kill('SIGKILL');
          await next.exited;
        }
        expect(kills).toBe(KILLS_PER_ROUND);
        // Most kills must land among saves, not only while the vault is being opened.
        expect(killsAmidSaves).toBeGreaterThanOrEqual(KILLS_PER_ROUND / 2);
      },
      ROUND_TIMEOUT_MS,
    );
  }
});
