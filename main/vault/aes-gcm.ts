/**
 * Opening what Interlude encrypts (the journal's data, the wrapped keys, the device's draft):
 * AES-256-GCM with 16-byte tags, in one place so each caller cannot get the failure path wrong.
 */
import { createDecipheriv } from 'node:crypto';

export const AES_GCM_TAG_BYTES = 16;

export interface Sealed {
  iv: Buffer;
  tag: Buffer;
  ciphertext: Buffer;
  associatedData: Buffer;
}

/**
 * The plaintext, or null when `key` does not authenticate it (another key, a damaged or altered
 * file, a key or tag of the wrong size). GCM hands out the plaintext before it checks the tag,
 * so what failed the check is zeroed before it is let go: unauthenticated bytes are never used.
 */
export function decryptOrNull(key: Buffer, sealed: Sealed): Buffer | null {
  let plaintext: Buffer | undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.iv, { authTagLength: AES_GCM_TAG_BYTES });
    decipher.setAAD(sealed.associatedData);
    decipher.setAuthTag(sealed.tag);
    plaintext = decipher.update(sealed.ciphertext);
    decipher.final();
    return plaintext;
  } catch {
    plaintext?.fill(0);
    return null;
  }
}
