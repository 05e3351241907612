/**
 * The recovery key: 128 random bits, written as 28 characters in 7 groups of 4 from Crockford's
 * base-32 alphabet (no I, L, O or U, so nothing looks alike), with 12 check bits so a typo is
 * reported as a typo rather than as a key that does not fit.
 */
import { createHash, randomBytes } from 'node:crypto';
import { InterludeError } from '../../shared/errors.ts';

export const RECOVERY_KEY_BYTES = 16;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CHECK_BITS = 12n;
const CHARACTERS = 28;
const GROUP_SIZE = 4;

/** Letters people confuse with the digits the alphabet uses instead. */
const LOOK_ALIKES: Record<string, string> = { O: '0', I: '1', L: '1' };

function checkValue(key: Buffer): bigint {
  const digest = createHash('sha256').update(key).digest();
  return BigInt(digest.readUInt16BE(0)) >> (16n - CHECK_BITS);
}

/** Makes a new random recovery key. */
export function generateRecoveryKey(): Buffer {
  return randomBytes(RECOVERY_KEY_BYTES);
}

/** Writes a recovery key as it is shown to the user, e.g. `7KQ2-M9XD-…` (7 groups of 4). */
export function formatRecoveryKey(key: Buffer): string {
  if (key.length !== RECOVERY_KEY_BYTES) throw new RangeError('A recovery key is 16 bytes.');
  let value = (BigInt(`0x${key.toString('hex')}`) << CHECK_BITS) | checkValue(key);
  const characters: string[] = [];
  for (let i = 0; i < CHARACTERS; i++) {
    characters.unshift(ALPHABET[Number(value & 31n)]!);
    value >>= 5n;
  }
  const groups: string[] = [];
  for (let i = 0; i < CHARACTERS; i += GROUP_SIZE) groups.push(characters.slice(i, i + GROUP_SIZE).join(''));
  return groups.join('-');
}

const typo = (): InterludeError =>
  new InterludeError(
    'WRONG_RECOVERY_KEY',
    'That recovery key has a typo: it is 28 letters and digits in 7 groups of 4. Check each group and try again.',
  );

/**
 * Reads a recovery key as a person typed it: any case, with or without dashes and spaces, and
 * O, I, L read as 0, 1, 1. Throws WRONG_RECOVERY_KEY when it cannot be a key we issued.
 */
export function parseRecoveryKey(text: string): Buffer {
  const compact = text.toUpperCase().replace(/[\s\-–—]/g, '');
  if (compact.length !== CHARACTERS) throw typo();
  let value = 0n;
  for (const character of compact) {
    const digit = ALPHABET.indexOf(LOOK_ALIKES[character] ?? character);
    if (digit < 0) throw typo();
    value = (value << 5n) | BigInt(digit);
  }
  const check = value & ((1n << CHECK_BITS) - 1n);
  const key = Buffer.from((value >> CHECK_BITS).toString(16).padStart(RECOVERY_KEY_BYTES * 2, '0'), 'hex');
  if (key.length !== RECOVERY_KEY_BYTES || check !== checkValue(key)) throw typo();
  return key;
}
