/**
 * The draft being written, kept on this device only: one small encrypted file in the app's data
 * folder, never in the (possibly synced) journal. Autosaving it costs one small write instead of
 * rewriting the whole journal, and two devices typing at once no longer conflict.
 *
 * Sealed with AES-256-GCM under a key derived (HKDF-SHA256) from the journal's data key, with a
 * fresh IV on every save. While the data key rotates, the file holds the draft sealed under both
 * the old and the new key, so a crash at any point leaves a draft that the journal's key opens.
 */
import { createCipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { type Draft, DraftSchema } from '../../shared/domain.ts';
import { InterludeError } from '../../shared/errors.ts';
import {
  isMissingFileError,
  PRIVATE_DIRECTORY_MODE,
  toIoError,
  writeFileDurably,
} from '../vault/durable-write.ts';
import { SerialQueue } from '../../shared/serial-queue.ts';
import { AES_GCM_TAG_BYTES, decryptOrNull } from '../vault/aes-gcm.ts';
import { readBoundedFile } from '../vault/read-bounded-file.ts';

const MAGIC = Buffer.from('ILDRAFT1', 'ascii');
const IV_BYTES = 12;
const TAG_BYTES = AES_GCM_TAG_BYTES;
const LENGTH_BYTES = 4;
const KEY_INFO = Buffer.from('interlude/device-draft/v1', 'utf8');
/** A draft's text is at most 200,000 characters; anything much larger is not a draft file. */
const MAXIMUM_FILE_BYTES = 4 * 1024 * 1024;

/** The draft file for the journal with this vault id, in the app's data folder (never beside the journal). */
export function draftFileFor(dataDir: string, vaultId: Buffer): string {
  const name = createHash('sha256').update('interlude/draft-file').update(vaultId).digest('hex').slice(0, 16);
  return path.join(dataDir, `draft-${name}.interlude-draft`);
}

function draftKey(dataKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), KEY_INFO, 32));
}

function sealSlot(plaintext: Buffer, dataKey: Buffer): Buffer {
  const key = draftKey(dataKey);
  try {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(MAGIC);
    const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    const length = Buffer.alloc(LENGTH_BYTES);
    length.writeUInt32BE(ciphertext.length);
    return Buffer.concat([iv, cipher.getAuthTag(), length, ciphertext]);
  } finally {
    key.fill(0);
  }
}

/** The draft sealed under each of `dataKeys` in turn (usually one). */
export function sealDraft(draft: Draft, ...dataKeys: Buffer[]): Buffer {
  const plaintext = Buffer.from(JSON.stringify(draft), 'utf8');
  try {
    return Buffer.concat([
      MAGIC,
      Buffer.from([dataKeys.length]),
      ...dataKeys.map((k) => sealSlot(plaintext, k)),
    ]);
  } finally {
    plaintext.fill(0);
  }
}

const unreadable = (why: string): InterludeError =>
  new InterludeError('VAULT_DAMAGED', `The draft saved on this device could not be opened: ${why}.`);

/** Opens a sealed draft with the journal's data key. */
export function openDraft(bytes: Buffer, dataKey: Buffer): Draft {
  if (bytes.length < MAGIC.length + 1 || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw unreadable('it is not a draft file');
  }
  const slots = bytes[MAGIC.length]!;
  let offset = MAGIC.length + 1;
  const key = draftKey(dataKey);
  try {
    for (let slot = 0; slot < slots; slot++) {
      if (offset + IV_BYTES + TAG_BYTES + LENGTH_BYTES > bytes.length) throw unreadable('it is cut short');
      const iv = bytes.subarray(offset, offset + IV_BYTES);
      const tag = bytes.subarray(offset + IV_BYTES, offset + IV_BYTES + TAG_BYTES);
      const length = bytes.readUInt32BE(offset + IV_BYTES + TAG_BYTES);
      const start = offset + IV_BYTES + TAG_BYTES + LENGTH_BYTES;
      if (start + length > bytes.length) throw unreadable('it is cut short');
      offset = start + length;
      const plaintext = decryptOrNull(key, {
        iv,
        tag,
        ciphertext: bytes.subarray(start, start + length),
        associatedData: MAGIC,
      });
      // Sealed under another key (the other side of a key rotation), or damaged.
      if (plaintext === null) continue;
      try {
        const parsed = DraftSchema.safeParse(JSON.parse(plaintext.toString('utf8')));
        if (!parsed.success) throw unreadable('its contents are not a draft');
        return parsed.data;
      } catch (error) {
        throw error instanceof InterludeError ? error : unreadable('its contents are not readable');
      } finally {
        plaintext.fill(0);
      }
    }
  } finally {
    key.fill(0);
  }
  throw unreadable("the journal's key does not open it, or it is damaged");
}

