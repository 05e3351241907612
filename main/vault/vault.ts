/**
 * The vault: one encrypted file holding one JSON document, opened with a passphrase or a recovery
 * key. Every file operation runs through one queue, so reads and writes never interleave in this
 * process; before replacing the file it checks the file is still the one it last read or wrote.
 * Every change of a key slot (a new passphrase, a recovery, a new recovery key) rotates the data
 * key and re-encrypts the document and the backups, so a retired secret opens nothing written after.
 */
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Adapter } from 'lowdb';
import type { BackupInfo } from '../../shared/api.ts';
import type { Draft } from '../../shared/domain.ts';
import { InterludeError } from '../../shared/errors.ts';
import { DraftStore, draftFileFor } from '../sync/draft-store.ts';
import { backupDirFor } from '../paths.ts';
import { rekeyBackups, type RekeyOutcome } from './backup-rekey.ts';
import { BackupStore, instantStamp } from './backups.ts';
import { type ConflictCopy, saveConflictCopy, setAsideCopy } from './conflict-copies.ts';
import { isMissingFileError, PRIVATE_DIRECTORY_MODE, toIoError, writeFileDurably } from './durable-write.ts';
import { type DiskFingerprint, fingerprintOf, sameContent } from './fingerprint.ts';
import { readFrame } from './format-frame.ts';
import { openData, openDataOrNull, parseVaultFile, sealVaultFile, type VaultHeader } from './format.ts';
import { housekeepAfterOpen } from './housekeeping.ts';
import { hasCopyAtLeastAsNew } from './newer-copy-beside.ts';
import { acquireWriterLock } from './writer-lock.ts';
import { DEFAULT_SCRYPT_PARAMS, type ScryptParams, weakestScryptParams } from './kdf.ts';
import {
  createPassphraseSlot,
  createRecoverySlot,
  keysFromDataKey,
  newDataKey,
  newPassphraseKey,
  newVaultId,
  openPreviousKey,
  type PassphraseKey,
  recoveryRecipient,
  type VaultKeys,
  wrapPreviousKey,
  zeroKeys,
} from './key-slots.ts';
import { vaultAdapter } from './lowdb-adapter.ts';
import { type OpenedFile, openWithPassphrase, openWithRecoveryKey } from './open-file.ts';
import { formatRecoveryKey, generateRecoveryKey, parseRecoveryKey } from './recovery-key.ts';
import { type OlderThanSeen, RevisionStore } from './revision-store.ts';
import { changedWhileOpen, diskFingerprintOf, readVaultFile, refuseIfTaken } from './vault-file.ts';
import { assertNewPassphrase, parseDocument, serialise } from './vault-document.ts';

export { MINIMUM_PASSPHRASE_LENGTH } from './vault-document.ts';

export type { OlderThanSeen } from './revision-store.ts';
import { SerialQueue } from '../../shared/serial-queue.ts';

export interface VaultOptions {
  path: string;
  /** Defaults to `backups/` beside the vault file. */
  backupDir?: string;
  /**
   * The device's record of the revisions it has seen (see revision-store.ts), in the app's data
   * folder. Without it, an older copy of the journal cannot be noticed.
   */
  revisionFile?: string;
  /**
   * The app's data folder, where this device keeps its encrypted draft of the journal (see
   * main/sync/draft-store.ts), never beside the synced journal. Without it there is no device
   * draft (`drafts()` is null) and the journal keeps the draft in its document, as before.
   */
  draftDir?: string;
  /**
   * The cross-process writer lock (see writer-lock.ts). The app and the CLI put it in the app's
   * data folder (`writerLockPathFor`); without it, `<journal>.lock` beside the journal.
   */
  lockFile?: string;
  /** Called when a write has waited about a second for another process's lock. */
  onWaitForWriter?: () => void;
  /** Called when a wait onWaitForWriter told of is over. */
  onWriterWaitOver?: () => void;
  /** The clock, for the first-unlock-of-the-day backup. */
  now?: () => Date;
  /**
   * Test-only: cheaper scrypt parameters for the slots this vault creates; also the floor it
   * accepts when opening. Production code never passes it, so the design's parameters apply.
   */
  kdfParams?: ScryptParams;
}

export interface UnlockOptions {
  /** Open without touching the disk: no daily backup, no migration, no clean-up (`verify`). */
  readOnly?: boolean;
}

