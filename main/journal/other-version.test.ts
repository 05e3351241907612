/**
 * An entry edited differently on two devices: the merge keeps both texts ("the other version"),
 * and the user's choice settles it in one write.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiArgs } from '../../shared/api.ts';
import { TEST_SCRYPT_PARAMS } from '../vault/test-kdf.ts';
import { Vault } from '../vault/vault.ts';
import { JournalService } from './journal-service.ts';

const PASSPHRASE = 'correct horse battery staple';
let dir: string;
let clock: Date;

const service = () =>
  new JournalService({
    vault: new Vault({ path: path.join(dir, 'journal.interlude'), kdfParams: TEST_SCRYPT_PARAMS }),
    now: () => clock,
  });

const later = (minutes: number) => {
  clock = new Date(clock.getTime() + minutes * 60_000);
};

/** A journal whose one entry was edited here ("calmer") and, concurrently, elsewhere ("raw"). */
async function editedOnTwoDevices(): Promise<{
  journal: JournalService;
  originalId: string;
  otherId: string;
}> {
  const journal = service();
  await journal.create(PASSPHRASE);
  const { id } = await journal.createEntry(
    apiArgs.createEntry.parse({ day: '2026-12-01', body: 'first text' }),
  );
  const elsewhere = service();
  await elsewhere.unlock(PASSPHRASE);
  later(1);
  await elsewhere.updateEntry(id, { body: 'edited elsewhere: raw' });
  await elsewhere.lock();
  later(1);
  await journal.updateEntry(id, { body: 'edited here: calmer' });
  const other = journal.allEntries({}).find((entry) => entry.conflict);
  if (!other) throw new Error('the merge did not keep the other version');
  return { journal, originalId: id, otherId: other.id };
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'interlude-other-version-'));
  clock = new Date('2026-12-01T09:00:00Z');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const texts = (journal: JournalService) =>
  journal
    .allEntries({})
    .map((entry) => `${entry.body}${entry.conflict ? ' (other version)' : ''}`)
    .sort();

describe('an entry edited on two devices', () => {
  it('keeps the newer text as the entry and the other beside it, marked', async () => {
    const { journal, originalId } = await editedOnTwoDevices();
    expect(texts(journal)).toEqual(['edited elsewhere: raw (other version)', 'edited here: calmer']);
    expect(journal.allEntries({}).find((entry) => entry.conflict)?.conflict?.of).toBe(originalId);
  });

  it('"keep the other version" puts its text in the entry and removes it, everywhere', async () => {
    const { journal, originalId, otherId } = await editedOnTwoDevices();
    await journal.resolveOtherVersion(otherId, 'other');
    expect(texts(journal)).toEqual(['edited elsewhere: raw']);
    expect(journal.getEntry(originalId).body).toBe('edited elsewhere: raw');
    await journal.lock();
    const reopened = service();
    await reopened.unlock(PASSPHRASE);
    expect(texts(reopened)).toEqual(['edited elsewhere: raw']);
  });

  it('"keep the entry" deletes the other version; "keep both" keeps it unmarked', async () => {
    const first = await editedOnTwoDevices();
    await first.journal.resolveOtherVersion(first.otherId, 'original');
    expect(texts(first.journal)).toEqual(['edited here: calmer']);
    await first.journal.lock();
    await rm(path.join(dir, 'journal.interlude'));

    const second = await editedOnTwoDevices();
    await second.journal.resolveOtherVersion(second.otherId, 'both');
    expect(texts(second.journal)).toEqual(['edited elsewhere: raw', 'edited here: calmer']);
    await expect(second.journal.resolveOtherVersion(second.otherId, 'other')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
