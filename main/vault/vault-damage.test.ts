import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodeOf, makeTempDir, PASSPHRASE, testVault } from './test-helpers.ts';

// Every kind of damage must be reported as damage (or, for a damaged key slot, as a passphrase
// that does not fit), and must never open to altered data.
const ACCEPTED = new Set(['VAULT_DAMAGED', 'WRONG_PASSPHRASE']);
const DOCUMENT = { entries: [{ id: 'a', body: 'Day one. It is quiet.' }] };

let dir: string;
let cleanup: () => Promise<void>;
let original: Buffer;
let probe: string;

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
  const file = path.join(dir, 'journal.interlude');
  await testVault(file).create(PASSPHRASE, DOCUMENT);
  original = await readFile(file);
  probe = path.join(dir, 'probe.interlude');
});
afterAll(() => cleanup());

/** Writes `bytes` to the probe file, tries to open it, and checks the open changed nothing. */
async function openAltered(bytes: Buffer): Promise<string> {
  await writeFile(probe, bytes);
  const namesBefore = await readdir(dir);
  const code = await errorCodeOf(testVault(probe).unlock(PASSPHRASE));
  expect((await readFile(probe)).equals(bytes)).toBe(true);
  expect(await readdir(dir)).toEqual(namesBefore);
  return code;
}

describe('a damaged vault', () => {
  it('opens when undamaged (the probe itself works)', async () => {
    await writeFile(probe, original);
    expect((await testVault(probe).unlock(PASSPHRASE, { readOnly: true })).document).toEqual(DOCUMENT);
  });

  for (const [label, mask] of [
    ['inverted', 0xff],
    ['with its lowest bit flipped', 0x01],
  ] as const) {
    it(`refuses every single byte ${label}`, async () => {
      const outcomes: string[] = [];
      for (let index = 0; index < original.length; index++) {
        const bytes = Buffer.from(original);
        bytes[index]! ^= mask;
        const code = await openAltered(bytes);
        if (!ACCEPTED.has(code)) throw new Error(`byte ${index} ${label}: ${code}`);
        outcomes.push(code);
      }
      // The header checksum catches damage to a key slot too, so the user is never told their
      // passphrase is wrong when the file is what changed.
      expect(new Set(outcomes)).toEqual(new Set(['VAULT_DAMAGED']));
    });
  }

  it('refuses every truncation', async () => {
    for (let length = 0; length < original.length; length++) {
      const code = await openAltered(original.subarray(0, length));
      if (!ACCEPTED.has(code)) throw new Error(`truncated to ${length} bytes: ${code}`);
    }
  });

  it('refuses extra bytes at the end', async () => {
    for (const extra of [Buffer.from([0]), Buffer.from('garbage appended by a sync tool'), original]) {
      expect(await openAltered(Buffer.concat([original, extra]))).toBe('VAULT_DAMAGED');
    }
  });

  it('refuses a file that is not a vault at all', async () => {
    expect(await openAltered(Buffer.from('{"entries": []}'))).toBe('VAULT_DAMAGED');
    expect(await openAltered(Buffer.alloc(0))).toBe('VAULT_DAMAGED');
  });
});
