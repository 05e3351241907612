/**
 * The vault file format, version 2 (docs/vault-format.md describes it byte by byte).
 *
 *   preamble   magic "INTERLUD", version (u16), header length (u32)
 *   header     cipher, vault id, revision, passphrase slot, recovery slot, previous key,
 *              then the data section's IV, GCM tag and ciphertext length
 *   checksum   SHA-256 of everything before it: tells accidental damage (or a file pieced together
 *              from two files) from a wrong passphrase, before any key is derived
 *   ciphertext AES-256-GCM of the document
 *
 * The data section's associated data is the whole header up to the data IV (slots and revision
 * included) plus the ciphertext length, so the data key authenticates every byte of the file:
 * a header from another version or another vault cannot be put in front of this data. Because
 * the data key changes whenever a slot changes, the header is never rewritten alone.
 * Pure functions only: no I/O.
 */
import { createCipheriv, randomBytes } from 'node:crypto';
import { InterludeError } from '../../shared/errors.ts';
import {
  damaged,
  FRAME_VERSION_1,
  IV_BYTES,
  KEY_BYTES,
  readFrame,
  sha256,
  TAG_BYTES,
  type WrappedKey,
} from './format-frame.ts';
import { decryptOrNull } from './aes-gcm.ts';
import { assertAcceptableScryptParams, type ScryptParams } from './kdf.ts';

export { IV_BYTES, KEY_BYTES, TAG_BYTES, VAULT_ID_BYTES, type WrappedKey } from './format-frame.ts';

export const FORMAT_VERSION = 2;
export const SALT_BYTES = 16;
export const X25519_KEY_BYTES = 32;

const CIPHER_AES_256_GCM = 1;
const KDF_SCRYPT = 1;
/** Recovery slot kind: ephemeral X25519 to a recipient key, HKDF-SHA-256, AES-256-GCM (as age's X25519 recipients). */
const RECOVERY_X25519 = 3;

/** Where each field of a version-2 file sits, counted from the start of the file. */
const at = {
  cipher: 14,
  vaultId: 15,
  revision: 31,
  passphraseSlot: 39,
  log2N: 40,
  r: 41,
  p: 45,
  passphraseSalt: 49,
  passphraseIv: 65,
  passphraseWrapped: 77,
  passphraseTag: 109,
  recoverySlot: 125,
  recoveryRecipient: 126,
  recoveryEphemeral: 158,
  recoveryIv: 190,
  recoveryWrapped: 202,
  recoveryTag: 234,
  previousKey: 250,
  previousIv: 251,
  previousWrapped: 263,
  previousTag: 295,
  dataIv: 311,
  dataTag: 323,
  dataLength: 339,
  checksum: 347,
  ciphertext: 379,
} as const;

const PREAMBLE_BYTES = 14;
const HEADER_BYTES_V2 = at.checksum - PREAMBLE_BYTES;
/** Bytes from the start of the file to the first byte of ciphertext. */
export const DATA_OFFSET = at.ciphertext;
/** Where the data section's per-save IV sits. */
export const DATA_IV_OFFSET = at.dataIv;
/** The bytes a fingerprint hashes: they hold the per-write IV, the tag over the whole ciphertext and the checksum. */
export const FINGERPRINT_PREFIX_BYTES = DATA_OFFSET;

export interface PassphraseSlot extends WrappedKey {
  kdf: ScryptParams;
  salt: Buffer;
}

export interface RecoverySlot extends WrappedKey {
  /** The recovery key's X25519 public key: the only trace of the recovery key in the file. */
  recipient: Buffer;
  /** This wrap's one-time X25519 public key. */
  ephemeral: Buffer;
}

export interface VaultHeader {
  vaultId: Buffer;
  /** Counts saves; authenticated, so a device can tell an older copy from the one it last saw. */
  revision: number;
  passphraseSlot: PassphraseSlot;
  recoverySlot: RecoverySlot;
  /**
   * The data key before the last rotation, wrapped under this one, while backups may still be
   * under it (a rotation interrupted before every backup was re-encrypted). Null otherwise.
   */
  previousKey: WrappedKey | null;
}

export interface ParsedVaultFile {
  header: VaultHeader;
  /** Associated data of the data section. */
  associatedData: Buffer;
  iv: Buffer;
  tag: Buffer;
  ciphertext: Buffer;
}

/** The passphrase slot's descriptor (KDF id, parameters, salt): bound into the slot's associated data. */
export function passphraseSlotDescriptor(kdf: ScryptParams, salt: Buffer): Buffer {
  const descriptor = Buffer.alloc(at.passphraseIv - at.passphraseSlot);
  descriptor.writeUInt8(KDF_SCRYPT, 0);
  descriptor.writeUInt8(kdf.log2N, 1);
  descriptor.writeUInt32BE(kdf.r, 2);
  descriptor.writeUInt32BE(kdf.p, 6);
  salt.copy(descriptor, 10);
  return descriptor;
}

