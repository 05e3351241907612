/**
 * Drafts on the device (docs/sync.md): autosaving writes one small encrypted file in the app's
 * data folder and leaves the synced journal file alone; saving the entry removes it; an older
 * journal's draft moves out at unlock; a passphrase change re-seals it.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiArgs } from '../../shared/api.ts';
import { TEST_SCRYPT_PARAMS } from '../vault/test-kdf.ts';
import { Vault } from '../vault/vault.ts';
import { newJournalDocument } from './journal-document.ts';
import { JournalService } from './journal-service.ts';

const PASSPHRASE = 'correct horse battery staple';
let dir: string;
let journalPath: string;
let deviceDir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'interlude-drafts-'));
  journalPath = path.join(dir, 'synced', 'journal.interlude');
  deviceDir = path.join(dir, 'device');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const vaultAt = (draftDir: string | undefined = deviceDir) =>
  new Vault({ path: journalPath, draftDir, kdfParams: TEST_SCRYPT_PARAMS });
const open = () => new JournalService({ vault: vaultAt() });

const draft = (body: string, entryId: string | null = null) =>
  apiArgs.saveDraft.parse({
    day: '2026-12-01',
    body,
    mood: null,
    emotions: [],
    tags: [],
    section: null,
    prompt: null,
    entryId,
  });

describe('a draft on this device', () => {
  it('autosaves without touching the synced journal file, encrypted', async () => {
    const journal = open();
    await journal.create(PASSPHRASE);
    const before = await readFile(journalPath);
    await journal.saveDraft(draft('a sentence only this laptop has seen'));
    expect((await readFile(journalPath)).equals(before)).toBe(true);
    expect(await readdir(path.dirname(journalPath))).toEqual(['journal.interlude']);
    const [file] = await readdir(deviceDir);
    const sealed = await readFile(path.join(deviceDir, file!));
    expect(sealed.toString('utf8')).not.toContain('only this laptop');

    await journal.lock();
    const reopened = open();
    await reopened.unlock(PASSPHRASE);
    expect(await reopened.getDraft()).toMatchObject({ body: 'a sentence only this laptop has seen' });
  });

  it('is removed when its entry is saved: one journal write, then the draft file goes', async () => {
    const journal = open();
    await journal.create(PASSPHRASE);
    await journal.saveDraft(draft('becoming an entry'));
    await journal.createEntry(apiArgs.createEntry.parse({ day: '2026-12-01', body: 'becoming an entry' }));
    expect(await journal.getDraft()).toBeNull();
    expect(await readdir(deviceDir).catch(() => [])).toEqual([]);
    await journal.lock();
    const reopened = open();
    await reopened.unlock(PASSPHRASE);
    expect(reopened.allEntries({}).map((e) => e.body)).toEqual(['becoming an entry']);
  });

  it('moves out of a journal written before drafts lived on the device', async () => {
    // A journal of the older kind: the draft inside the document, in the synced file.
    const old = vaultAt();
    await old.create(PASSPHRASE, {
      ...newJournalDocument('2026-12-01', new Date('2026-12-01T09:00:00Z')),
      draft: { ...draft('typed before the update'), savedAt: '2026-12-01T09:30:00.000Z' },
    });
    old.lock();

    const journal = open();
    await journal.unlock(PASSPHRASE);
    expect(await journal.getDraft()).toMatchObject({ body: 'typed before the update' });
    await journal.lock();
    const file = await new Vault({ path: journalPath, kdfParams: TEST_SCRYPT_PARAMS }).unlock(PASSPHRASE);
    expect((file.document as { draft: unknown }).draft).toBeNull();
  });

  it('does not move out of an older file than this device saw until the user opens it', async () => {
    const revisionFile = path.join(deviceDir, 'vault-revisions.json');
    const withRevisions = () =>
      new Vault({ path: journalPath, draftDir: deviceDir, revisionFile, kdfParams: TEST_SCRYPT_PARAMS });
    const old = withRevisions();
    await old.create(PASSPHRASE, {
      ...newJournalDocument('2026-12-01', new Date('2026-12-01T09:00:00Z')),
      draft: { ...draft('typed before the update'), savedAt: '2026-12-01T09:30:00.000Z' },
    });
    const olderCopy = await readFile(journalPath);
    await old.write({ ...newJournalDocument('2026-12-01', new Date('2026-12-01T09:00:00Z')), draft: null });
    old.lock();
    await writeFile(journalPath, olderCopy);

    const journal = new JournalService({ vault: withRevisions() });
    expect((await journal.unlock(PASSPHRASE)).olderThanSeen).not.toBeNull();
    await journal.lock();
    // Untouched, so the next unlock still warns.
    expect((await readFile(journalPath)).equals(olderCopy)).toBe(true);
  });

  it('follows a passphrase change: the new key opens it', async () => {
    const vault = vaultAt();
    const journal = new JournalService({ vault });
    await journal.create(PASSPHRASE);
    await journal.saveDraft(draft('kept across the change'));
    await vault.changePassphrase(PASSPHRASE, 'a new passphrase for a new start');
    expect(await journal.getDraft()).toMatchObject({ body: 'kept across the change' });
    await journal.lock();
    const reopened = open();
    await reopened.unlock('a new passphrase for a new start');
    expect(await reopened.getDraft()).toMatchObject({ body: 'kept across the change' });
  });
});
