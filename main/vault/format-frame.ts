/**
 * What every version of the vault file shares: the frame (magic, version, header length, header,
 * SHA-256 checksum of all of it), so any version can tell a damaged file from a newer one, and
 * the AES-256-GCM key wrapping the slots use. Pure functions only: no I/O.
 */
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { InterludeError } from '../../shared/errors.ts';
import { AES_GCM_TAG_BYTES, decryptOrNull } from './aes-gcm.ts';

export const MAGIC = Buffer.from('INTERLUD', 'ascii');
export const FRAME_VERSION_1 = 1;
const PREAMBLE_BYTES = 14;
/** Longer headers are refused before anything is hashed: a damaged length must not cost much. */
const MAXIMUM_HEADER_BYTES = 64 * 1024;
export const DIGEST_BYTES = 32;
export const IV_BYTES = 12;
export const TAG_BYTES = AES_GCM_TAG_BYTES;
export const KEY_BYTES = 32;
export const VAULT_ID_BYTES = 16;

/** A wrapped copy of a key: AES-256-GCM under a key-encryption key. */
export interface WrappedKey {
  iv: Buffer;
  wrappedKey: Buffer;
  tag: Buffer;
}

export const damaged = (what: string): InterludeError =>
  new InterludeError(
    'VAULT_DAMAGED',
    `The journal file is damaged: ${what}. Interlude did not change it. Restore a recent backup to get your journal back.`,
  );

export function sha256(bytes: Buffer): Buffer {
  return createHash('sha256').update(bytes).digest();
}

/** Checks the frame and returns the version and header length. Throws VAULT_DAMAGED. */
export function readFrame(bytes: Buffer): { version: number; headerLength: number } {
  if (bytes.length < PREAMBLE_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw damaged('it does not start like an Interlude journal (it may be another kind of file)');
  }
  const version = bytes.readUInt16BE(8);
  const headerLength = bytes.readUInt32BE(10);
  const checksumAt = PREAMBLE_BYTES + headerLength;
  if (headerLength > MAXIMUM_HEADER_BYTES || bytes.length < checksumAt + DIGEST_BYTES) {
    throw damaged('it is shorter than its header says, so it was probably cut off');
  }
  if (!sha256(bytes.subarray(0, checksumAt)).equals(bytes.subarray(checksumAt, checksumAt + DIGEST_BYTES))) {
    throw damaged(
      'its header does not match its checksum (it may have been pieced together from different copies)',
    );
  }
  return { version, headerLength };
}

/** Encrypts a 32-byte key under a key-encryption key. */
export function wrapKey(keyEncryptionKey: Buffer, key: Buffer, associatedData: Buffer): WrappedKey {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keyEncryptionKey, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(associatedData);
  const wrappedKey = Buffer.concat([cipher.update(key), cipher.final()]);
  return { iv, wrappedKey, tag: cipher.getAuthTag() };
}

/** Decrypts a wrapped key; null when the key-encryption key does not fit. */
export function unwrapKey(keyEncryptionKey: Buffer, slot: WrappedKey, associatedData: Buffer): Buffer | null {
  const key = decryptOrNull(keyEncryptionKey, { ...slot, ciphertext: slot.wrappedKey, associatedData });
  if (key === null || key.length === KEY_BYTES) return key;
  key.fill(0);
  return null;
}