/** The recovery slot's descriptor (kind, recipient, ephemeral key): bound into its associated data. */
export function recoverySlotDescriptor(recipient: Buffer, ephemeral: Buffer): Buffer {
  return Buffer.concat([Buffer.from([RECOVERY_X25519]), recipient, ephemeral]);
}

function putWrapped(block: Buffer, wrapped: WrappedKey, ivAt: number): void {
  wrapped.iv.copy(block, ivAt);
  wrapped.wrappedKey.copy(block, ivAt + IV_BYTES);
  wrapped.tag.copy(block, ivAt + IV_BYTES + KEY_BYTES);
}

/** The preamble and header up to the data IV: what the data section's associated data starts with. */
function encodeHeader(header: VaultHeader): Buffer {
  const block = Buffer.alloc(at.dataIv);
  block.write('INTERLUD', 0, 'ascii');
  block.writeUInt16BE(FORMAT_VERSION, 8);
  block.writeUInt32BE(HEADER_BYTES_V2, 10);
  block.writeUInt8(CIPHER_AES_256_GCM, at.cipher);
  header.vaultId.copy(block, at.vaultId);
  block.writeBigUInt64BE(BigInt(header.revision), at.revision);
  const pass = header.passphraseSlot;
  passphraseSlotDescriptor(pass.kdf, pass.salt).copy(block, at.passphraseSlot);
  putWrapped(block, pass, at.passphraseIv);
  const recovery = header.recoverySlot;
  recoverySlotDescriptor(recovery.recipient, recovery.ephemeral).copy(block, at.recoverySlot);
  putWrapped(block, recovery, at.recoveryIv);
  if (header.previousKey) {
    block.writeUInt8(1, at.previousKey);
    putWrapped(block, header.previousKey, at.previousIv);
  }
  return block;
}

function associatedDataOf(header: Buffer, ciphertextLength: number): Buffer {
  const length = Buffer.alloc(8);
  length.writeBigUInt64BE(BigInt(ciphertextLength));
  return Buffer.concat([header, length]);
}

/**
 * The complete file for a header and the document's bytes: encrypted under the data encryption
 * key with a fresh random IV, every header byte authenticated with it, then checksummed.
 */
export function sealVaultFile(
  header: VaultHeader,
  plaintext: Buffer | string,
  dataEncryptionKey: Buffer,
): Buffer {
  const headerBytes = encodeHeader(header);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', dataEncryptionKey, iv, { authTagLength: TAG_BYTES });
  const length = typeof plaintext === 'string' ? Buffer.byteLength(plaintext) : plaintext.length;
  cipher.setAAD(associatedDataOf(headerBytes, length));
  const file = Buffer.allocUnsafe(DATA_OFFSET + length);
  let written = DATA_OFFSET;
  const append = (ciphertext: Buffer) => {
    ciphertext.copy(file, written);
    written += ciphertext.length;
  };
  if (typeof plaintext === 'string') {
    // JSON text is encoded by the cipher itself (one pass fewer than Buffer.from, which costs more
    // than the encryption on a large journal with accented letters), a slice at a time, straight
    // into the file: no second whole-journal buffer to allocate and copy (profiled for vault.save.10k).
    for (let start = 0; start < plaintext.length; ) {
      let end = Math.min(plaintext.length, start + SEAL_SLICE_CHARACTERS);
      // Never between the two halves of a surrogate pair: each slice must be whole characters.
      const last = plaintext.charCodeAt(end - 1);
      if (end < plaintext.length && last >= 0xd800 && last <= 0xdbff) end--;
      append(cipher.update(plaintext.slice(start, end), 'utf8'));
      start = end;
    }
  } else {
    append(cipher.update(plaintext));
  }
  cipher.final();
  if (written !== file.length) {
    // Cannot happen with whole characters; if it ever did, nothing half-sealed may reach the disk.
    throw new InterludeError(
      'INTERNAL',
      'Interlude could not encrypt the journal, so nothing was saved. Try again.',
    );
  }
  headerBytes.copy(file, 0);
  iv.copy(file, at.dataIv);
  cipher.getAuthTag().copy(file, at.dataTag);
  file.writeBigUInt64BE(BigInt(length), at.dataLength);
  sha256(file.subarray(0, at.checksum)).copy(file, at.checksum);
  return file;
}

/** Characters of JSON encrypted per cipher call when sealing: about 1 MB at a time. */
const SEAL_SLICE_CHARACTERS = 1 << 20;

