import { createCipheriv, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decryptOrNull, type Sealed } from './aes-gcm.ts';

function seal(key: Buffer, plaintext: string, associatedData: Buffer): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(associatedData);
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return { iv, tag: cipher.getAuthTag(), ciphertext, associatedData };
}

describe('decryptOrNull', () => {
  const key = randomBytes(32);
  const sealed = seal(key, 'what I could not say to them', Buffer.from('journal 1'));

  it('opens what the key sealed', () => {
    expect(decryptOrNull(key, sealed)?.toString('utf8')).toBe('what I could not say to them');
  });

  it('refuses another key, and any changed byte of the ciphertext, tag or associated data', () => {
    expect(decryptOrNull(randomBytes(32), sealed)).toBeNull();
    for (const part of ['ciphertext', 'tag', 'iv', 'associatedData'] as const) {
      const altered = Buffer.from(sealed[part]);
      altered[0]! ^= 1;
      expect(decryptOrNull(key, { ...sealed, [part]: altered })).toBeNull();
    }
  });

  it('refuses a tag cut short, which GCM would otherwise check only as far as it goes', () => {
    expect(decryptOrNull(key, { ...sealed, tag: sealed.tag.subarray(0, 4) })).toBeNull();
    expect(decryptOrNull(key, { ...sealed, tag: sealed.tag.subarray(0, 12) })).toBeNull();
  });

  it('returns null rather than throwing for a key of the wrong size', () => {
    expect(decryptOrNull(key.subarray(0, 16), sealed)).toBeNull();
  });
});
