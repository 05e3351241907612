/**
 * The vault: one encrypted file holding one JSON document, opened with a passphrase or a recovery
 * key. Every file operation runs through one queue, so reads and writes never interleave in this
 * process; before replacing the file it checks the file is still the one it last read or wrote.
 */
import { mkdir, open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Adapter } from 'lowdb';
import type { BackupInfo } from '../../shared/api.ts';
import { InterludeError } from '../../shared/errors.ts';
import { backupDirFor } from '../paths.ts';
import { BackupStore, backupStemFor, instantStamp } from './backups.ts';
import {
  isMissingFileError,
  isTempFileOf,
  PRIVATE_DIRECTORY_MODE,
  removeStaleTempFiles,
  toIoError,
  writeFileDurably,
} from './durable-write.ts';
import { type DiskFingerprint, fingerprintOf, readDiskFingerprint, sameContent } from './fingerprint.ts';
import {
  assembleVaultFile,
  encodeHeaderBlock,
  openData,
  type ParsedVaultFile,
  parseVaultFile,
  replaceHeaderBlock,
  type SealedData,
  sealData,
  type VaultHeader,
  verifyHeaderMac,
} from './format.ts';
import { DEFAULT_SCRYPT_PARAMS, type ScryptParams, weakestScryptParams } from './kdf.ts';
import {
  createPassphraseSlot,
  createRecoverySlot,
  keysFromDataKey,
  newVaultSecrets,
  openPassphraseSlot,
  openRecoverySlot,
  type VaultKeys,
  zeroKeys,
} from './key-slots.ts';
import { formatRecoveryKey, generateRecoveryKey, parseRecoveryKey } from './recovery-key.ts';
import { SerialQueue } from '../../shared/serial-queue.ts';

export interface VaultOptions {
  path: string;
  /** Defaults to `backups/` beside the vault file. */
  backupDir?: string;
  /** The clock, for the first-unlock-of-the-day backup. */
  now?: () => Date;
  /**
   * Test-only: cheaper scrypt parameters for the slots this vault creates; also the floor it
   * accepts when opening. Production code never passes it, so the design's parameters apply.
   */
  kdfParams?: ScryptParams;
}

export interface UnlockOptions {
  /** Open without touching the disk: no daily backup, no clean-up of temp files (`verify`). */
  readOnly?: boolean;
}

export interface VerifiedBackup {
  backup: BackupInfo;
  /** The backup's decrypted document. */
  document: unknown;
}

/** Passphrases are at least this long (the UI adds a strength meter). */
export const MINIMUM_PASSPHRASE_LENGTH = 8;
const MAXIMUM_PASSPHRASE_LENGTH = 1024;

interface OpenState {
  keys: VaultKeys;
  header: VaultHeader;
  headerBlock: Buffer;
  /** The file as we last read or wrote it. */
  fingerprint: DiskFingerprint;
  /** Set once another program changed the file: from then on our saves go to this copy. */
  conflict: { oursPath: string; backupId: string | null } | null;
}

const lockedError = (): InterludeError =>
  new InterludeError('LOCKED', 'The journal is locked. Unlock it first.');

const wrongPassphrase = (): InterludeError =>
  new InterludeError(
    'WRONG_PASSPHRASE',
    'That passphrase does not open this journal. Check it (and Caps Lock) and try again, or use your recovery key.',
  );

function assertNewPassphrase(passphrase: string): void {
  if (typeof passphrase !== 'string' || passphrase.length < MINIMUM_PASSPHRASE_LENGTH) {
    throw new InterludeError(
      'INVALID_INPUT',
      `The new passphrase is too short: use at least ${MINIMUM_PASSPHRASE_LENGTH} characters.`,
    );
  }
  if (passphrase.length > MAXIMUM_PASSPHRASE_LENGTH) {
    throw new InterludeError(
      'INVALID_INPUT',
      `The new passphrase is too long: use at most ${MAXIMUM_PASSPHRASE_LENGTH} characters.`,
    );
  }
}