export interface UnlockResult {
  document: unknown;
  /** Set when the file is older than the one this device opened last (a rollback). */
  olderThanSeen: OlderThanSeen | null;
  /**
   * A new recovery key, when opening moved a version-1 file to version 2: version 1 kept no
   * public key for the old one. Show it once, like at creation.
   */
  recoveryKey: string | null;
}

/** What a rotation did besides the journal file itself. */
export interface RotationResult {
  /** The new recovery key, when one was issued (recovery, a new key, or a version-1 file). */
  recoveryKey: string | null;
  backups: RekeyOutcome;
}

/**
 * Merges the document found in the file (`theirs`, written by another device or process since we
 * last read or wrote it) into the one being saved (`ours`), and returns what to seal instead. The
 * journal service provides it (docs/sync.md); without one, a changed file is never overwritten.
 */
/** The device's draft of the open journal (see Vault.drafts). */
export interface DeviceDrafts {
  read(): Promise<Draft | null>;
  save(draft: Draft): Promise<void>;
  remove(): Promise<void>;
}

export type MergeBeforeWrite = (ours: unknown, theirs: unknown) => unknown;

export interface VerifiedBackup {
  backup: BackupInfo;
  /** The backup's decrypted document. */
  document: unknown;
}

interface OpenState {
  keys: VaultKeys;
  /** The header of our latest save; its revision is the last one handed out. */
  header: VaultHeader;
  /** The file as we last read or wrote it. */
  fingerprint: DiskFingerprint;
  /** Set once another program changed the file: from then on our saves go to this copy. */
  conflict: ConflictCopy | null;
}

const lockedError = (): InterludeError =>
  new InterludeError('LOCKED', 'The journal is locked. Unlock it first.');

/** Forgets what an opened file handed over, after use. */
function zeroOpened(opened: OpenedFile): void {
  opened.dataKey.fill(0);
  opened.plaintext.fill(0);
  opened.passphraseKey?.keyEncryptionKey.fill(0);
}

export class Vault {
  readonly path: string;
  /** The lowdb adapter over this vault: `new Low(vault.adapter, defaultData)`. */
  readonly adapter: Adapter<unknown>;
  private readonly backups: BackupStore;
  private readonly revisions: RevisionStore | null;
  private readonly now: () => Date;
  private readonly kdfParams: ScryptParams;
  private readonly minimumKdf: ScryptParams;
  private readonly queue = new SerialQueue();
  private state: OpenState | null = null;
  /** Counts lock() calls, so an unlock that finishes after a lock does not reopen the vault. */
  private locks = 0;
  private housekeepingProblem: string | null = null;
  private readonly lockFile: string;
  private readonly onWaitForWriter: (() => void) | undefined;
  private readonly onWriterWaitOver: (() => void) | undefined;
  /** True inside exclusive(): this instance already holds the writer lock. */
  private holdsLock = false;
  private mergeBeforeWrite: MergeBeforeWrite | null = null;
  private readonly draftDir: string | null;
  private draftStore: DraftStore | null = null;

  constructor(options: VaultOptions) {
    this.path = path.resolve(options.path);
    this.backups = new BackupStore(options.backupDir ?? backupDirFor(this.path), this.path);
    this.revisions = options.revisionFile ? new RevisionStore(options.revisionFile) : null;
    this.draftDir = options.draftDir ?? null;
    this.lockFile = options.lockFile ?? `${this.path}.lock`;
    this.onWaitForWriter = options.onWaitForWriter;
    this.onWriterWaitOver = options.onWriterWaitOver;
    this.now = options.now ?? (() => new Date());
    this.kdfParams = { ...(options.kdfParams ?? DEFAULT_SCRYPT_PARAMS) };
    this.minimumKdf = weakestScryptParams(this.kdfParams, DEFAULT_SCRYPT_PARAMS);
    this.adapter = vaultAdapter({
      readCurrentDocument: () => this.readCurrentDocument(),
      write: (data) => this.write(data),
    });
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

  /**
   * Runs `work` holding the cross-process writer lock, so a read, a check and a write inside it
   * cannot interleave with another process's (a CLI command: unlock, change, save). Waits, bounded,
   * for another holder; a lock left by a killed process is broken once stale.
   */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    const release = await acquireWriterLock({
      lockPath: this.lockFile,
      onWait: this.onWaitForWriter,
      onWaitOver: this.onWriterWaitOver,
    });
    this.holdsLock = true;
    try {
      return await work();
    } finally {
      this.holdsLock = false;
      await release().catch(() => {});
    }
  }

