/**
 * What each change makes out of date. After a mutation succeeds, the queries of the methods
 * listed here are read again; a method missing from the table changes nothing the renderer shows.
 */
import type { ApiMethod } from '../../../shared/api.ts';

/** Everything read from the journal's entries: lists, search, tags, prompts answered, mood. */
const ENTRY_READS = [
  'listEntries',
  'searchEntries',
  'listTags',
  'getEntry',
  'getDraft',
  'todayPrompt',
  'listPacks',
  'moodTrends',
  'listTrash',
  'onThisDay',
  'writtenToday',
  'careCard',
] as const satisfies readonly ApiMethod[];

const HARD_DATE_READS = [
  'listHardDates',
  'hardDateHeadsUps',
  'onThisDay',
] as const satisfies readonly ApiMethod[];

/** Every query a change of the journal behind the renderer's back may have made out of date. */
export const JOURNAL_CHANGE_INVALIDATES: readonly ApiMethod[] = [
  ...ENTRY_READS,
  'getSettings',
  'listContacts',
  ...HARD_DATE_READS,
  // Its sync notice ("Merged changes from another device: …").
  'vaultStatus',
];

export const INVALIDATES: { readonly [K in ApiMethod]?: readonly ApiMethod[] } = {
  createEntry: ENTRY_READS,
  updateEntry: ENTRY_READS,
  deleteEntry: ENTRY_READS,
  resolveOtherVersion: ENTRY_READS,
  restoreEntry: ENTRY_READS,
  deleteForever: ['listTrash'],
  emptyTrash: ['listTrash'],
  addHardDate: HARD_DATE_READS,
  removeHardDate: HARD_DATE_READS,
  dismissCareCard: ['careCard'],
  updateReminderSettings: ['getReminderSettings'],
  discardDraft: ['getDraft'],
  updateSettings: ['getSettings', 'todayPrompt', 'moodTrends', 'onThisDay', 'careCard'],
  importArticle: ['listPacks', 'todayPrompt'],
  removePack: ['listPacks', 'todayPrompt'],
  renamePack: ['listPacks', 'todayPrompt'],
  setSectionStage: ['listPacks', 'todayPrompt'],
  logContact: ['listContacts', 'moodTrends'],
  removeContact: ['listContacts', 'moodTrends'],
  restoreBackup: ['listBackups', 'vaultStatus'],
  // Unlocking takes the day's backup, and says in the status whether it could.
  unlock: ['vaultStatus'],
  mergeWaitingCopies: [...JOURNAL_CHANGE_INVALIDATES, 'listBackups'],
};
