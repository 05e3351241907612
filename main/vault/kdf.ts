/**
 * Key derivation: scrypt turns a passphrase into a key-encryption key; HKDF turns high-entropy keys
 * (the recovery key, the data key) into purpose-bound subkeys.
 */
import { hkdfSync, scrypt } from 'node:crypto';
import { InterludeError } from '../../shared/errors.ts';

export interface ScryptParams {
  /** N = 2^log2N: the CPU and memory cost. */
  log2N: number;
  /** Block size. Memory use is about 128 · N · r bytes. */
  r: number;
  /** Parallelism (Node computes the lanes one after another). */
  p: number;
}

/** The design's parameters: N = 2^17, r = 8, p = 1 (128 MiB, roughly half a second). */
export const DEFAULT_SCRYPT_PARAMS: Readonly<ScryptParams> = Object.freeze({ log2N: 17, r: 8, p: 1 });

/** The design's memory ceiling for the default parameters. */
export const SCRYPT_MAXMEM_BYTES = 256 * 1024 * 1024;

/**
 * Upper bounds when opening a file: a file that asks for more would take minutes or exhaust
 * memory, which a damaged or hostile file must not be able to do.
 */
export const MAXIMUM_SCRYPT_PARAMS: Readonly<ScryptParams> = Object.freeze({ log2N: 20, r: 16, p: 4 });
export const MAXIMUM_SCRYPT_MEMORY_BYTES = 1024 * 1024 * 1024;

/** The length of every key this module derives. */
export const DERIVED_KEY_BYTES = 32;

/** The component-wise weaker of two parameter sets: the floor a vault accepts when opening. */
export function weakestScryptParams(a: ScryptParams, b: ScryptParams): ScryptParams {
  return { log2N: Math.min(a.log2N, b.log2N), r: Math.min(a.r, b.r), p: Math.min(a.p, b.p) };
}

function scryptMemoryBytes(params: ScryptParams): number {
  return 128 * 2 ** params.log2N * params.r;
}

/**
 * Refuses parameters weaker than `minimum` (a downgraded or tampered file) or so strong that
 * deriving the key would hang or exhaust memory.
 */
export function assertAcceptableScryptParams(params: ScryptParams, minimum: ScryptParams): void {
  const weaker = params.log2N < minimum.log2N || params.r < minimum.r || params.p < minimum.p;
  if (weaker) {
    throw new InterludeError(
      'UNSUPPORTED_VERSION',
      'This journal protects its passphrase with weaker settings than Interlude accepts, so it was not opened. ' +
        'The file may have been tampered with: restore a backup, or open it with the copy of Interlude that made it.',
    );
  }
  const tooStrong =
    params.log2N > MAXIMUM_SCRYPT_PARAMS.log2N ||
    params.r > MAXIMUM_SCRYPT_PARAMS.r ||
    params.p > MAXIMUM_SCRYPT_PARAMS.p ||
    scryptMemoryBytes(params) > MAXIMUM_SCRYPT_MEMORY_BYTES;
  if (tooStrong) {
    const asked = `scrypt N=2^${params.log2N}, r=${params.r}, p=${params.p}, ${Math.ceil(scryptMemoryBytes(params) / 2 ** 20)} MiB`;
    throw new InterludeError(
      'UNSUPPORTED_VERSION',
      `This journal asks for key-derivation settings (${asked}) beyond the limits Interlude accepts ` +
        '(N up to 2^20, r up to 16, p up to 4, at most 1 GiB of memory), so it was not opened and no key was derived. ' +
        'The file may be damaged or crafted: restore a backup.',
    );
  }
}

/** Passphrases are compared as NFC text, so the same words typed on another system still match. */
function passphraseBytes(passphrase: string): Buffer {
  return Buffer.from(passphrase.normalize('NFC'), 'utf8');
}

/** Derives a 256-bit key-encryption key from a passphrase with scrypt, off the main thread. */
export function derivePassphraseKey(passphrase: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const maxmem = Math.max(SCRYPT_MAXMEM_BYTES, 2 * scryptMemoryBytes(params));
  const secret = passphraseBytes(passphrase);
  return new Promise((resolve, reject) => {
    scrypt(
      secret,
      salt,
      DERIVED_KEY_BYTES,
      { N: 2 ** params.log2N, r: params.r, p: params.p, maxmem },
      (error, key) => {
        secret.fill(0);
        if (error) {
          reject(
            new InterludeError(
              'INTERNAL',
              'Interlude could not derive the key from the passphrase on this computer (not enough memory?). ' +
                'Close other programs and try again.',
              { cause: error },
            ),
          );
        } else {
          resolve(key);
        }
      },
    );
  });
}

/**
 * Derives a purpose-bound 256-bit subkey from a high-entropy key with HKDF-SHA-256. The input
 * already has at least 128 bits of entropy, so a slow KDF would add nothing.
 */
export function deriveSubkey(inputKey: Buffer, salt: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', inputKey, salt, purpose, DERIVED_KEY_BYTES));
}
