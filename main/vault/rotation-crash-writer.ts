/**
 * The child process of the rotation crash test: it prints "warm", waits for a line on stdin, then
 * changes the passphrase of the vault at argv[2] back and forth between two passphrases forever
 * (with the test KDF), printing "rotated N" after each. The parent kills it with SIGKILL.
 */
import { once } from 'node:events';
import { InterludeError } from '../../shared/errors.ts';
import { TEST_SCRYPT_PARAMS } from './test-kdf.ts';
import { Vault } from './vault.ts';

export const ROTATION_PASSPHRASES = ['first rotation passphrase', 'second rotation passphrase'] as const;

async function main(vaultPath: string): Promise<void> {
  const vault = new Vault({ path: vaultPath, kdfParams: TEST_SCRYPT_PARAMS });
  let turn = 0;
  for (let rotated = 1; ; rotated++) {
    const [current, next] = [ROTATION_PASSPHRASES[turn % 2]!, ROTATION_PASSPHRASES[(turn + 1) % 2]!];
    try {
      await vault.changePassphrase(current, next);
    } catch (error) {
      // The file holds the other passphrase (an earlier writer was killed after its rotation).
      if (!(error instanceof InterludeError && error.code === 'WRONG_PASSPHRASE')) throw error;
      turn++;
      continue;
    }
    turn++;
    process.stdout.write(`rotated ${rotated}\n`);
  }
}

if (process.argv[2]) {
  process.stdout.write('warm\n');
  await once(process.stdin, 'data');
  process.stdin.on('end', () => process.exit(0));
  await main(process.argv[2]);
}
