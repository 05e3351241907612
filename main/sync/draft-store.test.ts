import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../shared/domain.ts';
import { moveDraftOut } from './draft-migration.ts';
import { DraftStore, draftFileFor, openDraft, sealDraft } from './draft-store.ts';
import { asNobody, RUNS_AS_ROOT } from '../vault/test-helpers.ts';
import { blankJournal } from './test-device.ts';

let dir: string;
let store: DraftStore;
const key = randomBytes(32);

const draft = (body: string, savedAt = '2026-12-01T10:00:00.000Z'): Draft => ({
  day: '2026-12-01',
  body,
  mood: 2,
  emotions: ['lonely'],
  tags: [],
  section: null,
  prompt: null,
  entryId: null,
  savedAt,
});

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'interlude-draft-'));
  store = new DraftStore(draftFileFor(dir, randomBytes(16)));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the device-local draft', () => {
  it('saves and reads back the draft, encrypted, in a private file of the data folder', async () => {
    expect(await store.read(key)).toBeNull();
    await store.save(draft('I almost texted them tonight'), key);
    expect(await store.read(key)).toEqual(draft('I almost texted them tonight'));
    expect(path.dirname(store.file)).toBe(dir);
    const bytes = await readFile(store.file);
    expect(bytes.toString('latin1')).not.toContain('texted');
    if (process.platform !== 'win32') expect((await stat(store.file)).mode & 0o777).toBe(0o600);
    expect(await readdir(dir)).toEqual([path.basename(store.file)]);
  });

  it('keeps one draft per journal: another vault id names another file', () => {
    const vaultId = randomBytes(16);
    expect(draftFileFor(dir, vaultId)).toBe(draftFileFor(dir, Buffer.from(vaultId)));
    expect(draftFileFor(dir, vaultId)).not.toBe(draftFileFor(dir, randomBytes(16)));
  });

  it('uses a fresh IV each time, so two saves of the same draft differ', () => {
    expect(sealDraft(draft('same'), key).equals(sealDraft(draft('same'), key))).toBe(false);
  });

  it('refuses a draft sealed under another key, or with any byte changed, without deleting it', async () => {
    await store.save(draft('private'), key);
    await expect(store.read(randomBytes(32))).rejects.toMatchObject({ code: 'VAULT_DAMAGED' });
    const bytes = await readFile(store.file);
    for (const index of [0, 9, 20, 40, bytes.length - 1]) {
      const flipped = Buffer.from(bytes);
      flipped[index]! ^= 0x01;
      expect(() => openDraft(flipped, key)).toThrow(/could not be opened/);
    }
    expect(() => openDraft(bytes.subarray(0, bytes.length - 3), key)).toThrow(/cut short/);
    expect(await store.read(key)).toEqual(draft('private'));
  });

  it('removes the draft once its entry is saved', async () => {
    await store.save(draft('to be an entry'), key);
    await store.remove();
    expect(await store.read(key)).toBeNull();
    await store.remove(); // nothing to remove: still fine
  });

  it('keeps the saves in order when autosaves come quickly', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.save(draft(`version ${i}`), key)));
    expect((await store.read(key))?.body).toBe('version 19');
  });

  it('re-seals under a new data key in two steps, opening with either key in between', async () => {
    const newKey = randomBytes(32);
    await store.save(draft('written before the passphrase change'), key);
    await store.resealDraft(key, newKey);
    // A crash here: whichever key the journal ended up under opens the draft.
    expect((await store.read(key))?.body).toBe('written before the passphrase change');
    expect((await store.read(newKey))?.body).toBe('written before the passphrase change');
    await store.finishReseal(newKey);
    expect((await store.read(newKey))?.body).toBe('written before the passphrase change');
    await expect(store.read(key)).rejects.toMatchObject({ code: 'VAULT_DAMAGED' });
  });

  it('re-sealing with no draft saved does nothing', async () => {
    await store.resealDraft(key, randomBytes(32));
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a file far too large to be a draft', async () => {
    await writeFile(store.file, Buffer.alloc(5 * 1024 * 1024));
    await expect(store.read(key)).rejects.toMatchObject({ code: 'VAULT_DAMAGED' });
  });
});