function serialise(document: unknown): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(document);
  } catch (error) {
    throw new InterludeError(
      'INTERNAL',
      'Interlude could not prepare the journal for saving. Nothing was saved.',
      {
        cause: error,
      },
    );
  }
  if (json === undefined) {
    throw new InterludeError('INTERNAL', 'Interlude was asked to save an empty journal. Nothing was saved.');
  }
  return json;
}

function parseDocument(plaintext: Buffer): unknown {
  try {
    return JSON.parse(plaintext.toString('utf8'));
  } catch {
    throw new InterludeError(
      'VAULT_DAMAGED',
      'The journal file is damaged: its contents are not readable. Interlude did not change it. Restore a recent backup.',
    );
  } finally {
    plaintext.fill(0);
  }
}

/** Checks the header and decrypts the document with a data key; zeroes the keys if anything fails. */
function openWithDataKey(parsed: ParsedVaultFile, dataKey: Buffer): { keys: VaultKeys; document: unknown } {
  const keys = keysFromDataKey(dataKey, parsed.header.vaultId);
  try {
    verifyHeaderMac(parsed, keys.headerMacKey);
    return { keys, document: parseDocument(openData(parsed, keys.dataEncryptionKey)) };
  } catch (error) {
    zeroKeys(keys);
    throw error;
  }
}

export class Vault {
  readonly path: string;
  /** The lowdb adapter over this vault: `new Low(vault.adapter, defaultData)`. */
  readonly adapter: Adapter<unknown>;
  private readonly backups: BackupStore;
  private readonly now: () => Date;
  private readonly kdfParams: ScryptParams;
  private readonly minimumKdf: ScryptParams;
  private readonly queue = new SerialQueue();
  private state: OpenState | null = null;
  /** Counts lock() calls, so an unlock that finishes after a lock does not reopen the vault. */
  private locks = 0;
  private housekeepingProblem: string | null = null;

  constructor(options: VaultOptions) {
    this.path = path.resolve(options.path);
    this.backups = new BackupStore(options.backupDir ?? backupDirFor(this.path), this.path);
    this.now = options.now ?? (() => new Date());
    this.kdfParams = { ...(options.kdfParams ?? DEFAULT_SCRYPT_PARAMS) };
    this.minimumKdf = weakestScryptParams(this.kdfParams, DEFAULT_SCRYPT_PARAMS);
    this.adapter = {
      read: () => this.readCurrentDocument(),
      write: (data: unknown) => this.write(data),
    };
  }

  /** True when a journal file exists at the path. */
  async exists(): Promise<boolean> {
    try {
      return (await stat(this.path)).isFile();
    } catch (error) {
      if (isMissingFileError(error)) return false;
      throw toIoError(error, 'look for the journal', this.path);
    }
  }

  /** True while the keys are in memory (between a successful unlock or create and lock()). */
  isUnlocked(): boolean {
    return this.state !== null;
  }

  /** What went wrong with the last daily backup or clean-up, if anything (the unlock still succeeded). */
  backupProblem(): string | null {
    return this.housekeepingProblem;
  }

  /** Creates a new vault holding `initialDocument` and leaves it unlocked. Returns the recovery key (show it once). */
  create(passphrase: string, initialDocument: unknown): Promise<{ recoveryKey: string }> {
    return this.queue.run(async () => {
      assertNewPassphrase(passphrase);
      const json = serialise(initialDocument);
      await this.refuseIfTaken();
      try {
        await mkdir(path.dirname(this.path), { recursive: true, mode: PRIVATE_DIRECTORY_MODE });
      } catch (error) {
        throw toIoError(error, 'create the folder for the journal', path.dirname(this.path));
      }
      const { dataKey, vaultId } = newVaultSecrets();
      const keys = keysFromDataKey(dataKey, vaultId);
      const recoveryKey = generateRecoveryKey();
      try {
        const header: VaultHeader = {
          vaultId,
          passphraseSlot: await createPassphraseSlot(passphrase, dataKey, vaultId, this.kdfParams),
          recoverySlot: createRecoverySlot(recoveryKey, dataKey, vaultId),
        };
        const headerBlock = encodeHeaderBlock(header, keys.headerMacKey);
        const bytes = assembleVaultFile(headerBlock, sealData(json, keys.dataEncryptionKey, vaultId));
        // The passphrase derivation takes a while: look again right before writing.
        await this.refuseIfTaken();
        const { mtimeMs } = await writeFileDurably(this.path, bytes);
        this.install({
          keys,
          header,
          headerBlock,
          fingerprint: fingerprintOf(bytes, mtimeMs),
          conflict: null,
        });
        return { recoveryKey: formatRecoveryKey(recoveryKey) };
      } catch (error) {
        zeroKeys(keys);
        throw error;
      } finally {
        recoveryKey.fill(0);
      }
    });
  }

