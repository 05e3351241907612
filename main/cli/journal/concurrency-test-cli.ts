/**
 * The real CLI for the concurrency test, as a separate process, with the cheap test KDF (the
 * shipped CLI offers no way to weaken it). It prints "warm" once it and the command's code are loaded and waits for a line on
 * stdin, so the test can start two commands at the same instant; then it runs the command in argv.
 * With "--hold-lock VAULT" instead, it takes the journal's writer lock and never lets go.
 */
import { once } from 'node:events';
import { TEST_SCRYPT_PARAMS } from '../../vault/test-kdf.ts';
import { CLI_COMMANDS } from '../command-table.ts';
import { createNodeIo } from '../node-io.ts';
import { cliVault } from '../open-vault.ts';
import { runCli } from '../run-cli.ts';

const io = { ...createNodeIo(), vaultKdfParams: TEST_SCRYPT_PARAMS };
// The command's code is loaded before "warm" too, so that after the go-ahead the two processes
// spend their time in the work itself (and its writer lock), not in loading modules.
await CLI_COMMANDS[process.argv[2]!]?.load();
process.stdout.write('warm\n');
await once(process.stdin, 'data');
if (process.argv[2] === '--hold-lock') {
  await cliVault(process.argv[3]!, io).exclusive(() => {
    process.stdout.write('holding\n');
    return new Promise<never>(() => {});
  });
} else {
  process.exitCode = await runCli(process.argv.slice(2), io);
  process.stdin.destroy();
}
