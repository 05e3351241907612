/**
 * The contract between the renderer and the core: every method, its argument and its result.
 *
 * Three implementations derive from this one file: the Electron IPC handlers (main/electron/ipc.ts),
 * the preload that exposes them (main/preload.ts, checked with `satisfies InterludeApi`), and the
 * Playwright bridge of the e2e tests and the fallback browser host (main/browser-host/page-bridge.ts).
 * Arguments are validated with `apiArgs` on arrival in the core's process; results are plain
 * JSON-safe data; failures are `ApiError` values.
 */
import { z } from 'zod';
import {
  ContactSchema,
  type Contact,
  DaySchema,
  type Day,
  type Draft,
  DraftInputSchema,
  type Entry,
  EntryChangesSchema,
  EntryInputSchema,
  MoodSchema,
  type Pack,
  PAGE_SIZES,
  PackTitleSchema,
  type Prompt,
  type SectionStage,
  type Settings,
  SettingsPatchSchema,
  StageSchema,
  type Emotion,
  type Mood,
  type HardDate,
  HardDateInputSchema,
} from './domain.ts';
import type { Result } from './errors.ts';

export type { ApiError, ErrorCode, Result } from './errors.ts';

/** Passphrases: at least 8 characters (the UI adds a strength meter). Never logged or echoed. */
export const NewPassphraseSchema = z
  .string()
  .min(8, 'must be at least 8 characters')
  .max(1024, 'can be at most 1024 characters');
const PassphraseSchema = z.string().min(1, 'is empty').max(1024, 'can be at most 1024 characters');
const IdSchema = z.string().min(1, 'is empty').max(64, 'is too long');

export const TREND_RANGES = ['space', '30', '90', 'all'] as const;
export const EXPORT_FORMATS = ['pdf', 'markdown', 'markdown-folder', 'json', 'vault-backup'] as const;
/** Articles larger than this are refused before parsing. */
export const ARTICLE_MAX_BYTES = 2 * 1024 * 1024;

