/**
 * Key slots: each holds the data key wrapped under a key-encryption key.
 * - The passphrase slot: scrypt of the passphrase. Its associated data binds it to this vault
 *   and to its own KDF parameters, so they cannot be edited without the slot failing to open.
 * - The recovery slot: the recovery key deterministically derives an X25519 key pair and the file
 *   keeps only the public key, so a new data key can be wrapped to it at every rotation without
 *   the recovery key being stored anywhere the passphrase reaches (as age's X25519 recipients:
 *   ephemeral ECDH, HKDF-SHA-256, AES-256-GCM).
 */
import {
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  type KeyObject,
  randomBytes,
} from 'node:crypto';
import { KEY_BYTES, unwrapKey, VAULT_ID_BYTES, type WrappedKey, wrapKey } from './format-frame.ts';
import {
  type PassphraseSlot,
  passphraseSlotDescriptor,
  type RecoverySlot,
  recoverySlotDescriptor,
  SALT_BYTES,
} from './format.ts';
import { derivePassphraseKey, deriveSubkey, type ScryptParams } from './kdf.ts';

const RECOVERY_KEY_PAIR_PURPOSE = 'interlude v2 recovery x25519 key';
const RECOVERY_WRAP_PURPOSE = 'interlude v2 recovery slot';
const DATA_ENCRYPTION_PURPOSE = 'interlude v2 data encryption';
const PREVIOUS_KEY_PURPOSE = 'interlude v2 previous key';

/** PKCS #8 and SPKI prefixes for a raw 32-byte X25519 key (RFC 8410). */
const X25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b656e04220420', 'hex');
const X25519_SPKI_PREFIX = Buffer.from('302a300506032b656e032100', 'hex');

/** The keys of an unlocked vault. Zeroed on lock. */
export interface VaultKeys {
  dataKey: Buffer;
  dataEncryptionKey: Buffer;
}

/** A new random data key. */
export function newDataKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

/** A new random vault id. */
export function newVaultId(): Buffer {
  return randomBytes(VAULT_ID_BYTES);
}

/** Derives the working keys from the data key (cheap: one HKDF call). */
export function keysFromDataKey(dataKey: Buffer, vaultId: Buffer): VaultKeys {
  return { dataKey, dataEncryptionKey: deriveSubkey(dataKey, vaultId, DATA_ENCRYPTION_PURPOSE) };
}

/** Overwrites every key buffer with zeros. */
export function zeroKeys(keys: VaultKeys): void {
  keys.dataKey.fill(0);
  keys.dataEncryptionKey.fill(0);
}

/** A passphrase slot's key-encryption key with its salt, kept while one rotation writes several files. */
export interface PassphraseKey {
  kdf: ScryptParams;
  salt: Buffer;
  keyEncryptionKey: Buffer;
}

/** Derives a passphrase key with a fresh salt (one scrypt derivation). */
export async function newPassphraseKey(passphrase: string, kdf: ScryptParams): Promise<PassphraseKey> {
  const salt = randomBytes(SALT_BYTES);
  return { kdf: { ...kdf }, salt, keyEncryptionKey: await derivePassphraseKey(passphrase, salt, kdf) };
}

function passphraseAssociatedData(vaultId: Buffer, kdf: ScryptParams, salt: Buffer): Buffer {
  return Buffer.concat([vaultId, passphraseSlotDescriptor(kdf, salt)]);
}

/** Wraps the data key under a passphrase key. */
export function createPassphraseSlot(key: PassphraseKey, dataKey: Buffer, vaultId: Buffer): PassphraseSlot {
  const associatedData = passphraseAssociatedData(vaultId, key.kdf, key.salt);
  return { kdf: { ...key.kdf }, salt: key.salt, ...wrapKey(key.keyEncryptionKey, dataKey, associatedData) };
}

/**
 * Opens the passphrase slot (one scrypt derivation). Returns the data key and the slot's
 * passphrase key (the caller zeroes it), or null when the passphrase does not fit.
 */
export async function openPassphraseSlot(
  slot: PassphraseSlot,
  passphrase: string,
  vaultId: Buffer,
): Promise<{ dataKey: Buffer; passphraseKey: PassphraseKey } | null> {
  const keyEncryptionKey = await derivePassphraseKey(passphrase, slot.salt, slot.kdf);
  const dataKey = unwrapKey(keyEncryptionKey, slot, passphraseAssociatedData(vaultId, slot.kdf, slot.salt));
  if (!dataKey) {
    keyEncryptionKey.fill(0);
    return null;
  }
  return { dataKey, passphraseKey: { kdf: { ...slot.kdf }, salt: slot.salt, keyEncryptionKey } };
}

