/**
 * Key slots: each holds the data key wrapped under a key-encryption key, one derived from the
 * passphrase (scrypt), one from the recovery key (HKDF). The slot's associated data binds it to
 * this vault and to its own KDF parameters, so a slot cannot be moved or its parameters edited.
 */
import { randomBytes } from 'node:crypto';
import { derivePassphraseKey, deriveSubkey, type ScryptParams } from './kdf.ts';
import {
  KEY_BYTES,
  type PassphraseSlot,
  passphraseSlotDescriptor,
  type RecoverySlot,
  recoverySlotDescriptor,
  SALT_BYTES,
  unwrapKey,
  VAULT_ID_BYTES,
  wrapKey,
} from './format.ts';

const RECOVERY_SLOT_PURPOSE = 'interlude v1 recovery slot';
const DATA_ENCRYPTION_PURPOSE = 'interlude v1 data encryption';
const HEADER_MAC_PURPOSE = 'interlude v1 header mac';

/** The keys of an unlocked vault. Zeroed on lock. */
export interface VaultKeys {
  dataKey: Buffer;
  dataEncryptionKey: Buffer;
  headerMacKey: Buffer;
}

/** A new random data key and vault id. */
export function newVaultSecrets(): { dataKey: Buffer; vaultId: Buffer } {
  return { dataKey: randomBytes(KEY_BYTES), vaultId: randomBytes(VAULT_ID_BYTES) };
}

/** Derives the working keys from the data key (cheap: two HKDF calls). */
export function keysFromDataKey(dataKey: Buffer, vaultId: Buffer): VaultKeys {
  return {
    dataKey,
    dataEncryptionKey: deriveSubkey(dataKey, vaultId, DATA_ENCRYPTION_PURPOSE),
    headerMacKey: deriveSubkey(dataKey, vaultId, HEADER_MAC_PURPOSE),
  };
}

/** Overwrites every key buffer with zeros. */
export function zeroKeys(keys: VaultKeys): void {
  keys.dataKey.fill(0);
  keys.dataEncryptionKey.fill(0);
  keys.headerMacKey.fill(0);
}

/** Wraps the data key under a passphrase, with a fresh salt (one scrypt derivation). */
export async function createPassphraseSlot(
  passphrase: string,
  dataKey: Buffer,
  vaultId: Buffer,
  kdf: ScryptParams,
): Promise<PassphraseSlot> {
  const salt = randomBytes(SALT_BYTES);
  const keyEncryptionKey = await derivePassphraseKey(passphrase, salt, kdf);
  try {
    const associatedData = Buffer.concat([vaultId, passphraseSlotDescriptor(kdf, salt)]);
    return { kdf: { ...kdf }, salt, ...wrapKey(keyEncryptionKey, dataKey, associatedData) };
  } finally {
    keyEncryptionKey.fill(0);
  }
}

/** The data key, or null when the passphrase does not open the slot (one scrypt derivation). */
export async function openPassphraseSlot(
  slot: PassphraseSlot,
  passphrase: string,
  vaultId: Buffer,
): Promise<Buffer | null> {
  const keyEncryptionKey = await derivePassphraseKey(passphrase, slot.salt, slot.kdf);
  try {
    return unwrapKey(
      keyEncryptionKey,
      slot,
      Buffer.concat([vaultId, passphraseSlotDescriptor(slot.kdf, slot.salt)]),
    );
  } finally {
    keyEncryptionKey.fill(0);
  }
}

/** Wraps the data key under a recovery key, with a fresh salt. */
export function createRecoverySlot(recoveryKey: Buffer, dataKey: Buffer, vaultId: Buffer): RecoverySlot {
  const salt = randomBytes(SALT_BYTES);
  const keyEncryptionKey = deriveSubkey(recoveryKey, salt, RECOVERY_SLOT_PURPOSE);
  try {
    return {
      salt,
      ...wrapKey(keyEncryptionKey, dataKey, Buffer.concat([vaultId, recoverySlotDescriptor(salt)])),
    };
  } finally {
    keyEncryptionKey.fill(0);
  }
}

/** The data key, or null when the recovery key does not open the slot. */
export function openRecoverySlot(slot: RecoverySlot, recoveryKey: Buffer, vaultId: Buffer): Buffer | null {
  const keyEncryptionKey = deriveSubkey(recoveryKey, slot.salt, RECOVERY_SLOT_PURPOSE);
  try {
    return unwrapKey(keyEncryptionKey, slot, Buffer.concat([vaultId, recoverySlotDescriptor(slot.salt)]));
  } finally {
    keyEncryptionKey.fill(0);
  }
}
