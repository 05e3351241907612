/**
 * The preload: exposes exactly the contract's methods as `window.interlude`, nothing else.
 * It is bundled as CommonJS (a sandboxed preload cannot be an ES module) and imports only
 * types and channel names, so the bundle stays small.
 */
import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import type { ApiMethod, ImportProgress, InterludeApi, LockedEvent } from '../shared/api.ts';
import {
  channelFor,
  IMPORT_PROGRESS_CHANNEL,
  JOURNAL_CHANGED_CHANNEL,
  LOCK_REQUESTED_CHANNEL,
  LOCKED_CHANNEL,
} from '../shared/channels.ts';

function invoke<K extends ApiMethod>(method: K): InterludeApi[K] {
  const channel = channelFor(method);
  return ((arg?: unknown) => ipcRenderer.invoke(channel, arg)) as InterludeApi[K];
}

const api = {
  vaultStatus: invoke('vaultStatus'),
  createVault: invoke('createVault'),
  unlock: invoke('unlock'),
  unlockWithRecoveryKey: invoke('unlockWithRecoveryKey'),
  changePassphrase: invoke('changePassphrase'),
  newRecoveryKey: invoke('newRecoveryKey'),
  lock: invoke('lock'),
  listBackups: invoke('listBackups'),
  restoreBackup: invoke('restoreBackup'),
  mergeWaitingCopies: invoke('mergeWaitingCopies'),
  listEntries: invoke('listEntries'),
  searchEntries: invoke('searchEntries'),
  listTags: invoke('listTags'),
  getEntry: invoke('getEntry'),
  createEntry: invoke('createEntry'),
  updateEntry: invoke('updateEntry'),
  deleteEntry: invoke('deleteEntry'),
  resolveOtherVersion: invoke('resolveOtherVersion'),
  getDraft: invoke('getDraft'),
  saveDraft: invoke('saveDraft'),
  discardDraft: invoke('discardDraft'),
  getSettings: invoke('getSettings'),
  updateSettings: invoke('updateSettings'),
  todayPrompt: invoke('todayPrompt'),
  listPacks: invoke('listPacks'),
  importArticle: invoke('importArticle'),
  removePack: invoke('removePack'),
  moodTrends: invoke('moodTrends'),
  listContacts: invoke('listContacts'),
  logContact: invoke('logContact'),
  removeContact: invoke('removeContact'),
  exportJournal: invoke('exportJournal'),
  reportActivity: invoke('reportActivity'),
  renamePack: invoke('renamePack'),
  setSectionStage: invoke('setSectionStage'),
  importJournal: invoke('importJournal'),
  restoreEntry: invoke('restoreEntry'),
  listTrash: invoke('listTrash'),
  deleteForever: invoke('deleteForever'),
  emptyTrash: invoke('emptyTrash'),
  listHardDates: invoke('listHardDates'),
  addHardDate: invoke('addHardDate'),
  removeHardDate: invoke('removeHardDate'),
  hardDateHeadsUps: invoke('hardDateHeadsUps'),
  onThisDay: invoke('onThisDay'),
  writtenToday: invoke('writtenToday'),
  getReminderSettings: invoke('getReminderSettings'),
  updateReminderSettings: invoke('updateReminderSettings'),
  careCard: invoke('careCard'),
  dismissCareCard: invoke('dismissCareCard'),
  onLocked(listener: (event: LockedEvent) => void) {
    // Never hand the renderer the IpcRendererEvent: it carries the sender.
    const forward = (_event: IpcRendererEvent, payload: LockedEvent) => listener(payload);
    ipcRenderer.on(LOCKED_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(LOCKED_CHANNEL, forward);
    };
  },
  onJournalChanged(listener: () => void) {
    const forward = () => listener();
    ipcRenderer.on(JOURNAL_CHANGED_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(JOURNAL_CHANGED_CHANNEL, forward);
    };
  },
  onLockRequested(listener: () => void) {
    const forward = () => listener();
    ipcRenderer.on(LOCK_REQUESTED_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(LOCK_REQUESTED_CHANNEL, forward);
    };
  },
  onImportProgress(listener: (event: ImportProgress) => void) {
    const forward = (_event: IpcRendererEvent, payload: ImportProgress) => listener(payload);
    ipcRenderer.on(IMPORT_PROGRESS_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(IMPORT_PROGRESS_CHANNEL, forward);
    };
  },
} satisfies InterludeApi;

contextBridge.exposeInMainWorld('interlude', api);
