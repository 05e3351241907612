/**
 * Builds the core: the API handlers over the vault and the journal, for one vault file.
 * Both hosts (Electron's main process and the e2e harness) call this and nothing else.
 */
import { existsSync } from 'node:fs';
import type { LockReason } from '../../shared/api.ts';
import { InterludeError } from '../../shared/errors.ts';
import type { ApiHandlers } from './handlers.ts';
import { createIdleLock } from './idle-lock.ts';
import type { CorePlatform } from './platform.ts';

export interface CoreOptions {
  vaultPath: string;
  appVersion: string;
  platform: CorePlatform;
  now?: () => Date;
  /** Overrides the idle limit from settings (the e2e auto-lock journey uses a few seconds). */
  idleLockMsOverride?: number;
}

export interface Core {
  handlers: ApiHandlers;
  lock(reason: LockReason): Promise<void>;
}

const notYet = async (): Promise<never> => {
  throw new InterludeError('INTERNAL', 'This part of Interlude is not available yet.');
};

export function createCore(options: CoreOptions): Core {
  let unlocked = false;
  const idle = createIdleLock(options.idleLockMsOverride ?? 5 * 60_000, () => void lock('idle'));

  async function lock(reason: LockReason): Promise<void> {
    idle.stop();
    if (!unlocked) return;
    unlocked = false;
    options.platform.notifyLocked({ reason });
  }

  const handlers: ApiHandlers = {
    vaultStatus: async () => ({
      exists: existsSync(options.vaultPath),
      unlocked,
      path: options.vaultPath,
      appVersion: options.appVersion,
    }),
    createVault: notYet,
    unlock: notYet,
    unlockWithRecoveryKey: notYet,
    changePassphrase: notYet,
    newRecoveryKey: notYet,
    lock: async () => {
      await lock('user');
      return null;
    },
    listBackups: notYet,
    restoreBackup: notYet,
    listEntries: notYet,
    getEntry: notYet,
    createEntry: notYet,
    updateEntry: notYet,
    deleteEntry: notYet,
    searchEntries: notYet,
    getDraft: notYet,
    saveDraft: notYet,
    discardDraft: notYet,
    getSettings: notYet,
    updateSettings: notYet,
    todayPrompt: notYet,
    listPacks: notYet,
    importArticle: notYet,
    removePack: notYet,
    moodTrends: notYet,
    listContacts: notYet,
    logContact: notYet,
    removeContact: notYet,
    exportJournal: notYet,
    reportActivity: async () => {
      if (unlocked) idle.touch();
      return null;
    },
  };
  return { handlers, lock };
}
