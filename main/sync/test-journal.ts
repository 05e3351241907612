/** Test-only: journal services over real vault files (cheap KDF), for the sync tests that touch disk. */
import { apiArgs } from '../../shared/api.ts';
import { JournalService } from '../journal/journal-service.ts';
import { PASSPHRASE } from '../vault/test-helpers.ts';
import { TEST_SCRYPT_PARAMS } from '../vault/test-kdf.ts';
import { Vault } from '../vault/vault.ts';

export { PASSPHRASE };

export function serviceAt(file: string): JournalService {
  return new JournalService({ vault: new Vault({ path: file, kdfParams: TEST_SCRYPT_PARAMS }) });
}

export const entryInput = (body: string) => apiArgs.createEntry.parse({ day: '2026-12-01', body });

/** The entries' texts in the journal file at `file`, as a fresh unlock reads them, sorted. */
export async function bodiesOnDisk(file: string, passphrase = PASSPHRASE): Promise<string[]> {
  const journal = serviceAt(file);
  await journal.unlock(passphrase);
  try {
    return journal
      .snapshot()
      .entries.map((entry) => entry.body)
      .sort();
  } finally {
    await journal.lock();
  }
}
