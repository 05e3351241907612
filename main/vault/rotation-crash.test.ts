/**
 * A passphrase change killed with SIGKILL at random moments leaves the old state or the new one:
 * the journal opens with exactly one of the two passphrases, whole, and after that unlock every
 * backup opens with the same passphrase and not with the other.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../shared/seeded-random.ts';
import { ROTATION_PASSPHRASES } from './rotation-crash-writer.ts';
import {
  breakKilledWritersLock,
  errorCodeOf,
  makeTempDir,
  sampleDocument,
  testVault,
} from './test-helpers.ts';

const WRITER = path.join(import.meta.dirname, 'rotation-crash-writer.ts');
const KILLS = 12;
const DOCUMENT = sampleDocument(200);

let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterAll(() => cleanup());

async function rotateAndKill(vaultPath: string, delayMs: number): Promise<void> {
  const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', WRITER, vaultPath], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, NODE_COMPILE_CACHE: path.join(dir, 'compile-cache') },
  });
  let errors = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    errors += chunk;
  });
  const exited = once(child, 'exit');
  await once(child.stdout, 'data'); // warm
  child.stdin.write('go\n');
  setTimeout(() => child.kill('SIGKILL'), delayMs);
  const [, signal] = (await exited) as [number | null, NodeJS.Signals | null];
  if (signal !== 'SIGKILL') throw new Error(`the rotating process stopped by itself: ${errors.trim()}`);
  await breakKilledWritersLock(vaultPath);
}

describe('a passphrase change killed with SIGKILL', () => {
  it(`leaves a whole journal under exactly one passphrase, ${KILLS} times over`, {
    timeout: 240_000,
  }, async () => {
    const vaultPath = path.join(dir, 'journal.interlude');
    await testVault(vaultPath).create(ROTATION_PASSPHRASES[0], DOCUMENT);
    await testVault(vaultPath).unlock(ROTATION_PASSPHRASES[0]); // today's backups
    const random = seededRandom(4242);
    for (let kill = 0; kill < KILLS; kill++) {
      await rotateAndKill(vaultPath, 20 + random() * 200);
      const outcomes = await Promise.all(
        ROTATION_PASSPHRASES.map((passphrase) =>
          testVault(vaultPath)
            .unlock(passphrase, { readOnly: true })
            .then((result) => result.document)
            .catch((error: { code?: string }) => error.code),
        ),
      );
      const opening = outcomes.findIndex((outcome) => typeof outcome === 'object');
      expect(
        outcomes.filter((outcome) => outcome === 'WRONG_PASSPHRASE'),
        `kill ${kill}`,
      ).toHaveLength(1);
      expect(outcomes[opening]).toEqual(DOCUMENT);

      const passphrase = ROTATION_PASSPHRASES[opening]!;
      const other = ROTATION_PASSPHRASES[1 - opening]!;
      const vault = testVault(vaultPath);
      await vault.unlock(passphrase); // finishes an interrupted backup re-encryption
      for (const backup of await vault.listBackups()) {
        expect((await vault.verifyBackup(backup.id, passphrase)).document, backup.id).toEqual(DOCUMENT);
        expect(await errorCodeOf(vault.verifyBackup(backup.id, other)), backup.id).toBe('WRONG_PASSPHRASE');
      }
      vault.lock();
    }
  });
});
