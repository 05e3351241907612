/**
 * The child process of the crash-consistency test. It loads, prints "warm", and waits for a line
 * on stdin (so the test can start the next writer while this one runs); then it opens (or creates)
 * the vault at argv[2] with the test KDF and saves forever, printing "ack N" after save N completed. The parent kills it
 * with SIGKILL at random moments. Each save holds the last few entries, each with a checksum, so a
 * torn or mixed file cannot pass for a complete one.
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { TEST_SCRYPT_PARAMS } from './test-kdf.ts';
import { Vault } from './vault.ts';

export const CRASH_TEST_PASSPHRASE = 'crash test passphrase';
/** Entries kept per save: enough to catch a mix of two saves, small enough to keep saves quick. */
export const CRASH_TEST_KEPT_ENTRIES = 20;

export interface CrashTestDocument {
  counter: number;
  entries: { counter: number; body: string; digest: string }[];
}

/** The entry save `counter` adds; its size varies so consecutive files differ in length. */
export function crashTestEntry(counter: number): CrashTestDocument['entries'][number] {
  const body = `save ${counter} `.repeat(1 + ((counter * 7919) % 200));
  return { counter, body, digest: createHash('sha256').update(body).digest('hex') };
}

async function main(vaultPath: string): Promise<void> {
  const vault = new Vault({ path: vaultPath, kdfParams: TEST_SCRYPT_PARAMS });
  let document: CrashTestDocument;
  if (await vault.exists()) {
    document = (await vault.unlock(CRASH_TEST_PASSPHRASE)).document as CrashTestDocument;
  } else {
    document = { counter: 0, entries: [] };
    await vault.create(CRASH_TEST_PASSPHRASE, document);
  }
  process.stdout.write(`ready ${document.counter}\n`);
  for (;;) {
    const counter = document.counter + 1;
    document = {
      counter,
      entries: [...document.entries, crashTestEntry(counter)].slice(-CRASH_TEST_KEPT_ENTRIES),
    };
    await vault.write(document);
    process.stdout.write(`ack ${counter}\n`);
  }
}

if (process.argv[2]) {
  process.stdout.write('warm\n');
  await once(process.stdin, 'data');
  // If the test itself dies, its end of the pipe closes: stop rather than write forever.
  process.stdin.on('end', () => process.exit(0));
  await main(process.argv[2]);
}
