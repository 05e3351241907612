import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { LockedEvent } from '../../shared/api.ts';
import { type Core, createCore } from './create-core.ts';

let dir: string;
let core: Core;
let events: LockedEvent[];

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'interlude-lock-reason-'));
  events = [];
  core = createCore({
    vaultPath: path.join(dir, 'journal.interlude'),
    appVersion: 'test',
    platform: {
      chooseExportPath: async () => null,
      printPdf: async () => new Uint8Array(),
      notifyLocked: (event) => events.push(event),
    },
  });
  await core.handlers.createVault({ passphrase: 'correct horse battery staple' });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('tells the unlock screen the screen locked, when the renderer saved and locked for that reason', async () => {
  core.expectLock('lock-screen');
  await core.handlers.lock(undefined);
  expect(events).toEqual([{ reason: 'lock-screen' }]);
});

it('says the user locked it when nothing else was expected, and forgets an old expectation', async () => {
  core.expectLock('system-locked');
  await core.handlers.lock(undefined);
  await core.handlers.unlock({ passphrase: 'correct horse battery staple' });
  await core.handlers.lock(undefined);
  expect(events.map((event) => event.reason)).toEqual(['system-locked', 'user']);
});
