/**
 * Opening a vault file of either version with a passphrase or a recovery key: the data key, the
 * document's bytes and what a rotation needs to carry over. Version 1 has no recovery public key,
 * so a version-1 file can only move to version 2 with a new recovery key.
 */
import { InterludeError } from '../../shared/errors.ts';
import { damaged, FRAME_VERSION_1, readFrame } from './format-frame.ts';
import { openData, type ParsedVaultFile, parseVaultFile } from './format.ts';
import { openV1Data, openV1PassphraseSlot, openV1RecoverySlot, parseV1File } from './format-v1.ts';
import type { ScryptParams } from './kdf.ts';
import {
  keysFromDataKey,
  openPassphraseSlot,
  openRecoverySlot,
  type PassphraseKey,
  zeroKeys,
} from './key-slots.ts';

export interface OpenedFile {
  version: number;
  vaultId: Buffer;
  revision: number;
  dataKey: Buffer;
  /** The document's UTF-8 JSON; the caller zeroes it. */
  plaintext: Buffer;
  /** The version-2 file as parsed; null for version 1. */
  parsed: ParsedVaultFile | null;
  /** The passphrase slot's key when a passphrase opened a version-2 file; the caller zeroes it. */
  passphraseKey: PassphraseKey | null;
  /** The recovery key's public key; null for version 1, which has none. */
  recipient: Buffer | null;
}

export const wrongPassphrase = (): InterludeError =>
  new InterludeError(
    'WRONG_PASSPHRASE',
    'That passphrase does not open this journal. Check it (and Caps Lock) and try again, or use your recovery key.',
  );

export const wrongRecoveryKey = (): InterludeError =>
  new InterludeError(
    'WRONG_RECOVERY_KEY',
    'That recovery key does not open this journal. Check that it is the latest key issued for this journal.',
  );

function isVersion1(bytes: Buffer): boolean {
  return readFrame(bytes).version === FRAME_VERSION_1;
}

function openV2(parsed: ParsedVaultFile, dataKey: Buffer, passphraseKey: PassphraseKey | null): OpenedFile {
  const keys = keysFromDataKey(dataKey, parsed.header.vaultId);
  let plaintext: Buffer;
  try {
    plaintext = openData(parsed, keys.dataEncryptionKey);
  } catch (error) {
    zeroKeys(keys);
    passphraseKey?.keyEncryptionKey.fill(0);
    throw error;
  }
  keys.dataEncryptionKey.fill(0);
  return {
    version: 2,
    vaultId: parsed.header.vaultId,
    revision: parsed.header.revision,
    dataKey,
    plaintext,
    parsed,
    passphraseKey,
    recipient: parsed.header.recoverySlot.recipient,
  };
}

function openV1(parsed: ReturnType<typeof parseV1File>, dataKey: Buffer): OpenedFile {
  const plaintext = openV1Data(parsed, dataKey);
  if (!plaintext) {
    dataKey.fill(0);
    throw damaged('its contents fail authentication');
  }
  return {
    version: 1,
    vaultId: parsed.vaultId,
    revision: 0,
    dataKey,
    plaintext,
    parsed: null,
    passphraseKey: null,
    recipient: null,
  };
}

/** Opens a file with a passphrase. Throws WRONG_PASSPHRASE, VAULT_DAMAGED or UNSUPPORTED_VERSION. */
export async function openWithPassphrase(
  bytes: Buffer,
  passphrase: string,
  minimumKdf: ScryptParams,
): Promise<OpenedFile> {
  if (isVersion1(bytes)) {
    const parsed = parseV1File(bytes, minimumKdf);
    const dataKey = await openV1PassphraseSlot(parsed, passphrase);
    if (!dataKey) throw wrongPassphrase();
    return openV1(parsed, dataKey);
  }
  const parsed = parseVaultFile(bytes, minimumKdf);
  const opened = await openPassphraseSlot(parsed.header.passphraseSlot, passphrase, parsed.header.vaultId);
  if (!opened) throw wrongPassphrase();
  return openV2(parsed, opened.dataKey, opened.passphraseKey);
}

/** Opens a file with a recovery key (already parsed from text). Throws WRONG_RECOVERY_KEY or VAULT_DAMAGED. */
export function openWithRecoveryKey(
  bytes: Buffer,
  recoveryKey: Buffer,
  minimumKdf: ScryptParams,
): OpenedFile {
  if (isVersion1(bytes)) {
    const parsed = parseV1File(bytes, minimumKdf);
    const dataKey = openV1RecoverySlot(parsed, recoveryKey);
    if (!dataKey) throw wrongRecoveryKey();
    return openV1(parsed, dataKey);
  }
  const parsed = parseVaultFile(bytes, minimumKdf);
  const dataKey = openRecoverySlot(parsed.header.recoverySlot, recoveryKey, parsed.header.vaultId);
  if (!dataKey) throw wrongRecoveryKey();
  return openV2(parsed, dataKey, null);
}

/**
 * The document's bytes and revision when `dataKey` is the key of this file (either version), or
 * null when it is not (or the file does not belong to `vaultId`, or is damaged).
 */
export function openWithDataKey(
  bytes: Buffer,
  dataKey: Buffer,
  vaultId: Buffer,
  minimumKdf: ScryptParams,
): { plaintext: Buffer; revision: number } | null {
  try {
    if (isVersion1(bytes)) {
      const parsed = parseV1File(bytes, minimumKdf);
      if (!parsed.vaultId.equals(vaultId)) return null;
      const plaintext = openV1Data(parsed, dataKey);
      return plaintext ? { plaintext, revision: 0 } : null;
    }
    const parsed = parseVaultFile(bytes, minimumKdf);
    if (!parsed.header.vaultId.equals(vaultId)) return null;
    const keys = keysFromDataKey(Buffer.from(dataKey), vaultId);
    try {
      return { plaintext: openData(parsed, keys.dataEncryptionKey), revision: parsed.header.revision };
    } finally {
      zeroKeys(keys);
    }
  } catch {
    return null;
  }
}