function rawPublicKey(key: KeyObject): Buffer {
  return Buffer.from(key.export({ format: 'der', type: 'spki' }).subarray(X25519_SPKI_PREFIX.length));
}

function recoveryPrivateKey(recoveryKey: Buffer, vaultId: Buffer): KeyObject {
  const seed = deriveSubkey(recoveryKey, vaultId, RECOVERY_KEY_PAIR_PURPOSE);
  try {
    return createPrivateKey({
      key: Buffer.concat([X25519_PKCS8_PREFIX, seed]),
      format: 'der',
      type: 'pkcs8',
    });
  } finally {
    seed.fill(0);
  }
}

/** The X25519 public key the recovery key derives for this vault: what the recovery slot keeps. */
export function recoveryRecipient(recoveryKey: Buffer, vaultId: Buffer): Buffer {
  return rawPublicKey(createPublicKey(recoveryPrivateKey(recoveryKey, vaultId)));
}

function recoveryWrapKey(shared: Buffer, recipient: Buffer, ephemeral: Buffer): Buffer {
  try {
    return deriveSubkey(shared, Buffer.concat([ephemeral, recipient]), RECOVERY_WRAP_PURPOSE);
  } finally {
    shared.fill(0);
  }
}

function recoveryAssociatedData(vaultId: Buffer, recipient: Buffer, ephemeral: Buffer): Buffer {
  return Buffer.concat([vaultId, recoverySlotDescriptor(recipient, ephemeral)]);
}

/** Wraps the data key to the recovery key's public key, with a one-time ephemeral key pair. */
export function createRecoverySlot(recipient: Buffer, dataKey: Buffer, vaultId: Buffer): RecoverySlot {
  const ephemeralPair = generateKeyPairSync('x25519');
  const ephemeral = rawPublicKey(ephemeralPair.publicKey);
  const recipientKey = createPublicKey({
    key: Buffer.concat([X25519_SPKI_PREFIX, recipient]),
    format: 'der',
    type: 'spki',
  });
  const keyEncryptionKey = recoveryWrapKey(
    diffieHellman({ privateKey: ephemeralPair.privateKey, publicKey: recipientKey }),
    recipient,
    ephemeral,
  );
  try {
    const associatedData = recoveryAssociatedData(vaultId, recipient, ephemeral);
    return { recipient, ephemeral, ...wrapKey(keyEncryptionKey, dataKey, associatedData) };
  } finally {
    keyEncryptionKey.fill(0);
  }
}

/** The data key, or null when the recovery key does not open the slot (it was revoked, or mistyped). */
export function openRecoverySlot(slot: RecoverySlot, recoveryKey: Buffer, vaultId: Buffer): Buffer | null {
  const privateKey = recoveryPrivateKey(recoveryKey, vaultId);
  if (!rawPublicKey(createPublicKey(privateKey)).equals(slot.recipient)) return null;
  let ephemeralKey: KeyObject;
  try {
    ephemeralKey = createPublicKey({
      key: Buffer.concat([X25519_SPKI_PREFIX, slot.ephemeral]),
      format: 'der',
      type: 'spki',
    });
  } catch {
    return null;
  }
  let shared: Buffer;
  try {
    shared = diffieHellman({ privateKey, publicKey: ephemeralKey });
  } catch {
    // An all-zero shared secret (a low-order ephemeral key) is refused by OpenSSL.
    return null;
  }
  const keyEncryptionKey = recoveryWrapKey(shared, slot.recipient, slot.ephemeral);
  try {
    return unwrapKey(keyEncryptionKey, slot, recoveryAssociatedData(vaultId, slot.recipient, slot.ephemeral));
  } finally {
    keyEncryptionKey.fill(0);
  }
}

/** Wraps the data key being retired under the new one, while backups may still be under it. */
export function wrapPreviousKey(previousDataKey: Buffer, newKeys: VaultKeys, vaultId: Buffer): WrappedKey {
  const keyEncryptionKey = deriveSubkey(newKeys.dataKey, vaultId, PREVIOUS_KEY_PURPOSE);
  try {
    return wrapKey(keyEncryptionKey, previousDataKey, vaultId);
  } finally {
    keyEncryptionKey.fill(0);
  }
}

/** The retired data key a file's header carries, or null. */
export function openPreviousKey(wrapped: WrappedKey, keys: VaultKeys, vaultId: Buffer): Buffer | null {
  const keyEncryptionKey = deriveSubkey(keys.dataKey, vaultId, PREVIOUS_KEY_PURPOSE);
  try {
    return unwrapKey(keyEncryptionKey, wrapped, vaultId);
  } finally {
    keyEncryptionKey.fill(0);
  }
}
