/**
 * While the app waits for another Interlude window or command that holds the journal's writer
 * lock, the status says so (and the renderer is told to read it), and says nothing once the wait
 * is over; what the user asked for then goes through.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ApiArg, ApiMethod } from '../../shared/api.ts';
import { TEST_SCRYPT_PARAMS } from '../vault/test-kdf.ts';
import { acquireWriterLock, WAITING_MESSAGE, writerLockPathFor } from '../vault/writer-lock.ts';
import { type Core, createCore } from './create-core.ts';
import { callCore } from './testing/call-core.ts';

const PASSPHRASE = 'correct horse battery staple';
let dir: string;
let core: Core;
let changes = 0;
const vaultPath = () => path.join(dir, 'journal.interlude');
const deviceDir = () => path.join(dir, 'device');

const call = <K extends ApiMethod>(method: K, arg?: ApiArg<K>) => callCore(core, method, arg);

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'interlude-writer-wait-'));
  changes = 0;
  core = createCore({
    vaultPath: vaultPath(),
    deviceDataDir: deviceDir(),
    appVersion: 'test',
    kdfParams: TEST_SCRYPT_PARAMS,
    platform: {
      chooseExportPath: async () => null,
      printPdf: async () => new Uint8Array(),
      notifyLocked: () => {},
      notifyJournalChanged: () => {
        changes++;
      },
    },
  });
});

afterEach(async () => {
  await core.lock('user');
  await rm(dir, { recursive: true, force: true });
});

const until = async (check: () => Promise<boolean>) => {
  for (let tries = 0; tries < 100 && !(await check()); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

it('says it waits for another window or command, then goes on and says nothing more', {
  timeout: 20_000,
}, async () => {
  await call('createVault', { passphrase: PASSPHRASE });
  await call('lock');
  expect((await call('vaultStatus')).writerWait).toBeNull();
  // Another Interlude (a CLI command, another window) holds the lock.
  const release = await acquireWriterLock({ lockPath: writerLockPathFor(deviceDir(), vaultPath()) });
  const unlocking = call('unlock', { passphrase: PASSPHRASE });
  await until(async () => (await call('vaultStatus')).writerWait !== null);
  expect((await call('vaultStatus')).writerWait).toBe(WAITING_MESSAGE);
  expect(changes).toBeGreaterThan(0);
  const told = changes;
  await release();
  await unlocking;
  const status = await call('vaultStatus');
  expect(status.unlocked).toBe(true);
  expect(status.writerWait).toBeNull();
  // The renderer was told again when the wait ended, so the notice goes away.
  expect(changes).toBeGreaterThan(told);
});
