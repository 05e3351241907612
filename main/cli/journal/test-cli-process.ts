/**
 * For the tests that run real CLI processes against one journal: starts concurrency-test-cli.ts
 * (the real CLI with the cheap test KDF) in a test "device"'s environment; it loads, says "warm"
 * and waits for `go()`, so two commands can be started at the same instant. And looks for
 * conflict copies afterwards.
 */
import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';

const CLI = path.join(import.meta.dirname, 'concurrency-test-cli.ts');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

export interface CliProcess {
  child: ChildProcessByStdio<Writable, Readable, Readable>;
  /** Resolves once the process has loaded and waits for go() (or has exited). */
  warm: Promise<void>;
  /** Lets the command run. */
  go: () => void;
  done: Promise<CliResult>;
}

/**
 * The environment for CLI processes of one test "device" in `dir`: its own app data folder (writer
 * lock, revision record) and the passphrase, given as a script gives it (never in argv).
 */
export function cliTestEnv(dir: string, passphrase: string): Record<string, string | undefined> {
  return {
    ...process.env,
    INTERLUDE_PASSPHRASE: passphrase,
    XDG_CONFIG_HOME: path.join(dir, 'config'),
    NODE_COMPILE_CACHE: path.join(dir, 'compile-cache'),
  };
}

export function startCli(args: string[], env: Record<string, string | undefined>): CliProcess {
  const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', CLI, ...args], {
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  let markWarm: () => void = () => {};
  const warm = new Promise<void>((resolve) => {
    markWarm = resolve;
  });
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    if (out.startsWith('warm\n')) markWarm();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk;
  });
  // A process killed before it read "go" closes its stdin under us: that is not the test's failure.
  child.stdin.on('error', () => {});
  const done = new Promise<CliResult>((resolve) => {
    child.on('exit', (code, signal) => {
      markWarm();
      resolve({ code, signal, out: out.replace(/^warm\n/, ''), err });
    });
  });
  return { child, warm, go: () => child.stdin.write('go\n'), done };
}

/** Names of conflict copies beside the journal in `dir` and in its backups folder. */
export async function conflictCopiesIn(dir: string): Promise<string[]> {
  const names = [
    ...(await readdir(dir)),
    ...(await readdir(path.join(dir, 'backups')).catch(() => [] as string[])),
  ];
  return names.filter((name) => name.includes('conflict'));
}
