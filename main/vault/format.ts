/**
 * The vault file format, version 1 (docs/vault-format.md describes it byte by byte).
 *
 *   preamble   magic "INTERLUD", version (u16), header length (u32)
 *   header     cipher, vault id, passphrase slot, recovery slot
 *   checksum   SHA-256 of preamble + header: tells accidental damage from a wrong passphrase
 *   header MAC HMAC-SHA-256 of preamble + header under a subkey of the data key: detects tampering
 *   data       IV, GCM tag, ciphertext length (u64), ciphertext
 *
 * The data section's associated data is the part of the header that never changes (preamble,
 * cipher, vault id) plus the ciphertext length, so re-wrapping the data key rewrites the header
 * and its MAC but leaves the data section's bytes exactly as they were. Pure functions only: no I/O.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import { InterludeError } from '../../shared/errors.ts';
import { assertAcceptableScryptParams, type ScryptParams } from './kdf.ts';

export const MAGIC = Buffer.from('INTERLUD', 'ascii');
export const FORMAT_VERSION = 1;

const PREAMBLE_BYTES = 14;
const HEADER_BYTES_V1 = 180;
/** Longer headers are refused before anything is hashed: a damaged length must not cost much. */
const MAXIMUM_HEADER_BYTES = 64 * 1024;
const DIGEST_BYTES = 32;
export const IV_BYTES = 12;
export const TAG_BYTES = 16;
export const KEY_BYTES = 32;
export const VAULT_ID_BYTES = 16;
export const SALT_BYTES = 16;

const CIPHER_AES_256_GCM = 1;
const KDF_SCRYPT = 1;
const KDF_HKDF_SHA256 = 2;

/** Where each field of a version-1 header sits, counted from the start of the file. */
const at = {
  cipher: 14,
  vaultId: 15,
  passphraseSlot: 31,
  passphraseKdf: 31,
  log2N: 32,
  r: 33,
  p: 37,
  passphraseSalt: 41,
  passphraseIv: 57,
  passphraseWrapped: 69,
  passphraseTag: 101,
  recoverySlot: 117,
  recoveryKdf: 117,
  recoverySalt: 118,
  recoveryIv: 134,
  recoveryWrapped: 146,
  recoveryTag: 178,
  checksum: 194,
  headerMac: 226,
  dataIv: 258,
  dataTag: 270,
  dataLength: 286,
  ciphertext: 294,
} as const;

/** Bytes from the start of the file to the first byte of ciphertext. */
export const DATA_OFFSET = at.ciphertext;
/** The header block: everything before the data section (preamble, header, checksum, MAC). */
export const HEADER_BLOCK_BYTES = at.dataIv;
/** The bytes a fingerprint hashes: they hold the per-write IV and the tag over the whole ciphertext. */
export const FINGERPRINT_PREFIX_BYTES = DATA_OFFSET;

/** A wrapped copy of the data key: AES-256-GCM under a key-encryption key. */
export interface WrappedKey {
  iv: Buffer;
  wrappedKey: Buffer;
  tag: Buffer;
}

export interface PassphraseSlot extends WrappedKey {
  kdf: ScryptParams;
  salt: Buffer;
}

export interface RecoverySlot extends WrappedKey {
  salt: Buffer;
}

export interface VaultHeader {
  vaultId: Buffer;
  passphraseSlot: PassphraseSlot;
  recoverySlot: RecoverySlot;
}

/** The encrypted document, as it sits after the header block. */
export interface SealedData {
  iv: Buffer;
  tag: Buffer;
  ciphertext: Buffer;
}

export interface ParsedVaultFile {
  header: VaultHeader;
  /** Bytes 0 to DATA_OFFSET's header block, exactly as read (shares memory with the file). */
  headerBlock: Buffer;
  /** The bytes the header MAC covers (preamble and header). */
  authenticatedHeader: Buffer;
  headerMac: Buffer;
  /** The data section (IV, tag, length, ciphertext), exactly as read. */
  dataSection: Buffer;
  data: SealedData;
}

const damaged = (what: string): InterludeError =>
  new InterludeError(
    'VAULT_DAMAGED',
    `The journal file is damaged: ${what}. Interlude did not change it. Restore a recent backup to get your journal back.`,
  );

/** The slot's descriptor (KDF id, parameters, salt) as written in the header. */
export function passphraseSlotDescriptor(kdf: ScryptParams, salt: Buffer): Buffer {
  const descriptor = Buffer.alloc(at.passphraseIv - at.passphraseSlot);
  descriptor.writeUInt8(KDF_SCRYPT, 0);
  descriptor.writeUInt8(kdf.log2N, 1);
  descriptor.writeUInt32BE(kdf.r, 2);
  descriptor.writeUInt32BE(kdf.p, 6);
  salt.copy(descriptor, 10);
  return descriptor;
}

/** The recovery slot's descriptor (KDF id, salt) as written in the header. */
export function recoverySlotDescriptor(salt: Buffer): Buffer {
  const descriptor = Buffer.alloc(at.recoveryIv - at.recoverySlot);
  descriptor.writeUInt8(KDF_HKDF_SHA256, 0);
  salt.copy(descriptor, 1);
  return descriptor;
}