/** The journals Interlude imports: Day One JSON, jrnl JSON, Mini Diary JSON and Daylio CSV. */
export const IMPORT_FORMATS = ['dayone', 'jrnl', 'minidiary', 'daylio'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
/** A journal file (a Day One zip with its photos included) larger than this is refused before reading. */
export const IMPORT_MAX_BYTES = 200 * 1024 * 1024;
/** More entries than this in one file are refused: split the export and import it in parts. */
export const IMPORT_MAX_ENTRIES = 50_000;

export const EntryFilterSchema = z
  .object({
    from: DaySchema.optional(),
    to: DaySchema.optional(),
    section: z.string().max(80).optional(),
    mood: MoodSchema.optional(),
    tag: z.string().max(40).optional(),
  })
  .default({});
export type EntryFilter = z.input<typeof EntryFilterSchema>;

/** At most this many entries come back in one page of the journal or of search results. */
export const ENTRY_PAGE_MAX = 200;
/** A summary's excerpt is at most this many characters of the entry's text. */
export const EXCERPT_MAX_LENGTH = 300;
const PageCursorSchema = z.string().max(400, 'is not a page of this journal').nullable().default(null);
const PageLimitSchema = z.number().int().min(1).max(ENTRY_PAGE_MAX).default(50);
/**
 * The daily reminder: the one setting kept outside the vault (a small file in the app's data
 * folder), so it can fire while the journal is locked. It holds a time and switches, nothing personal.
 */
export const ReminderSettingsSchema = z.object({
  enabled: z.boolean(),
  /** Local wall-clock time, `HH:MM`, 24-hour. */
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written as HH:MM'),
  /** Closing the window keeps Interlude in the tray (where the platform has one), so reminders still come. */
  keepInTray: z.boolean(),
});
export type ReminderSettings = z.infer<typeof ReminderSettingsSchema>;
export const ReminderSettingsPatchSchema = ReminderSettingsSchema.partial();

export const ExportOptionsSchema = z.object({
  format: z.enum(EXPORT_FORMATS),
  from: DaySchema.optional(),
  to: DaySchema.optional(),
  /** Section ids to include; absent means every section, and entries without one. */
  sections: z.array(z.string().max(80)).max(200).optional(),
  /** With `sections`: whether entries written without a prompt (no section) are included too. */
  includeUnsectioned: z.boolean().default(true),
  includeChart: z.boolean().default(true),
  includePrompts: z.boolean().default(true),
  pageSize: z.enum(PAGE_SIZES).optional(),
});
export type ExportOptions = z.input<typeof ExportOptionsSchema>;

/**
 * The argument schema of every method. A method whose schema is `z.undefined()` takes no argument.
 * The keys of this object are the method names; nothing else is callable.
 */
export const apiArgs = {
  // The vault
  vaultStatus: z.undefined(),
  createVault: z.object({ passphrase: NewPassphraseSchema }),
  /** `openOlder`: the user chose to open a file older than the one this device last opened. */
  unlock: z.object({ passphrase: PassphraseSchema, openOlder: z.boolean().optional() }),
  unlockWithRecoveryKey: z.object({
    recoveryKey: z.string().min(1, 'is empty').max(200, 'is too long'),
    newPassphrase: NewPassphraseSchema,
  }),
  changePassphrase: z.object({ current: PassphraseSchema, next: NewPassphraseSchema }),
  newRecoveryKey: z.object({ passphrase: PassphraseSchema }),
  lock: z.undefined(),
  listBackups: z.undefined(),
  restoreBackup: z.object({ id: z.string().min(1).max(200) }),
  /** Merges the copies beside the journal that another device locked with this (other) passphrase. */
  mergeWaitingCopies: z.object({ passphrase: PassphraseSchema }),

  // Entries and drafts
  // The journal, a page at a time: summaries for the list, the whole entry on request.
  listEntries: z
    .object({ filter: EntryFilterSchema, cursor: PageCursorSchema, limit: PageLimitSchema })
    .default({ filter: {}, cursor: null, limit: 50 }),
  searchEntries: z.object({
    query: z.string().max(500, 'can be at most 500 characters'),
    filter: EntryFilterSchema,
    cursor: PageCursorSchema,
    limit: PageLimitSchema,
  }),
  listTags: z.undefined(),
  getEntry: z.object({ id: IdSchema }),
  createEntry: EntryInputSchema,
  updateEntry: z.object({ id: IdSchema, changes: EntryChangesSchema }),
  deleteEntry: z.object({ id: IdSchema }),
  /**
   * Settles an entry edited differently on two devices (docs/sync.md). `id` is "the other
   * version"; `keep`: 'other' puts its text in the original and removes it, 'original' removes
   * it, 'both' keeps it as an entry of its own.
   */
  resolveOtherVersion: z.object({ id: IdSchema, keep: z.enum(['other', 'original', 'both']) }),
  getDraft: z.undefined(),
  saveDraft: DraftInputSchema,
  discardDraft: z.undefined(),

  // Settings
  getSettings: z.undefined(),
  updateSettings: SettingsPatchSchema,

  // Prompts and packs
  todayPrompt: z.object({ offset: z.number().int().min(0).max(10_000).default(0) }).default({ offset: 0 }),
  listPacks: z.undefined(),
  importArticle: z.object({
    fileName: z.string().min(1).max(260),
    content: z.string().max(ARTICLE_MAX_BYTES, 'is larger than 2 MB'),
    /**
     * Importing an article already in the journal fails with DUPLICATE unless this is true; then
     * the existing pack is replaced (it keeps its id, so entries still point at its prompts).
     */
    replace: z.boolean().default(false),
  }),
  removePack: z.object({ id: z.string().min(1).max(80) }),

  // Mood, statistics and the contact log
  moodTrends: z.object({ range: z.enum(TREND_RANGES) }),
  listContacts: z.undefined(),
  logContact: ContactSchema,
  removeContact: z.object({ day: DaySchema }),

  // Export
  exportJournal: ExportOptionsSchema,

  /** The renderer reports user activity (throttled) so idle auto-lock knows the user is there. */
  reportActivity: z.undefined(),

  // Packs: renaming, and the stage of an imported section
  renamePack: z.object({ id: z.string().min(1).max(80), title: PackTitleSchema }),
  setSectionStage: z.object({
    packId: z.string().min(1).max(80),
    sectionId: z.string().min(1).max(80),
    stage: StageSchema,
  }),
  // Importing a journal from another app
  importJournal: z.object({
    fileName: z.string().min(1, 'is empty').max(260, 'is too long'),
    /**
     * The file's bytes. Raw bytes cross IPC as a structured clone at their own size (base64 would add
     * a third, and push a 200 MB export past Chromium's 256 MB message limit); the e2e bridge, which
     * speaks JSON, encodes them on the way.
     */
    content: z
      .instanceof(Uint8Array, { message: 'must be the bytes of a file' })
      .refine((bytes) => bytes.byteLength <= IMPORT_MAX_BYTES, 'is larger than 200 MB'),
    /** Absent: Interlude tells the format from the file. */
    format: z.enum(IMPORT_FORMATS).optional(),
    /** True: read everything and report what would happen, changing nothing (the app's preview). */
    dryRun: z.boolean().default(false),
    /** Daylio's custom mood names and the level (1 to 5) the user chose for each. */
    moods: z.record(z.string().min(1).max(100), MoodSchema).optional(),
  }),
  // ----- Second pass (issue 14): trash, hard dates, on this day, reminders, care -----
  /** Takes an entry out of the trash (deleteEntry moves it there for 30 days). */
  restoreEntry: z.object({ id: IdSchema }),
  listTrash: z.undefined(),
  /** Removes one trashed entry for good. */
  deleteForever: z.object({ id: IdSchema }),
  /** Removes every trashed entry for good. */
  emptyTrash: z.undefined(),
  listHardDates: z.undefined(),
  addHardDate: HardDateInputSchema,
  removeHardDate: z.object({ id: IdSchema }),
  /** Hard dates within three days, with a planning prompt each. */
  hardDateHeadsUps: z.undefined(),
  onThisDay: z.undefined(),
  writtenToday: z.undefined(),
  /** Works while locked: the reminder lives outside the vault. */
  getReminderSettings: z.undefined(),
  updateReminderSettings: ReminderSettingsPatchSchema,
  /** The gentle card after a run of hard days, or null. */
  careCard: z.undefined(),
  dismissCareCard: z.undefined(),
} as const;

export type ApiMethod = keyof typeof apiArgs;
export const API_METHODS = Object.keys(apiArgs) as ApiMethod[];

/** What each method returns on success. */
export interface ApiResults {
  vaultStatus: VaultStatus;
  createVault: { recoveryKey: string };
  /** `recoveryKey`: a new one, when opening moved a version-1 journal to version 2 (show it once). */
  unlock: { recoveryKey: string | null; syncNotice: string | null };
  unlockWithRecoveryKey: { recoveryKey: string; syncNotice: string | null };
  changePassphrase: null;
  newRecoveryKey: { recoveryKey: string };
  lock: null;
  listBackups: BackupInfo[];
  restoreBackup: null;
  mergeWaitingCopies: { syncNotice: string | null };
  listEntries: EntryPage<EntrySummary>;
  searchEntries: EntryPage<SearchHit>;
  listTags: string[];
  getEntry: Entry;
  createEntry: Entry;
  updateEntry: Entry;
  deleteEntry: null;
  resolveOtherVersion: null;
  getDraft: Draft | null;
  saveDraft: Draft;
  discardDraft: null;
  getSettings: Settings;
  updateSettings: Settings;
  todayPrompt: PromptOfDay;
  listPacks: PackWithProgress[];
  importArticle: Pack;
  removePack: null;
  moodTrends: MoodTrends;
  listContacts: Contact[];
  logContact: Contact[];
  removeContact: Contact[];
  exportJournal: { path: string };
  reportActivity: null;
  renamePack: Pack;
  setSectionStage: Pack;
  importJournal: ImportReport;

  restoreEntry: Entry;
  listTrash: TrashedEntry[];
  deleteForever: null;
  emptyTrash: { removed: number };
  listHardDates: HardDate[];
  addHardDate: HardDate[];
  removeHardDate: HardDate[];
  hardDateHeadsUps: HardDateHeadsUp[];
  onThisDay: OnThisDay;
  writtenToday: WrittenToday;
  getReminderSettings: ReminderStatus;
  updateReminderSettings: ReminderStatus;
  careCard: CareCard | null;
  dismissCareCard: null;
}

/** The argument a caller passes (before defaults are applied). */
export type ApiArg<K extends ApiMethod> = z.input<(typeof apiArgs)[K]>;
/** The argument a handler receives (after validation and defaults). */
export type ApiParsedArg<K extends ApiMethod> = z.output<(typeof apiArgs)[K]>;

type Method<K extends ApiMethod> =
  undefined extends ApiArg<K>
    ? (arg?: ApiArg<K>) => Promise<Result<ApiResults[K]>>
    : (arg: ApiArg<K>) => Promise<Result<ApiResults[K]>>;

export type InterludeApi = { [K in ApiMethod]: Method<K> } & {
  /** The vault was locked; the renderer must drop every decrypted value it holds. */
  onLocked(listener: (event: LockedEvent) => void): () => void;
  /**
   * The journal changed without the renderer asking (for example a sync merged another device's
   * entries): whatever the renderer shows of it must be read again.
   */
  onJournalChanged(listener: () => void): () => void;
  /**
   * The app is about to lock or close (the menu's Lock, closing the window, quitting): save what
   * is being written, then call `lock()`. If the renderer does not within a few seconds, the core
   * locks anyway.
   */
  onLockRequested(listener: () => void): () => void;
  /** How far a running `importJournal` has read (entries read of the total). */
  onImportProgress(listener: (event: ImportProgress) => void): () => void;
};

// ----- Result types -----

export interface VaultStatus {
  exists: boolean;
  unlocked: boolean;
  /** What went wrong with the last backup (or backup re-encryption), in plain words; null when all is well. */
  backupProblem: string | null;
  /**
   * What sync did or could not do since the unlock, in plain words ("Merged changes from another
   * device: 3 entries."; a copy locked with another passphrase left where it is); null when nothing.
   */
  syncNotice: string | null;
  /** True while copies from another device wait beside the journal, locked with another passphrase. */
  copiesWaiting: boolean;
  /**
   * While something the user asked for waits for another Interlude window or command that is
   * writing the journal (after about a second), what to tell them; null otherwise.
   */
  writerWait: string | null;
  /** Where the vault file lives, so Settings → About can show it. */
  path: string;
  appVersion: string;
}

export type BackupKind = 'daily' | 'weekly' | 'monthly' | 'before-restore' | 'conflict';

export interface BackupInfo {
  /** The backup's file name, used to restore it. */
  id: string;
  kind: BackupKind;
  createdAt: string;
  sizeBytes: number;
}

/** A highlighted range; a hit's ranges are sorted and never overlap. */
export interface MatchRange {
  field: 'body' | 'prompt' | 'tags';
  /** For tags: which tag. */
  index?: number;
  /** Offsets in UTF-16 code units into the field's original text. */
  start: number;
  end: number;
}

/** What the journal's list shows of an entry; `getEntry` gives the whole of it. */
export interface EntrySummary {
  id: string;
  day: Day;
  createdAt: string;
  mood: Entry['mood'];
  emotions: Emotion[];
  tags: string[];
  section: string | null;
  /** The prompt's text as it was shown (at most EXCERPT_MAX_LENGTH characters), or null. */
  prompt: string | null;
  /** At most EXCERPT_MAX_LENGTH characters of the body, starting at `excerptOffset`. */
  excerpt: string;
  /** Where the excerpt starts in the body (after 0, the list shows an ellipsis before it). */
  excerptOffset: number;
  /** The body's full length, so the list knows whether text follows the excerpt. */
  bodyLength: number;
  wordCount: number;
  /** Set on "the other version" of an entry edited on two devices: the id of the original. */
  otherVersionOf?: string;
}

/** One page of a listing: `nextCursor` asks for the page after it (null on the last page). */
export interface EntryPage<T> {
  items: T[];
  nextCursor: string | null;
  /** How many items the whole listing holds, across every page. */
  total: number;
}

/** A search result: the summary's excerpt is taken around the first match in the body. */
export interface SearchHit {
  summary: EntrySummary;
  score: number;
  /** Every match, in offsets of the whole entry's fields (the reader marks them in the full text). */
  matches: MatchRange[];
}

export type SpaceStage = 'before' | 'space' | 'after' | 'beyond';

/** Where the user stands in their space period on a given day. */
export interface SpacePeriod {
  start: Day;
  lengthDays: number;
  /** The last day of the space period (inclusive). */
  end: Day;
  today: Day;
  /** 1 on the start day; 0 or less before it; more than lengthDays after it. */
  dayNumber: number;
  stage: SpaceStage;
}

export interface PromptOfDay {
  pack: { id: string; title: string };
  section: { id: string; title: string; stage: SectionStage };
  prompt: Prompt;
  space: SpacePeriod;
  /** Which candidate this is (0 is today's), and how many there are. */
  offset: number;
  candidates: number;
  answered: boolean;
}

export interface PackWithProgress extends Pack {
  answeredPromptIds: string[];
}

export interface DailyMood {
  day: Day;
  mean: number;
  count: number;
}

export interface MoodPoint {
  day: Day;
  /** Day number within the space period (1-based; may fall outside 1..lengthDays). */
  dayNumber: number;
  mean: number | null;
  rolling7: number | null;
  contact: boolean;
}

export interface MoodSummary {
  entryCount: number;
  meanDuringSpace: number | null;
  meanAfterSpace: number | null;
  /** Least-squares slope of daily means, in mood points per week. */
  trendPerWeek: number | null;
  bestDay: DailyMood | null;
  worstDay: DailyMood | null;
  /** Consecutive days with at least one entry, ending today (or yesterday). */
  streakDays: number;
  /** Every emotion named in the range, most frequent first (the UI shows the first few). */
  topEmotions: { emotion: Emotion; count: number }[];
}

export interface MoodTrends {
  range: (typeof TREND_RANGES)[number];
  from: Day;
  to: Day;
  space: SpacePeriod;
  points: MoodPoint[];
  summary: MoodSummary;
  contacts: Contact[];
  /** The days of today's year that have a mood, with their mean, for the year-in-pixels calendar. */
  yearPixels: DailyMood[];
}

export type LockReason = 'user' | 'idle' | 'suspend' | 'lock-screen' | 'system-locked';

export interface LockedEvent {
  reason: LockReason;
}

/** One entry of an imported file that was not imported, and why, in plain words. */
export interface ImportSkip {
  /** Which entry: its place in the file and its date when it has one, e.g. "entry 12 (2024-03-05)". */
  where: string;
  reason: string;
}

/** What an import did (or, in a dry run, would do). */
export interface ImportReport {
  format: ImportFormat;
  /** The source app's name, e.g. "Day One". */
  source: string;
  dryRun: boolean;
  /** Entries found in the file. */
  read: number;
  /** Entries added to the journal (in a dry run: that would be added). */
  added: number;
  /** Entries of this file already in the journal from an earlier import; never added twice. */
  alreadyImported: number;
  skipped: ImportSkip[];
  /** Anything else the user should know (custom moods, unknown time zones, several journals). */
  notes: string[];
  /** Daylio mood names that are not Daylio's five, with how many entries use each and the level given. */
  customMoods: { name: string; count: number; mood: Mood | null }[];
  firstDay: Day | null;
  lastDay: Day | null;
  /** One sentence, e.g. "312 entries from Day One, 2 skipped: …". */
  summary: string;
}

export interface ImportProgress {
  read: number;
  total: number;
}

// ----- Second pass (issue 14) result types -----

export interface TrashedEntry {
  entry: Entry;
  deletedAt: string;
  /** The day the entry leaves the trash for good, unless restored. */
  removedOn: Day;
}

export interface HardDateHeadsUp {
  hardDateId: string;
  label: string;
  /** The day it falls on next (today at the earliest). */
  day: Day;
  /** 0 on the day itself, up to 3. */
  daysAhead: number;
  /** A prompt for planning the day; an entry answering it names the pack `hard-dates`. */
  prompt: Prompt;
}

export type ThrowbackSpan = 'week' | 'month' | 'year';

export interface Throwback {
  span: ThrowbackSpan;
  day: Day;
  entries: Entry[];
}

export interface OnThisDay {
  today: Day;
  /** Only spans that have entries, in the order week, month, year. */
  throwbacks: Throwback[];
}

export interface WrittenToday {
  day: Day;
  /** Today's entries, the latest first; empty before the first one. */
  entries: Entry[];
  streakDays: number;
}

export interface ReminderStatus {
  settings: ReminderSettings;
  /** Whether this platform can keep the app in a tray when the window closes. */
  trayAvailable: boolean;
}

export interface CareCard {
  /** How many of the last `windowDays` days had an awful mood. */
  hardDays: number;
  windowDays: number;
}