function readWrapped(bytes: Buffer, ivAt: number): WrappedKey {
  const copy = (start: number, length: number) => Buffer.from(bytes.subarray(start, start + length));
  return {
    iv: copy(ivAt, IV_BYTES),
    wrappedKey: copy(ivAt + IV_BYTES, KEY_BYTES),
    tag: copy(ivAt + IV_BYTES + KEY_BYTES, TAG_BYTES),
  };
}

const unknownMethod = (what: string): InterludeError =>
  new InterludeError(
    'UNSUPPORTED_VERSION',
    `This journal ${what} in a way this version of Interlude does not know. Update Interlude to open it; the file was not changed.`,
  );

/** The format version of a file whose frame (magic, lengths, checksum) is sound. */
export function formatVersionOf(bytes: Buffer): number {
  return readFrame(bytes).version;
}

/**
 * Reads the structure of a version-2 file without any key: the frame (magic, lengths, checksum),
 * then the methods, the KDF parameters (refused when too weak or too costly, before anything is
 * derived) and the ciphertext length. Throws VAULT_DAMAGED or UNSUPPORTED_VERSION.
 */
export function parseVaultFile(bytes: Buffer, minimumKdf: ScryptParams): ParsedVaultFile {
  const frame = readFrame(bytes);
  if (frame.version === FRAME_VERSION_1) {
    throw new InterludeError(
      'UNSUPPORTED_VERSION',
      'This journal is in the older format version 1. Unlock it once with its passphrase and Interlude updates it.',
    );
  }
  if (frame.version !== FORMAT_VERSION) {
    throw new InterludeError(
      'UNSUPPORTED_VERSION',
      `This journal was saved in format version ${frame.version}, which this version of Interlude cannot read. ` +
        'Update Interlude to open it; the file was not changed.',
    );
  }
  if (frame.headerLength !== HEADER_BYTES_V2) throw damaged('its header has the wrong length');
  if (bytes.readUInt8(at.cipher) !== CIPHER_AES_256_GCM) throw unknownMethod('is encrypted');
  if (
    bytes.readUInt8(at.passphraseSlot) !== KDF_SCRYPT ||
    bytes.readUInt8(at.recoverySlot) !== RECOVERY_X25519
  ) {
    throw unknownMethod('protects its keys');
  }
  const previousFlag = bytes.readUInt8(at.previousKey);
  if (previousFlag > 1) throw damaged('its header holds a value no version of Interlude writes');
  const kdf: ScryptParams = {
    log2N: bytes.readUInt8(at.log2N),
    r: bytes.readUInt32BE(at.r),
    p: bytes.readUInt32BE(at.p),
  };
  assertAcceptableScryptParams(kdf, minimumKdf);
  const declaredLength = bytes.readBigUInt64BE(at.dataLength);
  const actualLength = BigInt(bytes.length - DATA_OFFSET);
  if (declaredLength > actualLength)
    throw damaged('it is shorter than it should be, so it was probably cut off');
  if (declaredLength < actualLength) throw damaged('it has extra bytes at the end');
  const revision = bytes.readBigUInt64BE(at.revision);
  if (revision > BigInt(Number.MAX_SAFE_INTEGER)) throw damaged('its revision number is out of range');

  const copy = (start: number, end: number): Buffer => Buffer.from(bytes.subarray(start, end));
  const ciphertext = bytes.subarray(DATA_OFFSET);
  return {
    header: {
      vaultId: copy(at.vaultId, at.revision),
      revision: Number(revision),
      passphraseSlot: {
        kdf,
        salt: copy(at.passphraseSalt, at.passphraseIv),
        ...readWrapped(bytes, at.passphraseIv),
      },
      recoverySlot: {
        recipient: copy(at.recoveryRecipient, at.recoveryEphemeral),
        ephemeral: copy(at.recoveryEphemeral, at.recoveryIv),
        ...readWrapped(bytes, at.recoveryIv),
      },
      previousKey: previousFlag === 1 ? readWrapped(bytes, at.previousIv) : null,
    },
    associatedData: associatedDataOf(bytes.subarray(0, at.dataIv), ciphertext.length),
    iv: bytes.subarray(at.dataIv, at.dataTag),
    tag: bytes.subarray(at.dataTag, at.dataLength),
    ciphertext,
  };
}

/** Decrypts and authenticates the data section; throws VAULT_DAMAGED when it fails. */
export function openData(parsed: ParsedVaultFile, dataEncryptionKey: Buffer): Buffer {
  return openDataOrNull(parsed, dataEncryptionKey) ?? throwDamaged();
}

function throwDamaged(): never {
  throw damaged('its contents fail authentication (it may have been pieced together from different copies)');
}

/** The document's bytes, or null when this key does not authenticate the data section. */
export function openDataOrNull(parsed: ParsedVaultFile, dataEncryptionKey: Buffer): Buffer | null {
  return decryptOrNull(dataEncryptionKey, parsed);
}
