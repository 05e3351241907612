import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { InterludeError } from '../../shared/errors.ts';
import { IV_BYTES, TAG_BYTES } from './format-frame.ts';
import {
  DATA_IV_OFFSET,
  DATA_OFFSET,
  openData,
  parseVaultFile,
  SALT_BYTES,
  sealVaultFile,
  type VaultHeader,
} from './format.ts';
import { DEFAULT_SCRYPT_PARAMS, type ScryptParams } from './kdf.ts';

const vaultId = randomBytes(16);
const dataEncryptionKey = randomBytes(32);
const CHECKSUM_AT = DATA_OFFSET - 32;

function header(kdf: ScryptParams = DEFAULT_SCRYPT_PARAMS): VaultHeader {
  const wrapped = () => ({
    iv: randomBytes(IV_BYTES),
    wrappedKey: randomBytes(32),
    tag: randomBytes(TAG_BYTES),
  });
  return {
    vaultId,
    revision: 7,
    passphraseSlot: { kdf, salt: randomBytes(SALT_BYTES), ...wrapped() },
    recoverySlot: { recipient: randomBytes(32), ephemeral: randomBytes(32), ...wrapped() },
    previousKey: null,
  };
}

const fileWith = (kdf?: ScryptParams): Buffer =>
  sealVaultFile(header(kdf), Buffer.from('{"n":1}'), dataEncryptionKey);

function codeOf(action: () => unknown): string {
  try {
    action();
    return 'OK';
  } catch (error) {
    return error instanceof InterludeError ? error.code : String(error);
  }
}

/** Sets a field and recomputes the checksum, as a newer or a tampering writer would. */
function rewrite(bytes: Buffer, edit: (bytes: Buffer) => void): Buffer {
  const copy = Buffer.from(bytes);
  edit(copy);
  createHash('sha256').update(copy.subarray(0, CHECKSUM_AT)).digest().copy(copy, CHECKSUM_AT);
  return copy;
}

describe('sealing the document', () => {
  it('never repeats an IV across 10,000 saves', () => {
    const ivs = new Set<string>();
    const fixed = header();
    for (let index = 0; index < 10_000; index++) {
      const file = sealVaultFile(fixed, Buffer.from(`{"save":${index}}`), dataEncryptionKey);
      ivs.add(file.subarray(DATA_IV_OFFSET, DATA_IV_OFFSET + IV_BYTES).toString('hex'));
    }
    expect(ivs.size).toBe(10_000);
  });

  it('keeps every character of a long text, whatever falls where the text is encrypted a slice at a time', () => {
    // Emoji (surrogate pairs) and accented letters around each of the 1,048,576-character marks.
    const around = (at: number) => `${'a'.repeat(at)}😀é${'😀'.repeat(3)}`;
    for (const text of [around(2 ** 20 - 1), around(2 ** 20 - 2), `${around(2 ** 21 - 1)}ß`]) {
      const parsed = parseVaultFile(sealVaultFile(header(), text, dataEncryptionKey), DEFAULT_SCRYPT_PARAMS);
      expect(openData(parsed, dataEncryptionKey).equals(Buffer.from(text, 'utf8'))).toBe(true);
    }
  });

  it('opens what it sealed, and only with the right key', () => {
    const parsed = parseVaultFile(fileWith(), DEFAULT_SCRYPT_PARAMS);
    expect(openData(parsed, dataEncryptionKey).toString('utf8')).toBe('{"n":1}');
    expect(parsed.header.revision).toBe(7);
    expect(codeOf(() => openData(parsed, randomBytes(32)))).toBe('VAULT_DAMAGED');
  });

  it('authenticates every header field with the data: an edited slot or revision does not open, even with the checksum fixed', () => {
    const original = fileWith();
    for (const offset of [15, 31, 38, 49, 80, 126, 160, 200, 250, 260]) {
      const edited = rewrite(original, (bytes) => {
        bytes[offset]! ^= 1;
      });
      const code = codeOf(() => openData(parseVaultFile(edited, DEFAULT_SCRYPT_PARAMS), dataEncryptionKey));
      expect(code, `byte ${offset}`).toBe('VAULT_DAMAGED');
    }
  });
});

describe('reading the header', () => {
  it('refuses a newer format version with a clear error, even when its checksum is right', () => {
    const newer = rewrite(fileWith(), (bytes) => bytes.writeUInt16BE(3, 8));
    expect(codeOf(() => parseVaultFile(newer, DEFAULT_SCRYPT_PARAMS))).toBe('UNSUPPORTED_VERSION');
    expect(codeOf(() => parseVaultFile(fileWith(), DEFAULT_SCRYPT_PARAMS))).toBe('OK');
  });

  it('refuses an unknown cipher or key-protection method', () => {
    const cipher = rewrite(fileWith(), (bytes) => bytes.writeUInt8(9, 14));
    const kdf = rewrite(fileWith(), (bytes) => bytes.writeUInt8(9, 39));
    const recovery = rewrite(fileWith(), (bytes) => bytes.writeUInt8(9, 125));
    for (const bytes of [cipher, kdf, recovery]) {
      expect(codeOf(() => parseVaultFile(bytes, DEFAULT_SCRYPT_PARAMS))).toBe('UNSUPPORTED_VERSION');
    }
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
    const weakened = rewrite(fileWith(), (bytes) => bytes.writeUInt8(10, 40));
    expect(codeOf(() => parseVaultFile(weakened, DEFAULT_SCRYPT_PARAMS))).toBe('UNSUPPORTED_VERSION');
  });

  it('refuses parameters beyond N=2^20, r=16, p=4 or 1 GiB, naming them, before deriving anything', () => {
    for (const huge of [
      { log2N: 20, r: 8, p: 16 },
      { log2N: 21, r: 8, p: 1 },
      { log2N: 17, r: 17, p: 1 },
      { log2N: 17, r: 8, p: 5 },
      { log2N: 20, r: 16, p: 1 },
      { log2N: 30, r: 8, p: 1 },
    ]) {
      let message = '';
      try {
        parseVaultFile(fileWith(huge), DEFAULT_SCRYPT_PARAMS);
      } catch (error) {
        expect((error as InterludeError).code).toBe('UNSUPPORTED_VERSION');
        message = (error as Error).message;
      }
      expect(message).toContain(`N=2^${huge.log2N}, r=${huge.r}, p=${huge.p}`);
      expect(message).not.toMatch(/passphrase does not/i);
    }
  });

  it('accepts stronger parameters within the caps', () => {
    for (const strong of [
      { log2N: 18, r: 8, p: 2 },
      { log2N: 20, r: 8, p: 1 },
      { log2N: 17, r: 16, p: 4 },
    ]) {
      expect(codeOf(() => parseVaultFile(fileWith(strong), DEFAULT_SCRYPT_PARAMS))).toBe('OK');
    }
  });
});