  /** Every operation that writes runs inside the writer lock (taken here unless exclusive() holds it). */
  private writing<T>(work: () => Promise<T>): Promise<T> {
    return this.holdsLock ? work() : this.exclusive(work);
  }

  /** Sets how a file changed on disk is merged into a save (null: such a save is kept beside it). */
  setMergeBeforeWrite(merge: MergeBeforeWrite | null): void {
    this.mergeBeforeWrite = merge;
  }

  /** True while the keys are in memory (between a successful unlock or create and lock()). */
  isUnlocked(): boolean {
    return this.state !== null;
  }

  /** What went wrong with the last daily backup, clean-up or backup re-encryption, if anything. */
  backupProblem(): string | null {
    return this.housekeepingProblem;
  }

  /** Creates a new vault holding `initialDocument` and leaves it unlocked. Returns the recovery key (show it once). */
  create(passphrase: string, initialDocument: unknown): Promise<{ recoveryKey: string }> {
    return this.queue.run(() =>
      this.writing(async () => {
        assertNewPassphrase(passphrase);
        const plaintext = Buffer.from(serialise(initialDocument), 'utf8');
        await refuseIfTaken(this.path);
        try {
          await mkdir(path.dirname(this.path), { recursive: true, mode: PRIVATE_DIRECTORY_MODE });
        } catch (error) {
          throw toIoError(error, 'create the folder for the journal', path.dirname(this.path));
        }
        const vaultId = newVaultId();
        const keys = keysFromDataKey(newDataKey(), vaultId);
        const recoveryKey = generateRecoveryKey();
        let passphraseKey: PassphraseKey | null = null;
        try {
          passphraseKey = await newPassphraseKey(passphrase, this.kdfParams);
          const header: VaultHeader = {
            vaultId,
            revision: 1,
            passphraseSlot: createPassphraseSlot(passphraseKey, keys.dataKey, vaultId),
            recoverySlot: createRecoverySlot(recoveryRecipient(recoveryKey, vaultId), keys.dataKey, vaultId),
            previousKey: null,
          };
          const bytes = sealVaultFile(header, plaintext, keys.dataEncryptionKey);
          // The passphrase derivation takes a while: look again right before writing.
          await refuseIfTaken(this.path);
          const { mtimeMs } = await writeFileDurably(this.path, bytes);
          this.install({ keys, header, fingerprint: fingerprintOf(bytes, mtimeMs), conflict: null });
          await this.rememberRevision(header, bytes);
          return { recoveryKey: formatRecoveryKey(recoveryKey) };
        } catch (error) {
          zeroKeys(keys);
          throw error;
        } finally {
          recoveryKey.fill(0);
          passphraseKey?.keyEncryptionKey.fill(0);
          plaintext.fill(0);
        }
      }),
    );
  }

  /**
   * Opens the vault with the passphrase. On the first unlock of the day it also saves a backup;
   * a version-1 file is moved to version 2 (with a fresh data key and a new recovery key). A
   * failed unlock changes nothing on disk. An older file than this device saw is reported, not refused.
   */
  unlock(passphrase: string, options: UnlockOptions = {}): Promise<UnlockResult> {
    const locksBefore = this.locks;
    const opening = async (): Promise<UnlockResult> => {
      const { bytes, mtimeMs } = await readVaultFile(this.path);
      const opened = await openWithPassphrase(bytes, passphrase, this.minimumKdf);
      try {
        const document = parseDocument(opened.plaintext);
        if (this.locks !== locksBefore) {
          throw new InterludeError('LOCKED', 'The journal was locked while it was opening. Unlock it again.');
        }
        const seen = (await this.revisions?.compare(opened.vaultId, opened.revision)) ?? null;
        // A sync conflict, not a rollback, when a newer copy of ours lies beside it to be merged.
        const olderThanSeen =
          seen &&
          !(await hasCopyAtLeastAsNew({
            journalPath: this.path,
            vaultId: opened.vaultId,
            dataKey: opened.dataKey,
            revision: seen.seenRevision,
            minimumKdf: this.minimumKdf,
          }))
            ? seen
            : null;
        const fingerprint = fingerprintOf(bytes, mtimeMs);
        if (!opened.parsed) {
          if (options.readOnly) return { document, olderThanSeen, recoveryKey: null };
          await this.housekeep(bytes);
          const result = await this.rotate(opened, fingerprint, {
            passphraseKey: await newPassphraseKey(passphrase, this.kdfParams),
            newRecoveryKey: true,
            revisionFloor: seen?.seenRevision ?? 0,
          });
          return { document, olderThanSeen, recoveryKey: result.recoveryKey };
        }
        const header = {
          ...opened.parsed.header,
          // Saves after opening an older copy must still count past what this device saw.
          revision: Math.max(opened.revision, seen?.seenRevision ?? 0),
        };
        const state: OpenState = {
          keys: keysFromDataKey(Buffer.from(opened.dataKey), opened.vaultId),
          header,
          fingerprint,
          conflict: null,
        };
        this.install(state);
        // An older copy than this device saw is not backed up: a copy of it must never become the
        // "newest backup" the user is offered to restore instead.
        if (!options.readOnly && !olderThanSeen) {
          await this.housekeep(bytes);
          await this.resumeBackupRekey(state);
          await this.rememberRevision(header, bytes);
        }
        return { document, olderThanSeen, recoveryKey: null };
      } finally {
        zeroOpened(opened);
      }
    };
    // Opening writes (the day's backup, a migration, the revision record) unless read-only.
    return this.queue.run(() => (options.readOnly ? opening() : this.writing(opening)));
  }

