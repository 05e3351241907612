/**
 * Builds the core: the API handlers over the vault and the journal, for one vault file.
 * Both hosts (Electron's main process and the e2e harness) call this and nothing else.
 */
import path from 'node:path';
import type { LockReason } from '../../shared/api.ts';
import { InterludeError } from '../../shared/errors.ts';
import { importJournalFile } from '../journal-import/import-journal.ts';
import { JournalService } from '../journal/journal-service.ts';
import type { ScryptParams } from '../vault/kdf.ts';
import { REVISION_FILE_NAME } from '../vault/revision-store.ts';
import { reminderHandlers } from '../reminders/reminder-handlers.ts';
import { REMINDER_FILE_NAME } from '../reminders/reminder-settings-file.ts';
import { Vault } from '../vault/vault.ts';
import { WAITING_MESSAGE, writerLockPathFor } from '../vault/writer-lock.ts';
import { exportJournal } from './export-journal.ts';
import type { ApiHandlers } from './handlers.ts';
import { createIdleLock } from './idle-lock.ts';
import type { CorePlatform } from './platform.ts';
import { createSyncSession } from './sync-session.ts';

export interface CoreOptions {
  vaultPath: string;
  appVersion: string;
  platform: CorePlatform;
  now?: () => Date;
  /**
   * The app's data folder, where the device remembers the revision of each journal it opened
   * (shared with the CLI). Without it, an older copy of the journal is not noticed.
   */
  deviceDataDir?: string;
  /** Overrides the idle limit from settings (the e2e auto-lock journey uses a few seconds). */
  idleLockMsOverride?: number;
  /** Tests only: cheap key derivation (see main/vault/test-kdf.ts). */
  kdfParams?: ScryptParams;
  /** Tests only: the journal watcher's timing. */
  syncWatch?: { debounceMs?: number; pollMs?: number };
  /** The reminder's settings file, outside the vault; by default beside the vault file. */
  reminderSettingsPath?: string;
}

export interface Core {
  handlers: ApiHandlers;
  lock(reason: LockReason): Promise<void>;
  /**
   * The shell is about to ask the renderer to save and lock for this reason (the screen locked):
   * the renderer's own `lock` call then records it instead of "user".
   */
  expectLock(reason: LockReason): void;
  /** True while the journal is unlocked. */
  isOpen(): boolean;
}

const MINUTE_MS = 60_000;