  /**
   * Opens the vault with the passphrase and returns the document. On the first unlock of the day
   * it also saves a backup. A failed unlock changes nothing on disk.
   */
  unlock(passphrase: string, options: UnlockOptions = {}): Promise<unknown> {
    const locksBefore = this.locks;
    return this.queue.run(async () => {
      const { bytes, mtimeMs } = await this.readFile();
      const parsed = parseVaultFile(bytes, this.minimumKdf);
      const dataKey = await openPassphraseSlot(
        parsed.header.passphraseSlot,
        passphrase,
        parsed.header.vaultId,
      );
      if (!dataKey) throw wrongPassphrase();
      const { keys, document } = openWithDataKey(parsed, dataKey);
      if (this.locks !== locksBefore) {
        zeroKeys(keys);
        throw new InterludeError('LOCKED', 'The journal was locked while it was opening. Unlock it again.');
      }
      this.install({
        keys,
        header: parsed.header,
        headerBlock: Buffer.from(parsed.headerBlock),
        fingerprint: fingerprintOf(bytes, mtimeMs),
        conflict: null,
      });
      if (!options.readOnly) await this.housekeepAfterOpen(bytes);
      return document;
    });
  }

  /**
   * Opens the vault with the recovery key, sets a new passphrase and issues a new recovery key
   * (the old one stops working). Only the key slots are rewritten. Leaves the vault unlocked.
   */
  unlockWithRecoveryKey(
    recoveryKey: string,
    newPassphrase: string,
  ): Promise<{ recoveryKey: string; document: unknown }> {
    return this.queue.run(async () => {
      assertNewPassphrase(newPassphrase);
      const given = parseRecoveryKey(recoveryKey);
      const { bytes, mtimeMs } = await this.readFile();
      const parsed = parseVaultFile(bytes, this.minimumKdf);
      const { vaultId } = parsed.header;
      const dataKey = openRecoverySlot(parsed.header.recoverySlot, given, vaultId);
      given.fill(0);
      if (!dataKey) {
        throw new InterludeError(
          'WRONG_RECOVERY_KEY',
          'That recovery key does not open this journal. Check that it is the latest key issued for this journal.',
        );
      }
      const { keys, document } = openWithDataKey(parsed, dataKey);
      const fresh = generateRecoveryKey();
      try {
        await this.housekeepAfterOpen(bytes);
        const header: VaultHeader = {
          vaultId,
          passphraseSlot: await createPassphraseSlot(newPassphrase, keys.dataKey, vaultId, this.kdfParams),
          recoverySlot: createRecoverySlot(fresh, keys.dataKey, vaultId),
        };
        const rewritten = await this.rewriteHeader(parsed, header, keys, fingerprintOf(bytes, mtimeMs));
        this.install({ keys, header, ...rewritten, conflict: null });
        return { recoveryKey: formatRecoveryKey(fresh), document };
      } catch (error) {
        zeroKeys(keys);
        throw error;
      } finally {
        fresh.fill(0);
      }
    });
  }