  /**
   * Opens the vault with the recovery key, sets a new passphrase and issues a new recovery key
   * (the old one stops working). The data key rotates. Leaves the vault unlocked.
   */
  unlockWithRecoveryKey(
    recoveryKey: string,
    newPassphrase: string,
  ): Promise<{ recoveryKey: string; document: unknown; backups: RekeyOutcome }> {
    return this.queue.run(() =>
      this.writing(async () => {
        assertNewPassphrase(newPassphrase);
        const given = parseRecoveryKey(recoveryKey);
        const { bytes, mtimeMs } = await readVaultFile(this.path);
        let opened: OpenedFile;
        try {
          opened = openWithRecoveryKey(bytes, given, this.minimumKdf);
        } finally {
          given.fill(0);
        }
        try {
          const document = parseDocument(opened.plaintext);
          const olderThanSeen = (await this.revisions?.compare(opened.vaultId, opened.revision)) ?? null;
          await this.housekeep(bytes);
          const result = await this.rotate(opened, fingerprintOf(bytes, mtimeMs), {
            passphraseKey: await newPassphraseKey(newPassphrase, this.kdfParams),
            newRecoveryKey: true,
            revisionFloor: olderThanSeen?.seenRevision ?? 0,
          });
          return { recoveryKey: result.recoveryKey!, document, backups: result.backups };
        } finally {
          zeroOpened(opened);
        }
      }),
    );
  }

  /**
   * Changes the passphrase. The data key rotates: the document and the backups are re-encrypted,
   * so the old passphrase opens nothing written from now on. The recovery key keeps working
   * (a version-1 file gets a new one, returned here).
   */
  changePassphrase(current: string, next: string): Promise<RotationResult> {
    return this.queue.run(async () => {
      assertNewPassphrase(next);
      return this.writing(() => {
        // The two derivations do not depend on each other: the new passphrase's key is derived
        // while the current one is checked, so a change costs one derivation's wait, not two,
        // wherever the machine has a second core.
        const nextKey = newPassphraseKey(next, this.kdfParams);
        return this.rotateWithPassphrase(
          current,
          async () => ({ passphraseKey: await nextKey, newRecoveryKey: false }),
          nextKey,
        );
      });
    });
  }

  /** Issues a new recovery key (the old one stops working; the data key rotates). Requires the passphrase. */
  newRecoveryKey(passphrase: string): Promise<{ recoveryKey: string; backups: RekeyOutcome }> {
    return this.queue.run(async () => {
      const result = await this.writing(() =>
        this.rotateWithPassphrase(passphrase, async (opened) => ({
          passphraseKey: opened.passphraseKey
            ? {
                ...opened.passphraseKey,
                keyEncryptionKey: Buffer.from(opened.passphraseKey.keyEncryptionKey),
              }
            : await newPassphraseKey(passphrase, this.kdfParams),
          newRecoveryKey: true,
        })),
      );
      return { recoveryKey: result.recoveryKey!, backups: result.backups };
    });
  }