export function createCore(options: CoreOptions): Core {
  const now = options.now ?? (() => new Date());
  /** Operations now waiting (past the first second) for another writer to finish. */
  let writerWaits = 0;
  const vault = new Vault({
    path: options.vaultPath,
    now,
    kdfParams: options.kdfParams,
    ...(options.deviceDataDir
      ? {
          revisionFile: path.join(options.deviceDataDir, REVISION_FILE_NAME),
          draftDir: options.deviceDataDir,
          lockFile: writerLockPathFor(options.deviceDataDir, options.vaultPath),
        }
      : {}),
    // The status says so, and the renderer reads it again, like the sync notice.
    onWaitForWriter: () => {
      writerWaits++;
      options.platform.notifyJournalChanged?.();
    },
    onWriterWaitOver: () => {
      writerWaits--;
      options.platform.notifyJournalChanged?.();
    },
  });
  const journal = new JournalService({
    vault,
    now,
    // Another device's or process's changes came in: the screens read again.
    onMerged: () => options.platform.notifyJournalChanged?.(),
    // The first screen's requests come first; a search a moment later finds the journal folded.
    prepareSearchAfterMs: 300,
  });
  const sync = createSyncSession({
    vault,
    journal,
    onNotice: () => options.platform.notifyJournalChanged?.(),
    watch: options.syncWatch,
  });
  let expectedLockReason: LockReason | null = null;
  const idle = createIdleLock(options.idleLockMsOverride ?? 5 * MINUTE_MS, () => void lock('idle'));

  async function lock(reason: LockReason): Promise<void> {
    idle.stop();
    sync.stop();
    const wasOpen = journal.isOpen;
    await journal.lock();
    if (wasOpen) options.platform.notifyLocked({ reason });
  }

  /** After any unlock: the idle countdown follows the journal's own setting, and sync starts. */
  async function afterUnlock(): Promise<string | null> {
    idle.setLimitMs(options.idleLockMsOverride ?? journal.getSettings().autoLockMinutes * MINUTE_MS);
    idle.touch();
    return sync.start();
  }

  const handlers: ApiHandlers = {
    vaultStatus: async () => ({
      exists: await vault.exists(),
      unlocked: journal.isOpen,
      backupProblem: vault.backupProblem(),
      syncNotice: journal.isOpen ? sync.notice() : null,
      copiesWaiting: journal.isOpen && sync.copiesWaiting(),
      writerWait: writerWaits > 0 ? WAITING_MESSAGE : null,
      path: vault.path,
      appVersion: options.appVersion,
    }),
    createVault: async ({ passphrase }) => {
      const result = await journal.create(passphrase);
      await afterUnlock();
      return result;
    },
    unlock: async ({ passphrase, openOlder }) => {
      const { olderThanSeen, recoveryKey } = await journal.unlock(passphrase);
      if (olderThanSeen && !openOlder) {
        await journal.lock();
        throw new InterludeError(
          'OLDER_THAN_SEEN',
          'This journal is older than the one this device last opened: entries saved since may be missing ' +
            '(a sync service or a copy may have put back an earlier version). Open it anyway, or restore the newest backup.',
        );
      }
      // The user chose to open an older file: now it may be written (the draft moving out of it).
      if (olderThanSeen) await journal.finishOpening();
      return { recoveryKey, syncNotice: await afterUnlock() };
    },
    unlockWithRecoveryKey: async ({ recoveryKey, newPassphrase }) => {
      const result = await journal.unlockWithRecoveryKey(recoveryKey, newPassphrase);
      return { ...result, syncNotice: await afterUnlock() };
    },
    changePassphrase: async ({ current, next }) => {
      journal.assertOpen();
      // The rotation re-seals the file as it is: bring in another device's changes first.
      await journal.syncFromDisk();
      await vault.changePassphrase(current, next);
      return null;
    },
    newRecoveryKey: async ({ passphrase }) => {
      journal.assertOpen();
      await journal.syncFromDisk();
      return vault.newRecoveryKey(passphrase);
    },
    lock: async () => {
      const reason = expectedLockReason ?? 'user';
      expectedLockReason = null;
      await lock(reason);
      return null;
    },
    mergeWaitingCopies: async ({ passphrase }) => {
      journal.assertOpen();
      return { syncNotice: await sync.mergeWaitingCopies(passphrase) };
    },
    listBackups: () => vault.listBackups(),
    restoreBackup: async ({ id }) => {
      if (!(await vault.listBackups()).some((backup) => backup.id === id)) {
        throw new InterludeError(
          'NOT_FOUND',
          'That backup is no longer there. Choose another one from the list.',
        );
      }
      // A restore replaces the file under the open journal: close it first, then unlock again.
      await lock('user');
      await vault.restoreBackup(id);
      return null;
    },
    listEntries: async (page) => journal.listEntries(page),
    searchEntries: async (search) => journal.searchEntries(search),
    listTags: async () => journal.listTags(),
    getEntry: async ({ id }) => journal.getEntry(id),
    createEntry: (input) => journal.createEntry(input),
    updateEntry: ({ id, changes }) => journal.updateEntry(id, changes),
    deleteEntry: async ({ id }) => {
      await journal.deleteEntry(id);
      return null;
    },
    resolveOtherVersion: async ({ id, keep }) => {
      await journal.resolveOtherVersion(id, keep);
      return null;
    },
    getDraft: () => journal.getDraft(),
    saveDraft: (draft) => journal.saveDraft(draft),
    discardDraft: () => journal.discardDraft(),
    getSettings: async () => journal.getSettings(),
    updateSettings: async (patch) => {
      const settings = await journal.updateSettings(patch);
      if (options.idleLockMsOverride === undefined) idle.setLimitMs(settings.autoLockMinutes * MINUTE_MS);
      return settings;
    },
    todayPrompt: async ({ offset }) => journal.todayPrompt(offset),
    listPacks: async () => journal.listPacks(),
    importArticle: ({ fileName, content, replace }) => journal.importArticle(fileName, content, replace),
    removePack: ({ id }) => journal.removePack(id),
    moodTrends: async ({ range }) => journal.moodTrends(range),
    listContacts: async () => journal.listContacts(),
    logContact: (contact) => journal.logContact(contact),
    removeContact: ({ day }) => journal.removeContact(day),
    exportJournal: (exportOptions) =>
      exportJournal({ journal, vault, platform: options.platform, now }, exportOptions),
    reportActivity: async () => null,
    renamePack: ({ id, title }) => journal.renamePack(id, title),
    setSectionStage: ({ packId, sectionId, stage }) => journal.setSectionStage(packId, sectionId, stage),
    importJournal: async ({ fileName, content, format, dryRun, moods }) => {
      journal.assertOpen();
      return importJournalFile(journal, { fileName, bytes: content, format, dryRun, moods }, (progress) =>
        options.platform.notifyImportProgress?.(progress),
      );
    },

    restoreEntry: ({ id }) => journal.restoreEntry(id),
    listTrash: async () => journal.listTrash(),
    deleteForever: async ({ id }) => {
      await journal.purgeTrash(id);
      return null;
    },
    emptyTrash: async () => ({ removed: await journal.purgeTrash() }),
    listHardDates: async () => journal.listHardDates(),
    addHardDate: (input) => journal.addHardDate(input),
    removeHardDate: ({ id }) => journal.removeHardDate(id),
    hardDateHeadsUps: async () => journal.hardDateHeadsUps(),
    onThisDay: async () => journal.onThisDay(),
    writtenToday: async () => journal.writtenToday(),
    ...reminderHandlers(
      options.reminderSettingsPath ?? path.join(path.dirname(options.vaultPath), REMINDER_FILE_NAME),
      options.platform,
    ),
    careCard: async () => journal.careCard(),
    dismissCareCard: async () => {
      await journal.dismissCareCard();
      return null;
    },
  };

  return {
    handlers: withActivity(handlers, () => journal.isOpen && idle.touch()),
    lock,
    expectLock: (reason) => {
      expectedLockReason = reason;
    },
    isOpen: () => journal.isOpen,
  };
}

/** Every call from the user's side counts as activity for the idle countdown. */
function withActivity(handlers: ApiHandlers, touch: () => void): ApiHandlers {
  const wrapped: Record<string, (arg: never) => Promise<unknown>> = {};
  for (const [method, handler] of Object.entries(handlers) as [string, (arg: never) => Promise<unknown>][]) {
    wrapped[method] = (arg) => {
      touch();
      return handler(arg);
    };
  }
  return wrapped as unknown as ApiHandlers;
}