  /** Changes the passphrase: re-wraps the data key; the encrypted document is not touched. */
  changePassphrase(current: string, next: string): Promise<void> {
    return this.queue.run(async () => {
      assertNewPassphrase(next);
      await this.withSlotsOpened(current, async (parsed, keys) => {
        const passphraseSlot = await createPassphraseSlot(
          next,
          keys.dataKey,
          parsed.header.vaultId,
          this.kdfParams,
        );
        return { ...parsed.header, passphraseSlot };
      });
    });
  }

  /** Issues a new recovery key (the old one stops working). Requires the current passphrase. */
  newRecoveryKey(passphrase: string): Promise<{ recoveryKey: string }> {
    return this.queue.run(async () => {
      const fresh = generateRecoveryKey();
      try {
        await this.withSlotsOpened(passphrase, async (parsed, keys) => ({
          ...parsed.header,
          recoverySlot: createRecoverySlot(fresh, keys.dataKey, parsed.header.vaultId),
        }));
        return { recoveryKey: formatRecoveryKey(fresh) };
      } finally {
        fresh.fill(0);
      }
    });
  }

  /**
   * Saves the document: encrypted now (so a lock right after cannot lose it), written in turn
   * after earlier saves. If another program changed the file since we last read or wrote it, ours
   * is saved beside it instead and this throws CHANGED_ON_DISK, naming both files.
   */
  write(document: unknown): Promise<void> {
    let state: OpenState;
    let sealed: SealedData;
    try {
      state = this.requireUnlocked();
      sealed = sealData(serialise(document), state.keys.dataEncryptionKey, state.header.vaultId);
    } catch (error) {
      return Promise.reject(error);
    }
    return this.queue.run(() => this.commit(state, sealed));
  }

  /** Resolves once every save queued so far has finished (call before lock() to keep the last change). */
  flush(): Promise<void> {
    return this.queue.idle();
  }

  /** Forgets the keys, overwriting them with zeros. Saves already queued still complete. */
  lock(): void {
    this.locks++;
    if (this.state) zeroKeys(this.state.keys);
    this.state = null;
  }

  /** This vault's backups, newest first. */
  listBackups(): Promise<BackupInfo[]> {
    return this.backups.list();
  }

  /** Opens a backup with a passphrase and returns its document; changes nothing. */
  async verifyBackup(id: string, passphrase: string): Promise<VerifiedBackup> {
    const { bytes, info } = await this.backups.read(id);
    const parsed = parseVaultFile(bytes, this.minimumKdf);
    const dataKey = await openPassphraseSlot(parsed.header.passphraseSlot, passphrase, parsed.header.vaultId);
    if (!dataKey) {
      throw new InterludeError(
        'WRONG_PASSPHRASE',
        'That passphrase does not open this backup. If it was made before the passphrase last changed, try the one you used then.',
      );
    }
    const { keys, document } = openWithDataKey(parsed, dataKey);
    zeroKeys(keys);
    return { backup: info, document };
  }

  /**
   * Puts a backup in place of the vault file, after saving the current file as a 'before-restore'
   * backup. Works while locked (a damaged vault cannot be unlocked); leaves the vault locked.
   */
  restoreBackup(id: string): Promise<void> {
    return this.queue.run(async () => {
      const { bytes } = await this.backups.read(id);
      // A damaged backup would only replace one problem with another.
      parseVaultFile(bytes, this.minimumKdf);
      let current: Buffer | null = null;
      try {
        current = (await this.readFile()).bytes;
      } catch (error) {
        if (!(error instanceof InterludeError && error.code === 'NO_VAULT')) throw error;
      }
      if (current) await this.backups.save('before-restore', current, instantStamp(this.now()));
      await mkdir(path.dirname(this.path), { recursive: true, mode: PRIVATE_DIRECTORY_MODE }).catch(() => {});
      await writeFileDurably(this.path, bytes);
      this.lock();
    });
  }

  private install(state: OpenState): void {
    if (this.state && this.state.keys !== state.keys) zeroKeys(this.state.keys);
    this.state = state;
  }

  private requireUnlocked(): OpenState {
    if (!this.state) throw lockedError();
    return this.state;
  }

