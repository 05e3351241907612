import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../vault/test-helpers.ts';

// These run the real `interlude` bin in a child process, with the production key derivation.
const BIN = path.join(import.meta.dirname, '..', '..', 'bin', 'interlude.js');

let dir: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterEach(() => cleanup());

function runBin(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: dir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      err += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe('the interlude bin', () => {
  it('creates and verifies a journal from a checkout, with no warnings', async () => {
    const vault = path.join(dir, 'journal.interlude');
    const env = { INTERLUDE_PASSPHRASE: 'a good long passphrase' };
    const init = await runBin(['init', '--vault', vault, '--json'], env);
    expect(init.err).toBe('');
    expect(init.code).toBe(0);
    expect(JSON.parse(init.out)).toEqual({
      recoveryKey: expect.stringMatching(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){6}$/),
    });

    const verify = await runBin(['verify', '--vault', vault], env);
    expect(verify.err).toBe('');
    expect(verify.code).toBe(0);
    expect(verify.out).toContain('sound');
  });

  it('fails with one plain line and a non-zero exit, without a stack trace', async () => {
    const result = await runBin(['verify', '--vault', path.join(dir, 'missing.interlude')], {
      INTERLUDE_PASSPHRASE: 'whatever it is',
    });
    expect(result.code).toBe(1);
    expect(result.err.trim().split('\n')).toHaveLength(1);
    expect(result.err).toMatch(/^interlude verify: There is no journal at /);
  });
});
