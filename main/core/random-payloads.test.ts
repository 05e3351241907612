/**
 * Random payloads thrown at every API method through `dispatch`, as a compromised or buggy
 * renderer might send them: the core never throws, always answers with a Result whose error has a
 * known code and a plain message, and never changes what is stored when it refuses.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_METHODS, type ApiMethod } from '../../shared/api.ts';
import { ERROR_CODES } from '../../shared/errors.ts';
import { type Core, createCore } from './create-core.ts';
import { dispatch } from './dispatch.ts';

const PASSPHRASE = 'correct horse battery staple';
let dir: string;
let core: Core;

/** Everything a user would call their journal, read through the API. */
async function storedState(): Promise<string> {
  const read = async (method: ApiMethod, arg?: unknown) =>
    JSON.stringify(await dispatch(core.handlers, method, arg));
  return [
    await read('listEntries', {}),
    await read('getSettings'),
    await read('getDraft'),
    await read('listContacts'),
    await read('listPacks'),
  ].join('\n');
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'interlude-fuzz-'));
  core = createCore({
    vaultPath: path.join(dir, 'journal.interlude'),
    appVersion: 'test',
    platform: {
      chooseExportPath: async () => null,
      printPdf: async () => new Uint8Array(),
      notifyLocked: () => undefined,
    },
  });
  await dispatch(core.handlers, 'createVault', { passphrase: PASSPHRASE });
  await dispatch(core.handlers, 'createEntry', { day: '2026-03-01', body: 'keep me', mood: 3 });
  await dispatch(core.handlers, 'logContact', { day: '2026-03-02', note: 'a message' });
});

afterAll(async () => {
  await core.lock('user');
  await rm(dir, { recursive: true, force: true });
});

// Payloads that are never a valid argument for a method that takes none, and rarely for the others.
const payload = fc.oneof(
  fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true, maxDepth: 3 }),
  fc.record(
    { id: fc.string(), day: fc.string(), body: fc.anything(), mood: fc.anything() },
    { requiredKeys: [] },
  ),
  fc.string({ unit: 'binary', maxLength: 300 }),
);

// Methods that close the journal go last, so the others are tried on an open journal.
const CLOSING: ApiMethod[] = ['lock', 'restoreBackup'];
const ORDER = [...API_METHODS.filter((method) => !CLOSING.includes(method)), ...CLOSING];

describe('random payloads at every method', () => {
  for (const method of ORDER) {
    it(`${method} answers with a Result and changes nothing it refuses`, async () => {
      await fc.assert(
        fc.asyncProperty(payload, async (arg) => {
          fc.pre(arg !== undefined);
          const before = await storedState();
          const result = await dispatch(core.handlers, method, arg);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) {
            expect(ERROR_CODES).toContain(result.error.code);
            expect(result.error.message.length).toBeGreaterThan(0);
            expect(await storedState()).toBe(before);
          }
        }),
        { numRuns: 40 },
      );
    });
  }

  it('left the journal as it was', async () => {
    const entries = await dispatch(core.handlers, 'listEntries', {});
    expect(entries.ok && entries.value.items.map((entry) => entry.excerpt)).toEqual(['keep me']);
  });
});