  private async refuseIfTaken(): Promise<void> {
    try {
      await stat(this.path);
    } catch (error) {
      if (isMissingFileError(error)) return;
      throw toIoError(error, 'look for the journal', this.path);
    }
    throw new InterludeError(
      'VAULT_EXISTS',
      `A journal already exists at ${this.path}. Interlude will not overwrite it: open it, or choose another file.`,
    );
  }

  private async readFile(): Promise<{ bytes: Buffer; mtimeMs: number }> {
    let handle: Awaited<ReturnType<typeof open>>;
    try {
      handle = await open(this.path, 'r');
    } catch (error) {
      if (isMissingFileError(error)) {
        throw new InterludeError(
          'NO_VAULT',
          `There is no journal at ${this.path} yet. Create one, or choose the file where your journal is.`,
        );
      }
      throw toIoError(error, 'read the journal', this.path);
    }
    try {
      const info = await handle.stat();
      if (!info.isFile())
        throw new InterludeError('IO_ERROR', `${this.path} is not a journal file but a folder.`);
      return { bytes: await handle.readFile(), mtimeMs: info.mtimeMs };
    } catch (error) {
      throw toIoError(error, 'read the journal', this.path);
    } finally {
      await handle.close();
    }
  }

  /** After a successful open: remove temp files that crashes left, and take the day's backup. */
  private async housekeepAfterOpen(bytes: Buffer): Promise<void> {
    const now = this.now();
    try {
      const real = await realpath(this.path).catch(() => this.path);
      const base = path.basename(real);
      await removeStaleTempFiles(path.dirname(real), (name) => isTempFileOf(base, name), now);
      await this.backups.removeStaleTempFiles(now);
      await this.backups.takeDailyBackups(bytes, now);
      this.housekeepingProblem = null;
    } catch (error) {
      this.housekeepingProblem =
        error instanceof InterludeError
          ? `Today's backup could not be made: ${error.message}`
          : "Today's backup could not be made.";
    }
  }

  /**
   * Reads the file, opens its passphrase slot, and replaces the header with the one `rebuild`
   * returns; the data section is copied byte for byte.
   */
  private async withSlotsOpened(
    passphrase: string,
    rebuild: (parsed: ParsedVaultFile, keys: VaultKeys) => Promise<VaultHeader>,
  ): Promise<void> {
    const { bytes, mtimeMs } = await this.readFile();
    const onDisk = fingerprintOf(bytes, mtimeMs);
    const state = this.state;
    if (state && (state.conflict || !sameContent(onDisk, state.fingerprint))) throw this.changedWhileOpen();
    const parsed = parseVaultFile(bytes, this.minimumKdf);
    const dataKey = await openPassphraseSlot(parsed.header.passphraseSlot, passphrase, parsed.header.vaultId);
    if (!dataKey) throw wrongPassphrase();
    const keys = keysFromDataKey(dataKey, parsed.header.vaultId);
    try {
      verifyHeaderMac(parsed, keys.headerMacKey);
      const header = await rebuild(parsed, keys);
      const rewritten = await this.rewriteHeader(parsed, header, keys, onDisk);
      if (state && this.state === state) Object.assign(state, { header, ...rewritten });
    } finally {
      zeroKeys(keys);
    }
  }

  private async rewriteHeader(
    parsed: ParsedVaultFile,
    header: VaultHeader,
    keys: VaultKeys,
    expected: DiskFingerprint,
  ): Promise<{ headerBlock: Buffer; fingerprint: DiskFingerprint }> {
    const headerBlock = encodeHeaderBlock(header, keys.headerMacKey);
    const bytes = replaceHeaderBlock(headerBlock, parsed.dataSection);
    const onDisk = await this.diskFingerprint();
    if (onDisk === null || !sameContent(onDisk, expected)) throw this.changedWhileOpen();
    const { mtimeMs } = await writeFileDurably(this.path, bytes);
    return { headerBlock, fingerprint: fingerprintOf(bytes, mtimeMs) };
  }