function preambleAndFixedHeader(vaultId: Buffer): Buffer {
  const bytes = Buffer.alloc(at.passphraseSlot);
  MAGIC.copy(bytes, 0);
  bytes.writeUInt16BE(FORMAT_VERSION, 8);
  bytes.writeUInt32BE(HEADER_BYTES_V1, 10);
  bytes.writeUInt8(CIPHER_AES_256_GCM, at.cipher);
  vaultId.copy(bytes, at.vaultId);
  return bytes;
}

function sha256(bytes: Buffer): Buffer {
  return createHash('sha256').update(bytes).digest();
}

function headerMacOf(authenticatedHeader: Buffer, headerMacKey: Buffer): Buffer {
  return createHmac('sha256', headerMacKey).update(authenticatedHeader).digest();
}

/** Builds the header block (preamble, header, checksum, MAC) for a header. */
export function encodeHeaderBlock(header: VaultHeader, headerMacKey: Buffer): Buffer {
  const { passphraseSlot: pass, recoverySlot: recovery } = header;
  const block = Buffer.alloc(HEADER_BLOCK_BYTES);
  preambleAndFixedHeader(header.vaultId).copy(block, 0);
  passphraseSlotDescriptor(pass.kdf, pass.salt).copy(block, at.passphraseSlot);
  pass.iv.copy(block, at.passphraseIv);
  pass.wrappedKey.copy(block, at.passphraseWrapped);
  pass.tag.copy(block, at.passphraseTag);
  recoverySlotDescriptor(recovery.salt).copy(block, at.recoverySlot);
  recovery.iv.copy(block, at.recoveryIv);
  recovery.wrappedKey.copy(block, at.recoveryWrapped);
  recovery.tag.copy(block, at.recoveryTag);
  const authenticated = block.subarray(0, at.checksum);
  sha256(authenticated).copy(block, at.checksum);
  headerMacOf(authenticated, headerMacKey).copy(block, at.headerMac);
  return block;
}

function dataAssociatedData(vaultId: Buffer, ciphertextLength: number): Buffer {
  const length = Buffer.alloc(8);
  length.writeBigUInt64BE(BigInt(ciphertextLength));
  return Buffer.concat([preambleAndFixedHeader(vaultId), length]);
}

/** Encrypts the document's JSON text under the data encryption key, with a fresh random IV. */
export function sealData(json: string, dataEncryptionKey: Buffer, vaultId: Buffer): SealedData {
  const plaintext = Buffer.from(json, 'utf8');
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', dataEncryptionKey, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(dataAssociatedData(vaultId, plaintext.length));
  const ciphertext = cipher.update(plaintext);
  const tail = cipher.final();
  return {
    iv,
    tag: cipher.getAuthTag(),
    ciphertext: tail.length === 0 ? ciphertext : Buffer.concat([ciphertext, tail]),
  };
}

/** Encodes the data section: IV, tag, ciphertext length, ciphertext. */
function dataSectionPrefix(data: SealedData): Buffer {
  const prefix = Buffer.alloc(DATA_OFFSET - HEADER_BLOCK_BYTES);
  data.iv.copy(prefix, 0);
  data.tag.copy(prefix, IV_BYTES);
  prefix.writeBigUInt64BE(BigInt(data.ciphertext.length), IV_BYTES + TAG_BYTES);
  return prefix;
}

/** The complete file: header block followed by the data section. */
export function assembleVaultFile(headerBlock: Buffer, data: SealedData): Buffer {
  return Buffer.concat([headerBlock, dataSectionPrefix(data), data.ciphertext]);
}

/** The complete file with a new header block in front of an existing data section, byte for byte. */
export function replaceHeaderBlock(headerBlock: Buffer, dataSection: Buffer): Buffer {
  return Buffer.concat([headerBlock, dataSection]);
}

/**
 * Reads the structure of a vault file without any key: checks the magic, the header checksum,
 * the version, the parameters and the length. Throws VAULT_DAMAGED or UNSUPPORTED_VERSION.
 */
