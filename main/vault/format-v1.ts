/**
 * Reading version-1 files, for the migration to version 2 at their first unlock (and to
 * re-encrypt version-1 backups). Nothing writes version 1 any more. In version 1 the data key
 * never changed and the data section did not authenticate the key slots; docs/vault-format.md
 * keeps its layout. Pure functions only: no I/O.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { decryptOrNull } from './aes-gcm.ts';
import { damaged, FRAME_VERSION_1, readFrame, unwrapKey, type WrappedKey } from './format-frame.ts';
import { assertAcceptableScryptParams, derivePassphraseKey, deriveSubkey, type ScryptParams } from './kdf.ts';

const HEADER_BYTES_V1 = 180;
const at = {
  vaultId: 15,
  passphraseSlot: 31,
  log2N: 32,
  r: 33,
  p: 37,
  passphraseSalt: 41,
  passphraseIv: 57,
  recoverySlot: 117,
  recoverySalt: 118,
  recoveryIv: 134,
  checksum: 194,
  headerMac: 226,
  dataIv: 258,
  dataTag: 270,
  dataLength: 286,
  ciphertext: 294,
} as const;

export interface ParsedV1File {
  vaultId: Buffer;
  kdf: ScryptParams;
  bytes: Buffer;
}

function wrappedAt(bytes: Buffer, ivAt: number): WrappedKey {
  return {
    iv: bytes.subarray(ivAt, ivAt + 12),
    wrappedKey: bytes.subarray(ivAt + 12, ivAt + 44),
    tag: bytes.subarray(ivAt + 44, ivAt + 60),
  };
}

/** True when the file's frame is sound and says version 1. */
export function isVersion1(bytes: Buffer): boolean {
  return readFrame(bytes).version === FRAME_VERSION_1;
}

/** Checks a version-1 file's structure (frame, methods, parameters, length) without any key. */
export function parseV1File(bytes: Buffer, minimumKdf: ScryptParams): ParsedV1File {
  const frame = readFrame(bytes);
  if (frame.version !== FRAME_VERSION_1 || frame.headerLength !== HEADER_BYTES_V1) {
    throw damaged('its header has the wrong length');
  }
  if (
    bytes.readUInt8(14) !== 1 ||
    bytes.readUInt8(at.passphraseSlot) !== 1 ||
    bytes.readUInt8(at.recoverySlot) !== 2
  ) {
    throw damaged('its header names methods version 1 never used');
  }
  const kdf = { log2N: bytes.readUInt8(at.log2N), r: bytes.readUInt32BE(at.r), p: bytes.readUInt32BE(at.p) };
  assertAcceptableScryptParams(kdf, minimumKdf);
  if (
    bytes.length < at.ciphertext ||
    bytes.readBigUInt64BE(at.dataLength) !== BigInt(bytes.length - at.ciphertext)
  ) {
    throw damaged('it is shorter or longer than it should be');
  }
  return { vaultId: Buffer.from(bytes.subarray(at.vaultId, at.passphraseSlot)), kdf, bytes };
}

/** The data key from the passphrase slot, or null when the passphrase does not fit. */
export async function openV1PassphraseSlot(parsed: ParsedV1File, passphrase: string): Promise<Buffer | null> {
  const { bytes, vaultId, kdf } = parsed;
  const keyEncryptionKey = await derivePassphraseKey(
    passphrase,
    bytes.subarray(at.passphraseSalt, at.passphraseIv),
    kdf,
  );
  try {
    const associatedData = Buffer.concat([vaultId, bytes.subarray(at.passphraseSlot, at.passphraseIv)]);
    return unwrapKey(keyEncryptionKey, wrappedAt(bytes, at.passphraseIv), associatedData);
  } finally {
    keyEncryptionKey.fill(0);
  }
}

/** The data key from the recovery slot, or null when the recovery key does not fit. */
export function openV1RecoverySlot(parsed: ParsedV1File, recoveryKey: Buffer): Buffer | null {
  const { bytes, vaultId } = parsed;
  const salt = bytes.subarray(at.recoverySalt, at.recoveryIv);
  const keyEncryptionKey = deriveSubkey(recoveryKey, salt, 'interlude v1 recovery slot');
  try {
    const associatedData = Buffer.concat([vaultId, bytes.subarray(at.recoverySlot, at.recoveryIv)]);
    return unwrapKey(keyEncryptionKey, wrappedAt(bytes, at.recoveryIv), associatedData);
  } finally {
    keyEncryptionKey.fill(0);
  }
}

/**
 * The document's bytes under a version-1 data key: the header MAC, then the data section.
 * Null when this data key does not authenticate the file.
 */
export function openV1Data(parsed: ParsedV1File, dataKey: Buffer): Buffer | null {
  const { bytes, vaultId } = parsed;
  const dataEncryptionKey = deriveSubkey(dataKey, vaultId, 'interlude v1 data encryption');
  const headerMacKey = deriveSubkey(dataKey, vaultId, 'interlude v1 header mac');
  try {
    const mac = createHmac('sha256', headerMacKey).update(bytes.subarray(0, at.checksum)).digest();
    if (!timingSafeEqual(mac, bytes.subarray(at.headerMac, at.dataIv))) return null;
    return decryptOrNull(dataEncryptionKey, {
      iv: bytes.subarray(at.dataIv, at.dataTag),
      tag: bytes.subarray(at.dataTag, at.dataLength),
      ciphertext: bytes.subarray(at.ciphertext),
      associatedData: Buffer.concat([
        bytes.subarray(0, at.passphraseSlot),
        bytes.subarray(at.dataLength, at.ciphertext),
      ]),
    });
  } finally {
    dataEncryptionKey.fill(0);
    headerMacKey.fill(0);
  }
}