  private changedWhileOpen(): InterludeError {
    return new InterludeError(
      'CHANGED_ON_DISK',
      `The journal file at ${this.path} was changed by another program or device since Interlude opened it, ` +
        'so nothing was changed. Lock and unlock the journal, then try again.',
    );
  }

  private async diskFingerprint(): Promise<DiskFingerprint | null> {
    try {
      return await readDiskFingerprint(this.path);
    } catch (error) {
      throw toIoError(error, 'read the journal', this.path);
    }
  }

  private async commit(state: OpenState, sealed: SealedData): Promise<void> {
    const bytes = assembleVaultFile(state.headerBlock, sealed);
    if (!state.conflict) {
      const onDisk = await this.diskFingerprint();
      // A missing file is rewritten: nothing of anyone's is lost by putting ours back.
      if (onDisk === null || sameContent(onDisk, state.fingerprint)) {
        const { mtimeMs } = await writeFileDurably(this.path, bytes);
        state.fingerprint = fingerprintOf(bytes, mtimeMs);
        return;
      }
    }
    throw await this.keepOursBeside(state, bytes);
  }

  /** Saves our version next to the file another program wrote, and explains where both are. */
  private async keepOursBeside(state: OpenState, bytes: Buffer): Promise<InterludeError> {
    const now = this.now();
    if (!state.conflict) {
      const directory = path.dirname(this.path);
      const stem = `${backupStemFor(this.path)}.conflict-${instantStamp(now)}`;
      let oursPath = path.join(directory, `${stem}.interlude`);
      for (let counter = 2; await this.pathExists(oursPath); counter++) {
        oursPath = path.join(directory, `${stem}-${counter}.interlude`);
      }
      state.conflict = { oursPath, backupId: null };
    }
    const conflict = state.conflict;
    await writeFileDurably(conflict.oursPath, bytes);
    try {
      if (conflict.backupId === null) {
        conflict.backupId = await this.backups.save('conflict', bytes, instantStamp(now));
      } else {
        await writeFileDurably(path.join(this.backups.directory, conflict.backupId), bytes);
      }
    } catch {
      // The copy beside the journal is the one that matters; the backups folder only mirrors it.
    }
    return new InterludeError(
      'CHANGED_ON_DISK',
      `The journal file was changed by another program or device since Interlude opened it, so Interlude did not overwrite it. ` +
        `Their version is still at ${this.path}. Your latest changes were saved beside it as ${conflict.oursPath}` +
        (conflict.backupId ? ` (and in the backups as "${conflict.backupId}")` : '') +
        '. Lock and unlock to open their version, or restore yours from the backups.',
    );
  }

  private async pathExists(candidate: string): Promise<boolean> {
    try {
      await stat(candidate);
      return true;
    } catch {
      return false;
    }
  }

  /** The adapter's read: the document as it is on disk now, decrypted with the keys we hold. */
  private readCurrentDocument(): Promise<unknown | null> {
    return this.queue.run(async () => {
      let file: { bytes: Buffer; mtimeMs: number };
      try {
        file = await this.readFile();
      } catch (error) {
        if (error instanceof InterludeError && error.code === 'NO_VAULT') return null;
        throw error;
      }
      const state = this.requireUnlocked();
      const parsed = parseVaultFile(file.bytes, this.minimumKdf);
      if (!parsed.header.vaultId.equals(state.header.vaultId)) {
        throw new InterludeError(
          'CHANGED_ON_DISK',
          `The journal file at ${this.path} was replaced by a different journal since it was unlocked. Lock and unlock to open it.`,
        );
      }
      verifyHeaderMac(parsed, state.keys.headerMacKey);
      const document = parseDocument(openData(parsed, state.keys.dataEncryptionKey));
      Object.assign(state, {
        header: parsed.header,
        headerBlock: Buffer.from(parsed.headerBlock),
        fingerprint: fingerprintOf(file.bytes, file.mtimeMs),
        conflict: null,
      });
      return document;
    });
  }
}