export function parseVaultFile(bytes: Buffer, minimumKdf: ScryptParams): ParsedVaultFile {
  if (bytes.length < PREAMBLE_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw damaged('it does not start like an Interlude journal (it may be another kind of file)');
  }
  const version = bytes.readUInt16BE(8);
  const headerLength = bytes.readUInt32BE(10);
  const checksumAt = PREAMBLE_BYTES + headerLength;
  if (headerLength > MAXIMUM_HEADER_BYTES || bytes.length < checksumAt + DIGEST_BYTES) {
    throw damaged('it is shorter than its header says, so it was probably cut off');
  }
  const authenticatedHeader = bytes.subarray(0, checksumAt);
  if (!sha256(authenticatedHeader).equals(bytes.subarray(checksumAt, checksumAt + DIGEST_BYTES))) {
    throw damaged('its header does not match its checksum');
  }
  if (version !== FORMAT_VERSION) {
    throw new InterludeError(
      'UNSUPPORTED_VERSION',
      `This journal was saved in format version ${version}, which this version of Interlude cannot read. ` +
        'Update Interlude to open it; the file was not changed.',
    );
  }
  if (headerLength !== HEADER_BYTES_V1) throw damaged('its header has the wrong length');
  if (bytes.readUInt8(at.cipher) !== CIPHER_AES_256_GCM) {
    throw new InterludeError(
      'UNSUPPORTED_VERSION',
      'This journal uses an encryption method this version of Interlude does not know. Update Interlude to open it.',
    );
  }
  if (
    bytes.readUInt8(at.passphraseKdf) !== KDF_SCRYPT ||
    bytes.readUInt8(at.recoveryKdf) !== KDF_HKDF_SHA256
  ) {
    throw new InterludeError(
      'UNSUPPORTED_VERSION',
      'This journal protects its keys in a way this version of Interlude does not know. Update Interlude to open it.',
    );
  }
  const kdf: ScryptParams = {
    log2N: bytes.readUInt8(at.log2N),
    r: bytes.readUInt32BE(at.r),
    p: bytes.readUInt32BE(at.p),
  };
  assertAcceptableScryptParams(kdf, minimumKdf);
  if (bytes.length < DATA_OFFSET)
    throw damaged('it is shorter than it should be, so it was probably cut off');
  const declaredLength = bytes.readBigUInt64BE(at.dataLength);
  const actualLength = BigInt(bytes.length - DATA_OFFSET);
  if (declaredLength > actualLength) {
    throw damaged('it is shorter than it should be, so it was probably cut off');
  }
  if (declaredLength < actualLength) throw damaged('it has extra bytes at the end');

  const copy = (start: number, end: number): Buffer => Buffer.from(bytes.subarray(start, end));
  return {
    header: {
      vaultId: copy(at.vaultId, at.passphraseSlot),
      passphraseSlot: {
        kdf,
        salt: copy(at.passphraseSalt, at.passphraseIv),
        iv: copy(at.passphraseIv, at.passphraseWrapped),
        wrappedKey: copy(at.passphraseWrapped, at.passphraseTag),
        tag: copy(at.passphraseTag, at.recoverySlot),
      },
      recoverySlot: {
        salt: copy(at.recoverySalt, at.recoveryIv),
        iv: copy(at.recoveryIv, at.recoveryWrapped),
        wrappedKey: copy(at.recoveryWrapped, at.recoveryTag),
        tag: copy(at.recoveryTag, at.checksum),
      },
    },
    headerBlock: bytes.subarray(0, HEADER_BLOCK_BYTES),
    authenticatedHeader,
    headerMac: bytes.subarray(at.headerMac, at.dataIv),
    dataSection: bytes.subarray(HEADER_BLOCK_BYTES),
    data: {
      iv: bytes.subarray(at.dataIv, at.dataTag),
      tag: bytes.subarray(at.dataTag, at.dataLength),
      ciphertext: bytes.subarray(DATA_OFFSET),
    },
  };
}

/** Checks the header MAC under the subkey of the data key; throws VAULT_DAMAGED when it fails. */
export function verifyHeaderMac(parsed: ParsedVaultFile, headerMacKey: Buffer): void {
  const expected = headerMacOf(parsed.authenticatedHeader, headerMacKey);
  if (!timingSafeEqual(expected, parsed.headerMac)) {
    throw damaged('its header fails authentication');
  }
}

/** Decrypts and authenticates the data section; throws VAULT_DAMAGED when it fails. */
export function openData(parsed: ParsedVaultFile, dataEncryptionKey: Buffer): Buffer {
  const { iv, tag, ciphertext } = parsed.data;
  try {
    const decipher = createDecipheriv('aes-256-gcm', dataEncryptionKey, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(dataAssociatedData(parsed.header.vaultId, ciphertext.length));
    decipher.setAuthTag(tag);
    const plaintext = decipher.update(ciphertext);
    const tail = decipher.final();
    return tail.length === 0 ? plaintext : Buffer.concat([plaintext, tail]);
  } catch {
    throw damaged('its contents fail authentication');
  }
}

/** Encrypts a 32-byte data key under a key-encryption key (a slot's wrapped key). */
export function wrapKey(keyEncryptionKey: Buffer, dataKey: Buffer, associatedData: Buffer): WrappedKey {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keyEncryptionKey, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(associatedData);
  const wrappedKey = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return { iv, wrappedKey, tag: cipher.getAuthTag() };
}

/** Decrypts a slot's wrapped key; null when the key-encryption key does not fit. */
export function unwrapKey(keyEncryptionKey: Buffer, slot: WrappedKey, associatedData: Buffer): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyEncryptionKey, slot.iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(associatedData);
    decipher.setAuthTag(slot.tag);
    // GCM releases everything from update(); final() only checks the tag, and clears nothing.
    const key = decipher.update(slot.wrappedKey);
    try {
      decipher.final();
    } catch {
      key.fill(0);
      return null;
    }
    return key.length === KEY_BYTES ? key : null;
  } catch {
    return null;
  }
}