  /**
   * Saves the document: encrypted now, under the next revision (so a lock right after cannot lose
   * it), written in turn after earlier saves. If another device or process changed the file since
   * we last read or wrote it, theirs is decrypted and merged into ours first (inside the writer
   * lock, so nothing can slip in between). Only a file sealed under another key, which our keys
   * cannot open, is left alone: ours is saved beside it and this throws KEY_CHANGED_ELSEWHERE.
   */
  write(document: unknown): Promise<void> {
    let state: OpenState;
    let bytes: Buffer;
    let header: VaultHeader;
    try {
      state = this.requireUnlocked();
      header = { ...state.header, revision: state.header.revision + 1 };
      bytes = sealVaultFile(header, serialise(document), state.keys.dataEncryptionKey);
      state.header = header;
    } catch (error) {
      return Promise.reject(error);
    }
    return this.queue.run(() => this.writing(() => this.commit(state, document, bytes, header)));
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

  /**
   * This device's draft of the open journal, sealed under the journal's data key (which stays in
   * here); null when the vault has no data folder.
   */
  drafts(): DeviceDrafts | null {
    const state = this.requireUnlocked();
    const store = this.draftStoreFor(state.header.vaultId);
    if (!store) return null;
    const key = () => this.requireUnlocked().keys.dataKey;
    return {
      read: () => store.read(key()),
      save: (draft) => store.save(draft, key()),
      remove: () => store.remove(key()),
    };
  }

  /** One store per journal, so its saves and a rotation's re-seal run in one queue. */
  private draftStoreFor(vaultId: Buffer): DraftStore | null {
    if (!this.draftDir) return null;
    const file = draftFileFor(this.draftDir, vaultId);
    if (this.draftStore?.file !== file) this.draftStore = new DraftStore(file);
    return this.draftStore;
  }

  /** True when the file on disk is no longer the one we last read or wrote (another version arrived). */
  async changedOnDisk(): Promise<boolean> {
    const state = this.requireUnlocked();
    const onDisk = await diskFingerprintOf(this.path);
    return onDisk !== null && !sameContent(onDisk, state.fingerprint);
  }

  // ----- Copies beside the journal (a sync client's conflict copies, docs/sync.md) -----

  /** True when the file at `file` is a copy of this journal (the same vault id). Throws when unreadable. */
  async isCopyOfThis(file: string): Promise<boolean> {
    const state = this.requireUnlocked();
    const { bytes } = await readVaultFile(file);
    return parseVaultFile(bytes, this.minimumKdf).header.vaultId.equals(state.header.vaultId);
  }

  /**
   * The decrypted document of a copy of this journal. Throws KEY_CHANGED_ELSEWHERE when our keys
   * do not open it: it was sealed under another passphrase, on a device that changed it.
   */
  async openCopy(file: string): Promise<unknown> {
    const state = this.requireUnlocked();
    const parsed = parseVaultFile((await readVaultFile(file)).bytes, this.minimumKdf);
    const plaintext = openDataOrNull(parsed, state.keys.dataEncryptionKey);
    if (!plaintext) {
      throw new InterludeError(
        'KEY_CHANGED_ELSEWHERE',
        `${path.basename(file)} is a copy of this journal locked with a different passphrase (changed on another device, ` +
          'or here before a change), so it was not merged. It stays where it is, untouched.',
      );
    }
    try {
      return parseDocument(plaintext);
    } finally {
      plaintext.fill(0);
    }
  }

  /**
   * Opens a copy of this journal with the passphrase it was locked with on another device (after
   * that device changed it). Throws WRONG_PASSPHRASE, or INVALID_INPUT for another journal.
   */
  async openCopyWithPassphrase(file: string, passphrase: string): Promise<unknown> {
    const state = this.requireUnlocked();
    const opened = await openWithPassphrase((await readVaultFile(file)).bytes, passphrase, this.minimumKdf);
    try {
      if (!opened.vaultId.equals(state.header.vaultId)) {
        throw new InterludeError(
          'INVALID_INPUT',
          `${path.basename(file)} is a different journal, so it was not merged.`,
        );
      }
      return parseDocument(opened.plaintext);
    } finally {
      zeroOpened(opened);
    }
  }

  /** Moves a merged copy into the backups (as a 'conflict' backup, never pruned). Returns its backup id. */
  setAsideCopy(file: string): Promise<string> {
    return this.queue.run(() => setAsideCopy({ file, backups: this.backups, now: this.now() }));
  }

  /** This vault's backups, newest first. */
  listBackups(): Promise<BackupInfo[]> {
    return this.backups.list();
  }

  /** Opens a backup with a passphrase and returns its document; changes nothing. */
  async verifyBackup(id: string, passphrase: string): Promise<VerifiedBackup> {
    const { bytes, info } = await this.backups.read(id);
    let opened: OpenedFile;
    try {
      opened = await openWithPassphrase(bytes, passphrase, this.minimumKdf);
    } catch (error) {
      if (error instanceof InterludeError && error.code === 'WRONG_PASSPHRASE') {
        throw new InterludeError(
          'WRONG_PASSPHRASE',
          'That passphrase does not open this backup. Backups follow passphrase changes made on this computer; ' +
            'a copy made elsewhere before a change opens with the passphrase of that time.',
        );
      }
      throw error;
    }
    try {
      return { backup: info, document: parseDocument(opened.plaintext) };
    } finally {
      zeroOpened(opened);
    }
  }

  /**
   * Puts a backup in place of the vault file, after saving the current file as a 'before-restore'
   * backup. Works while locked (a damaged vault cannot be unlocked); leaves the vault locked. The
   * device then expects the backup's revision: restoring on purpose is not a rollback.
   */
  restoreBackup(id: string): Promise<void> {
    return this.queue.run(() =>
      this.writing(async () => {
        const { bytes } = await this.backups.read(id);
        // A damaged backup would only replace one problem with another.
        const header = this.headerWithoutKey(bytes);
        let current: Buffer | null = null;
        try {
          current = (await readVaultFile(this.path)).bytes;
        } catch (error) {
          if (!(error instanceof InterludeError)) throw error;
          if (error.code !== 'NO_VAULT') {
            // A folder, a pipe or a huge file where the journal should be: not ours to replace unsaved.
            throw new InterludeError(
              error.code,
              `${error.message} Nothing was restored: move it elsewhere, then restore the backup again.`,
              { cause: error },
            );
          }
        }
        if (current) await this.backups.save('before-restore', current, instantStamp(this.now()));
        await mkdir(path.dirname(this.path), { recursive: true, mode: PRIVATE_DIRECTORY_MODE }).catch(
          () => {},
        );
        await writeFileDurably(this.path, bytes);
        this.lock();
        if (header) {
          await this.revisions
            ?.record(header.vaultId, header.revision, fingerprintOf(bytes, 0).digest, { lower: true })
            .catch(() => {});
        }
      }),
    );
  }

  /** The structure of a file of either version (throws when damaged); the header of a version-2 file. */
  private headerWithoutKey(bytes: Buffer): VaultHeader | null {
    if (readFrame(bytes).version === 1) {
      // Opening checks a version-1 file fully; here only its frame, as restores always did.
      return null;
    }
    return parseVaultFile(bytes, this.minimumKdf).header;
  }

  private install(state: OpenState): void {
    if (this.state && this.state.keys !== state.keys) zeroKeys(this.state.keys);
    this.state = state;
  }

  private requireUnlocked(): OpenState {
    if (!this.state) throw lockedError();
    return this.state;
  }

  /** After a successful open: clean up and take the day's backup. */
  private async housekeep(bytes: Buffer): Promise<void> {
    this.housekeepingProblem = await housekeepAfterOpen({
      vaultPath: this.path,
      backups: this.backups,
      bytes,
      now: this.now(),
    });
  }

  /** A rotation was interrupted before every backup followed the new keys: finish it. */
  private async resumeBackupRekey(state: OpenState): Promise<void> {
    if (!state.header.previousKey) return;
    const previousDataKey = openPreviousKey(state.header.previousKey, state.keys, state.header.vaultId);
    if (!previousDataKey) return;
    try {
      await this.finishBackupRekey(state, previousDataKey);
    } finally {
      previousDataKey.fill(0);
    }
  }

  private async finishBackupRekey(state: OpenState, previousDataKey: Buffer): Promise<RekeyOutcome> {
    let outcome: RekeyOutcome;
    try {
      outcome = await rekeyBackups(this.backups, {
        previousDataKey,
        keys: state.keys,
        header: { ...state.header, previousKey: null },
        minimumKdf: this.minimumKdf,
      });
    } catch (error) {
      this.housekeepingProblem =
        'Interlude could not re-encrypt every backup under the new passphrase; some may still open with the old one. ' +
        `It will try again at the next unlock. (${error instanceof InterludeError ? error.message : 'unexpected error'})`;
      return { reencrypted: 0, left: 0 };
    }
    // Every backup follows the new keys: the next save drops the retired key from the file.
    state.header = { ...state.header, previousKey: null };
    if (outcome.left > 0) {
      this.housekeepingProblem =
        `${outcome.left} backup${outcome.left === 1 ? '' : 's'} in ${this.backups.directory} could not be ` +
        're-encrypted (made before an earlier passphrase change, or damaged), so they still open only with an older passphrase. ' +
        'Delete them if that passphrase is no longer safe.';
    }
    return outcome;
  }

  /** Opens the current file with the passphrase and rotates with what `plan` returns. */
  private async rotateWithPassphrase(
    passphrase: string,
    plan: (opened: OpenedFile) => Promise<{ passphraseKey: PassphraseKey; newRecoveryKey: boolean }>,
    /** A derivation already under way that `plan` will use: zeroed here if the rotation never starts. */
    pendingKey?: Promise<PassphraseKey>,
  ): Promise<RotationResult> {
    let opened: OpenedFile;
    let state: OpenState | null;
    let onDisk: DiskFingerprint;
    try {
      const { bytes, mtimeMs } = await readVaultFile(this.path);
      onDisk = fingerprintOf(bytes, mtimeMs);
      state = this.state;
      if (state && (state.conflict || !sameContent(onDisk, state.fingerprint)))
        throw changedWhileOpen(this.path);
      opened = await openWithPassphrase(bytes, passphrase, this.minimumKdf);
    } catch (error) {
      void pendingKey?.then(
        (key) => key.keyEncryptionKey.fill(0),
        () => {},
      );
      throw error;
    }
    try {
      const { passphraseKey, newRecoveryKey } = await plan(opened);
      const wasOpen = state !== null && this.state === state;
      const result = await this.rotate(opened, onDisk, {
        passphraseKey,
        // Version 1 kept no public key for the recovery key: it needs a new one.
        newRecoveryKey: newRecoveryKey || opened.recipient === null,
        revisionFloor: state?.header.revision ?? 0,
      });
      // A rotation of a locked vault (the CLI's passwd) leaves it locked, as it found it.
      if (!wasOpen && this.state) {
        zeroKeys(this.state.keys);
        this.state = null;
      }
      return result;
    } finally {
      zeroOpened(opened);
    }
  }

  /**
   * The rotation: a new data key, new slots (the recovery slot wrapped to the same public key, or
   * to a new recovery key's), the document re-encrypted under the next revision with the retired
   * key wrapped inside, the file replaced atomically, then the backups re-encrypted. A kill at any
   * point leaves the old file or the new one, each whole; an unlock finishes the backups.
   */
  private async rotate(
    opened: OpenedFile,
    expected: DiskFingerprint,
    plan: { passphraseKey: PassphraseKey; newRecoveryKey: boolean; revisionFloor: number },
  ): Promise<RotationResult> {
    const { vaultId } = opened;
    const keys = keysFromDataKey(newDataKey(), vaultId);
    const fresh = plan.newRecoveryKey ? generateRecoveryKey() : null;
    try {
      const recipient = fresh ? recoveryRecipient(fresh, vaultId) : opened.recipient!;
      const header: VaultHeader = {
        vaultId,
        revision: Math.max(opened.revision, plan.revisionFloor) + 1,
        passphraseSlot: createPassphraseSlot(plan.passphraseKey, keys.dataKey, vaultId),
        recoverySlot: createRecoverySlot(recipient, keys.dataKey, vaultId),
        previousKey: wrapPreviousKey(opened.dataKey, keys, vaultId),
      };
      const bytes = sealVaultFile(header, opened.plaintext, keys.dataEncryptionKey);
      const onDisk = await diskFingerprintOf(this.path);
      if (onDisk === null || !sameContent(onDisk, expected)) throw changedWhileOpen(this.path);
      // The device's draft follows the key: sealed under both until the new file is in place.
      const drafts = this.draftStoreFor(vaultId);
      await drafts?.resealDraft(opened.dataKey, keys.dataKey);
      const { mtimeMs } = await writeFileDurably(this.path, bytes);
      await drafts?.finishReseal(keys.dataKey).catch(() => {});
      const state: OpenState = { keys, header, fingerprint: fingerprintOf(bytes, mtimeMs), conflict: null };
      this.install(state);
      await this.rememberRevision(header, bytes);
      const backups = await this.finishBackupRekey(state, opened.dataKey);
      return { recoveryKey: fresh ? formatRecoveryKey(fresh) : null, backups };
    } catch (error) {
      if (this.state?.keys !== keys) zeroKeys(keys);
      throw error;
    } finally {
      fresh?.fill(0);
      plan.passphraseKey.keyEncryptionKey.fill(0);
    }
  }

  private async rememberRevision(header: VaultHeader, bytes: Buffer): Promise<void> {
    // The record only sharpens the rollback warning: failing to write it must not fail a save.
    await this.revisions
      ?.record(header.vaultId, header.revision, fingerprintOf(bytes, 0).digest)
      .catch(() => {});
  }

  private async commit(
    state: OpenState,
    document: unknown,
    bytes: Buffer,
    header: VaultHeader,
  ): Promise<void> {
    if (!state.conflict) {
      const onDisk = await diskFingerprintOf(this.path);
      // A missing file is rewritten: nothing of anyone's is lost by putting ours back.
      if (onDisk === null || sameContent(onDisk, state.fingerprint)) {
        await this.replaceFile(state, bytes, header);
        return;
      }
      const merged = await this.mergeWithFile(state, document);
      if (merged) {
        await this.replaceFile(state, merged.bytes, merged.header);
        return;
      }
    }
    const { conflict, error } = await saveConflictCopy({
      vaultPath: this.path,
      backups: this.backups,
      existing: state.conflict,
      bytes,
      now: this.now(),
    });
    state.conflict = conflict;
    throw error;
  }

  private async replaceFile(state: OpenState, bytes: Buffer, header: VaultHeader): Promise<void> {
    const { mtimeMs } = await writeFileDurably(this.path, bytes);
    state.fingerprint = fingerprintOf(bytes, mtimeMs);
    await this.rememberRevision(header, bytes);
  }

  /**
   * The file changed under us: opens it with our keys and seals the merge of it and `ours` under
   * a revision past both. Null when it cannot be merged (another journal, another key, damaged, no
   * merge function, or locked meanwhile), so the caller keeps ours beside it instead.
   */
  private async mergeWithFile(
    state: OpenState,
    ours: unknown,
  ): Promise<{ bytes: Buffer; header: VaultHeader } | null> {
    if (!this.mergeBeforeWrite || this.state !== state) return null;
    let plaintext: Buffer | null = null;
    let revision: number;
    try {
      const parsed = parseVaultFile((await readVaultFile(this.path)).bytes, this.minimumKdf);
      if (!parsed.header.vaultId.equals(state.header.vaultId)) return null;
      plaintext = openDataOrNull(parsed, state.keys.dataEncryptionKey);
      revision = parsed.header.revision;
    } catch {
      return null;
    }
    if (!plaintext) return null;
    let theirs: unknown;
    try {
      theirs = parseDocument(plaintext);
    } catch {
      return null;
    } finally {
      plaintext.fill(0);
    }
    const merged = this.mergeBeforeWrite(ours, theirs);
    const header = { ...state.header, revision: Math.max(revision, state.header.revision) + 1 };
    state.header = header;
    return { bytes: sealVaultFile(header, serialise(merged), state.keys.dataEncryptionKey), header };
  }

  /** The adapter's read: the document as it is on disk now, decrypted with the keys we hold. */
  private readCurrentDocument(): Promise<unknown | null> {
    return this.queue.run(async () => {
      let file: { bytes: Buffer; mtimeMs: number };
      try {
        file = await readVaultFile(this.path);
      } catch (error) {
        if (error instanceof InterludeError && error.code === 'NO_VAULT') return null;
        throw error;
      }
      const state = this.requireUnlocked();
      const parsed = parseVaultFile(file.bytes, this.minimumKdf);
      const sameVault = parsed.header.vaultId.equals(state.header.vaultId);
      const plaintext = sameVault ? openDataOrNull(parsed, state.keys.dataEncryptionKey) : null;
      const sameSlots =
        sameVault && parsed.header.passphraseSlot.wrappedKey.equals(state.header.passphraseSlot.wrappedKey);
      // Our own slots in front of data that does not open: the file is damaged, not re-keyed elsewhere.
      if (!plaintext && sameSlots) openData(parsed, state.keys.dataEncryptionKey);
      if (!plaintext) {
        throw new InterludeError(
          'KEY_CHANGED_ELSEWHERE',
          `The journal file at ${this.path} was locked with a different passphrase on another device (or replaced by another journal) ` +
            'since it was unlocked here, so its changes cannot be merged yet. Your entries here are kept: lock, then unlock with the passphrase the journal was given there.',
        );
      }
      try {
        const document = parseDocument(plaintext);
        Object.assign(state, {
          header: { ...parsed.header, revision: Math.max(parsed.header.revision, state.header.revision) },
          fingerprint: fingerprintOf(file.bytes, file.mtimeMs),
          conflict: null,
        });
        return document;
      } finally {
        plaintext.fill(0);
      }
    });
  }
}
