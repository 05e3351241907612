import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { InterludeError } from '../../shared/errors.ts';
import {
  assembleVaultFile,
  encodeHeaderBlock,
  IV_BYTES,
  openData,
  parseVaultFile,
  SALT_BYTES,
  sealData,
  TAG_BYTES,
  type VaultHeader,
} from './format.ts';
import { DEFAULT_SCRYPT_PARAMS, type ScryptParams } from './kdf.ts';

const vaultId = randomBytes(16);
const dataEncryptionKey = randomBytes(32);
const headerMacKey = randomBytes(32);

function header(kdf: ScryptParams = DEFAULT_SCRYPT_PARAMS): VaultHeader {
  const slot = () => ({
    iv: randomBytes(IV_BYTES),
    wrappedKey: randomBytes(32),
    tag: randomBytes(TAG_BYTES),
  });
  return {
    vaultId,
    passphraseSlot: { kdf, salt: randomBytes(SALT_BYTES), ...slot() },
    recoverySlot: { salt: randomBytes(SALT_BYTES), ...slot() },
  };
}

function fileWith(kdf?: ScryptParams): Buffer {
  return assembleVaultFile(
    encodeHeaderBlock(header(kdf), headerMacKey),
    sealData('{"n":1}', dataEncryptionKey, vaultId),
  );
}

function codeOf(action: () => unknown): string {
  try {
    action();
    return 'OK';
  } catch (error) {
    return error instanceof InterludeError ? error.code : String(error);
  }
}

/** Sets a field and recomputes the header checksum, as a newer or a tampering writer would. */
function rewrite(bytes: Buffer, edit: (bytes: Buffer) => void): Buffer {
  const copy = Buffer.from(bytes);
  edit(copy);
  createHash('sha256').update(copy.subarray(0, 194)).digest().copy(copy, 194);
  return copy;
}

describe('sealing the document', () => {
  it('never repeats an IV across 10,000 saves', () => {
    const ivs = new Set<string>();
    for (let index = 0; index < 10_000; index++) {
      ivs.add(sealData(`{"save":${index}}`, dataEncryptionKey, vaultId).iv.toString('hex'));
    }
    expect(ivs.size).toBe(10_000);
  });

  it('opens what it sealed, and only with the right key', () => {
    const parsed = parseVaultFile(fileWith(), DEFAULT_SCRYPT_PARAMS);
    expect(openData(parsed, dataEncryptionKey).toString('utf8')).toBe('{"n":1}');
    expect(codeOf(() => openData(parsed, randomBytes(32)))).toBe('VAULT_DAMAGED');
  });

  it('binds the data to its vault: data moved under another vault id does not open', () => {
    const sealed = sealData('{"n":1}', dataEncryptionKey, randomBytes(16));
    const moved = assembleVaultFile(encodeHeaderBlock(header(), headerMacKey), sealed);
    expect(codeOf(() => openData(parseVaultFile(moved, DEFAULT_SCRYPT_PARAMS), dataEncryptionKey))).toBe(
      'VAULT_DAMAGED',
    );
  });
});

describe('reading the header', () => {
  it('refuses a newer format version with a clear error, even when its checksum is right', () => {
    const newer = rewrite(fileWith(), (bytes) => bytes.writeUInt16BE(2, 8));
    expect(codeOf(() => parseVaultFile(newer, DEFAULT_SCRYPT_PARAMS))).toBe('UNSUPPORTED_VERSION');
    expect(codeOf(() => parseVaultFile(fileWith(), DEFAULT_SCRYPT_PARAMS))).toBe('OK');
  });

  it('refuses an unknown cipher or key-derivation method', () => {
    const cipher = rewrite(fileWith(), (bytes) => bytes.writeUInt8(9, 14));
    const kdf = rewrite(fileWith(), (bytes) => bytes.writeUInt8(9, 31));
    expect(codeOf(() => parseVaultFile(cipher, DEFAULT_SCRYPT_PARAMS))).toBe('UNSUPPORTED_VERSION');
    expect(codeOf(() => parseVaultFile(kdf, DEFAULT_SCRYPT_PARAMS))).toBe('UNSUPPORTED_VERSION');
  });

  it('refuses scrypt parameters weaker than N=2^17, r=8, p=1', () => {
    for (const weak of [
      { log2N: 16, r: 8, p: 1 },
      { log2N: 17, r: 7, p: 1 },
      { log2N: 17, r: 8, p: 0 },
      { log2N: 1, r: 1, p: 1 },
    ]) {
      expect(codeOf(() => parseVaultFile(fileWith(weak), DEFAULT_SCRYPT_PARAMS))).toBe('UNSUPPORTED_VERSION');
    }
  });

  it('refuses a weakened file even when the tamperer fixed the checksum', () => {
    const weakened = rewrite(fileWith(), (bytes) => bytes.writeUInt8(10, 32));
    expect(codeOf(() => parseVaultFile(weakened, DEFAULT_SCRYPT_PARAMS))).toBe('UNSUPPORTED_VERSION');
  });

  it('refuses parameters so large that deriving the key would exhaust memory', () => {
    for (const huge of [
      { log2N: 30, r: 8, p: 1 },
      { log2N: 17, r: 4096, p: 1 },
      { log2N: 20, r: 16, p: 1 },
      { log2N: 17, r: 8, p: 1_000_000 },
    ]) {
      expect(codeOf(() => parseVaultFile(fileWith(huge), DEFAULT_SCRYPT_PARAMS))).toBe('UNSUPPORTED_VERSION');
    }
  });

  it('accepts stronger parameters within bounds', () => {
    expect(codeOf(() => parseVaultFile(fileWith({ log2N: 18, r: 8, p: 2 }), DEFAULT_SCRYPT_PARAMS))).toBe(
      'OK',
    );
  });
});