describe('moving a draft out of a journal written before drafts were device-local', () => {
  const slot = () => ({ read: () => store.read(key), save: (d: Draft) => store.save(d, key) });

  it('moves the draft into the draft file and drops it from the journal', async () => {
    const old = { ...blankJournal(), draft: draft('typed into the journal file') };
    const { document, moved } = await moveDraftOut(old, slot());
    expect(moved).toBe(true);
    expect(document.draft).toBeNull();
    expect((await store.read(key))?.body).toBe('typed into the journal file');
    expect(await moveDraftOut(document, slot())).toEqual({ document, moved: false });
  });

  it('keeps a newer draft already on this device', async () => {
    await store.save(draft('newer, on this device', '2026-12-02T08:00:00.000Z'), key);
    const old = { ...blankJournal(), draft: draft('older, in the journal') };
    expect((await moveDraftOut(old, slot())).moved).toBe(true);
    expect((await store.read(key))?.body).toBe('newer, on this device');
  });
});

describe('a draft this key cannot open', () => {
  const retiredKey = randomBytes(32);

  it('is set aside, not written over, by the first autosave', async () => {
    await store.save(draft('written before the passphrase changed elsewhere'), retiredKey);
    // A fresh session under the new key: the store has not looked at the file yet.
    const session = new DraftStore(store.file);
    await session.save(draft('written after'), key);
    expect(await session.read(key)).toEqual(draft('written after'));
    const aside = (await readdir(path.dirname(store.file))).filter((name) => name.includes('.unopened-'));
    expect(aside).toHaveLength(1);
    const kept = await readFile(path.join(path.dirname(store.file), aside[0]!));
    expect(openDraft(kept, retiredKey)).toEqual(draft('written before the passphrase changed elsewhere'));
    // Later autosaves replace this session's own draft as usual.
    await session.save(draft('written after, longer'), key);
    expect(
      (await readdir(path.dirname(store.file))).filter((name) => name.includes('.unopened-')),
    ).toHaveLength(1);
  });

  it('is set aside, not removed, when an entry is saved without an autosave first', async () => {
    await store.save(draft('never shown here'), retiredKey);
    const session = new DraftStore(store.file);
    await session.remove(key);
    expect(await session.read(key)).toBeNull();
    const aside = (await readdir(path.dirname(store.file))).filter((name) => name.includes('.unopened-'));
    expect(aside).toHaveLength(1);
  });
});

describe('something other than a draft at the draft path', () => {
  const asideNames = async () =>
    (await readdir(path.dirname(store.file))).filter((name) => name.includes('.unopened-'));

  it('a FIFO or a link to /dev/zero is refused at once, with a plain message', async () => {
    execFileSync('mkfifo', [store.file]);
    await expect(store.read(key)).rejects.toThrow(/device, pipe or socket, not a saved draft/);
    await rm(store.file);
    await symlink('/dev/zero', store.file);
    await expect(store.read(key)).rejects.toMatchObject({ code: 'IO_ERROR' });
  });

  it('a folder is refused on reading and set aside, not in the way of every autosave', async () => {
    await mkdir(store.file);
    await writeFile(path.join(store.file, 'notes.txt'), 'mine');
    await expect(store.read(key)).rejects.toThrow(/is a folder, not a saved draft/);
    await store.save(draft('typed tonight'), key);
    expect(await store.read(key)).toEqual(draft('typed tonight'));
    const aside = await asideNames();
    expect(aside).toHaveLength(1);
    expect(await readFile(path.join(dir, aside[0]!, 'notes.txt'), 'utf8')).toBe('mine');
  });

  // Root reads every file whatever its mode: the unreadable case needs another user's ids.
  it.skipIf(!RUNS_AS_ROOT)(
    'a draft this user may not read is set aside by an autosave, never written over',
    async () => {
      await store.save(draft('written before its mode was changed'), key);
      const before = await readFile(store.file);
      await chmod(dir, 0o777);
      await chmod(store.file, 0o000);
      await asNobody(async () => {
        const session = new DraftStore(store.file);
        await expect(session.read(key)).rejects.toThrow(/not allowed to read the saved draft/);
        await session.save(draft('typed as another user'), key);
      });
      const aside = await asideNames();
      expect(aside).toHaveLength(1);
      expect((await readFile(path.join(dir, aside[0]!))).equals(before)).toBe(true);
    },
  );
});
