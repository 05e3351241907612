/**
 * Cheap scrypt parameters for tests that are not about key derivation (about 1 MiB and a few
 * milliseconds instead of 128 MiB and half a second). Never used outside tests.
 */
import type { ScryptParams } from './kdf.ts';

export const TEST_SCRYPT_PARAMS: Readonly<ScryptParams> = Object.freeze({ log2N: 10, r: 8, p: 1 });