/** One device's draft for one journal. Saves run one after another, in the order they were asked. */
export class DraftStore {
  readonly file: string;
  readonly #queue = new SerialQueue();
  /** Set once the folder is known to exist, so autosaves skip the mkdir. */
  #folderReady = false;
  /** Set once the file there is known to be ours to replace (absent, or opened by our key). */
  #fileChecked = false;

  constructor(file: string) {
    this.file = file;
  }

  /** The saved draft, or null when there is none. Throws VAULT_DAMAGED when it cannot be opened (the file stays). */
  read(dataKey: Buffer): Promise<Draft | null> {
    return this.#queue.run(async () => {
      const bytes = await this.#readBytes();
      return bytes === null ? null : openDraft(bytes, dataKey);
    });
  }

  /** Saves the draft (durably: temp file, fsync, rename, mode 0600), replacing the one before. */
  save(draft: Draft, dataKey: Buffer): Promise<void> {
    const bytes = sealDraft(draft, dataKey);
    return this.#queue.run(async () => {
      if (!this.#folderReady) {
        try {
          // The app's data folder may not exist yet on a new device.
          await mkdir(path.dirname(this.file), { recursive: true, mode: PRIVATE_DIRECTORY_MODE });
        } catch (error) {
          throw toIoError(error, 'create the folder for the saved draft', path.dirname(this.file));
        }
        this.#folderReady = true;
      }
      if (!this.#fileChecked) {
        await this.#keepUnopenedDraft(dataKey);
        this.#fileChecked = true;
      }
      await writeFileDurably(this.file, bytes);
    });
  }

  /**
   * A draft this key cannot open (sealed under a key retired when the passphrase changed on
   * another device, or damaged) is moved aside, never written over: it is words the user wrote,
   * and the old passphrase may still open it one day. So is one this user may not read, or
   * anything else in its place. Kept beside as `<file>.unopened-<time>`.
   */
  async #keepUnopenedDraft(dataKey: Buffer): Promise<void> {
    try {
      const bytes = await this.#readBytes();
      if (bytes === null) return;
      openDraft(bytes, dataKey);
      return;
    } catch {
      // Not ours to replace (not opened, not readable by this user, a folder): set it aside below.
    }
    const aside = `${this.file}.unopened-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    try {
      await rename(this.file, aside);
    } catch (error) {
      throw toIoError(error, 'keep the draft that could not be opened', this.file);
    }
  }

  /**
   * Removes the draft (after its entry was saved, or when the user discards it). Given the key, a
   * draft it cannot open is set aside rather than removed: it was never shown, so never discarded.
   */
  remove(dataKey?: Buffer): Promise<void> {
    return this.#queue.run(async () => {
      if (dataKey && !this.#fileChecked) {
        await this.#keepUnopenedDraft(dataKey);
        this.#fileChecked = true;
      }
      try {
        await rm(this.file, { force: true });
      } catch (error) {
        throw toIoError(error, 'remove the saved draft', this.file);
      }
    });
  }

  /**
   * Step 1 of a data-key rotation, before the journal is rewritten under `newKey`: seals the
   * draft under both keys. Step 2, once the journal under the new key is on disk, is
   * `finishReseal(newKey)`. A draft the old key does not open is left as it is.
   */
  resealDraft(oldKey: Buffer, newKey: Buffer): Promise<void> {
    return this.#rewrite(oldKey, (draft) => sealDraft(draft, newKey, oldKey));
  }

  /** Step 2 of a rotation: keeps only the copy sealed under the new key. */
  finishReseal(newKey: Buffer): Promise<void> {
    return this.#rewrite(newKey, (draft) => sealDraft(draft, newKey));
  }

  #rewrite(openWith: Buffer, seal: (draft: Draft) => Buffer): Promise<void> {
    return this.#queue.run(async () => {
      const bytes = await this.#readBytes();
      if (bytes === null) return;
      let draft: Draft;
      try {
        draft = openDraft(bytes, openWith);
      } catch {
        return;
      }
      await writeFileDurably(this.file, seal(draft));
    });
  }

  async #readBytes(): Promise<Buffer | null> {
    try {
      return (await readBoundedFile(this.file, { maxBytes: MAXIMUM_FILE_BYTES, what: 'a saved draft' }))
        .bytes;
    } catch (error) {
      if (isMissingFileError(error)) return null;
      if (error instanceof InterludeError && error.code === 'TOO_LARGE') {
        throw unreadable('it is far larger than a draft');
      }
      throw toIoError(error, 'read the saved draft', this.file);
    }
  }
}
