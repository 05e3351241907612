import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ApiArg, ApiMethod } from '../../shared/api.ts';
import { dayOf } from '../../shared/dates.ts';
import { TEST_SCRYPT_PARAMS } from '../vault/test-kdf.ts';
import { type Core, createCore } from './create-core.ts';
import { callCore } from './testing/call-core.ts';

const PASSPHRASE = 'correct horse battery staple';
let dir: string;
let core: Core;

const call = <K extends ApiMethod>(method: K, arg?: ApiArg<K>) => callCore(core, method, arg);

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'interlude-backup-health-'));
  core = createCore({
    vaultPath: path.join(dir, 'journal.interlude'),
    appVersion: 'test',
    kdfParams: TEST_SCRYPT_PARAMS,
    platform: {
      chooseExportPath: async () => null,
      printPdf: async () => new Uint8Array(),
      notifyLocked: () => {},
    },
  });
});

afterEach(async () => {
  await core.lock('user');
  await rm(dir, { recursive: true, force: true });
});

it('reports a backup that could not be made in the status, and still saves what the user writes', async () => {
  await call('createVault', { passphrase: PASSPHRASE });
  await call('lock');
  // A file where the backups folder belongs: no backup can be written there.
  await writeFile(path.join(dir, 'backups'), 'not a folder');
  await call('unlock', { passphrase: PASSPHRASE });
  const status = await call('vaultStatus');
  expect(status.backupProblem).toMatch(/backup could not be made/i);
  const entry = await call('createEntry', { day: dayOf(new Date()), body: 'Still saved.' });
  expect(await call('getEntry', { id: entry.id })).toMatchObject({ body: 'Still saved.' });
});

it('reports nothing when the day’s backup was made', async () => {
  await call('createVault', { passphrase: PASSPHRASE });
  await call('lock');
  await call('unlock', { passphrase: PASSPHRASE });
  expect((await call('vaultStatus')).backupProblem).toBeNull();
});
