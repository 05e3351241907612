/**
 * A typed, in-memory stand-in for `window.interlude` in jsdom tests: a tiny journal that behaves
 * like the core (passphrase checks, entries, one draft, settings), with every call recorded and
 * any method replaceable per test.
 */
import type {
  ApiArg,
  ApiError,
  ApiMethod,
  ApiResults,
  BackupInfo,
  InterludeApi,
  LockedEvent,
  PromptOfDay,
} from '../../../../shared/api.ts';
import type { Draft, Entry, Settings } from '../../../../shared/domain.ts';
import { secondPassDefaults } from './fake-second-pass.ts';

export type FakeHandler<K extends ApiMethod> = (arg: ApiArg<K>) => ApiResults[K] | Promise<ApiResults[K]>;
export type FakeHandlers = { [K in ApiMethod]?: FakeHandler<K> };

/** Thrown by a fake handler to answer with an error Result. */
export class FakeFailure extends Error {
  readonly error: ApiError;

  constructor(code: ApiError['code'], message: string) {
    super(message);
    this.error = { code, message };
  }
}

export interface FakeState {
  exists: boolean;
  unlocked: boolean;
  passphrase: string;
  recoveryKey: string;
  entries: Entry[];
  draft: Draft | null;
  settings: Settings;
  backups: BackupInfo[];
  today: string;
}

export interface FakeInterlude {
  state: FakeState;
  calls: { method: ApiMethod; arg: unknown }[];
  /** Calls of one method, in order. */
  callsOf(method: ApiMethod): unknown[];
  /** Tells listeners the vault locked, as the core does on idle or system lock. */
  emitLocked(event?: LockedEvent): void;
  /** Asks the app to save and lock, as the shell does for the menu's Lock or closing the window. */
  requestLock(): void;
}

export const FAKE_RECOVERY_KEY = 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ23-4567-89AB';
export const FAKE_TODAY = '2026-03-10';

function promptOfDay(state: FakeState, offset: number): PromptOfDay {
  const prompts = [
    { id: 'space-1', text: 'What do you miss, and what do you not miss at all?' },
    { id: 'space-2', text: 'Where did you feel calm today?' },
    { id: 'space-3', text: 'What would you tell a friend in your place?' },
  ];
  const prompt = prompts[offset % prompts.length]!;
  return {
    pack: { id: 'built-in', title: 'Getting through a breakup' },
    section: { id: 'space', title: 'Take some space', stage: 'space' },
    prompt,
    space: {
      start: state.settings.spaceStart,
      lengthDays: state.settings.spaceLengthDays,
      end: '2026-03-28',
      today: state.today,
      dayNumber: 12,
      stage: 'space',
    },
    offset: offset % prompts.length,
    candidates: prompts.length,
    answered: false,
  };
}

function requireUnlocked(state: FakeState) {
  if (!state.unlocked) throw new FakeFailure('LOCKED', 'Your journal is locked. Unlock it to go on.');
}

/** Installs the fake as `window.interlude` and returns it with its state. */
export function installFakeInterlude(
  overrides: FakeHandlers = {},
  initial: Partial<FakeState> = {},
): FakeInterlude {
  const listeners = new Set<(event: LockedEvent) => void>();
  const state: FakeState = {
    exists: true,
    unlocked: false,
    passphrase: 'correct horse battery staple',
    recoveryKey: FAKE_RECOVERY_KEY,
    entries: [],
    draft: null,
    settings: {
      spaceStart: '2026-02-27',
      spaceLengthDays: 30,
      autoLockMinutes: 5,
      theme: 'system',
      pdfPageSize: 'A4',
    },
    backups: [],
    today: FAKE_TODAY,
    ...initial,
  };
  let entryCounter = 0;
  const stamp = () => new Date('2026-03-10T09:00:00.000Z').toISOString();

  const defaults: Required<FakeHandlers> = {
    vaultStatus: () => ({
      exists: state.exists,
      unlocked: state.unlocked,
      path: '/home/someone/.config/Interlude/journal.interlude',
      appVersion: '0.1.0',
    }),
    createVault: ({ passphrase }) => {
      if (state.exists) throw new FakeFailure('VAULT_EXISTS', 'There is already a journal here.');
      state.exists = true;
      state.unlocked = true;
      state.passphrase = passphrase;
      return { recoveryKey: state.recoveryKey };
    },
    unlock: ({ passphrase }) => {
      if (passphrase !== state.passphrase) {
        throw new FakeFailure('WRONG_PASSPHRASE', 'That passphrase did not open your journal. Try again.');
      }
      state.unlocked = true;
      return null;
    },
    unlockWithRecoveryKey: ({ recoveryKey, newPassphrase }) => {
      if (recoveryKey.replace(/[\s-]/g, '') !== state.recoveryKey.replace(/-/g, '')) {
        throw new FakeFailure('WRONG_RECOVERY_KEY', 'That recovery key did not open your journal.');
      }
      state.unlocked = true;
      state.passphrase = newPassphrase;
      state.recoveryKey = 'NEWK-EYNE-WKEY-NEWK-EYNE-WKEY-NEWK-EY22';
      return { recoveryKey: state.recoveryKey };
    },
    changePassphrase: ({ current, next }) => {
      requireUnlocked(state);
      if (current !== state.passphrase) {
        throw new FakeFailure('WRONG_PASSPHRASE', 'Your current passphrase is not right. Try again.');
      }
      state.passphrase = next;
      return null;
    },
    newRecoveryKey: ({ passphrase }) => {
      requireUnlocked(state);
      if (passphrase !== state.passphrase) {
        throw new FakeFailure('WRONG_PASSPHRASE', 'Your passphrase is not right. Try again.');
      }
      state.recoveryKey = 'FRES-HKEY-FRES-HKEY-FRES-HKEY-FRES-HK22';
      return { recoveryKey: state.recoveryKey };
    },
    lock: () => {
      if (state.unlocked) {
        state.unlocked = false;
        for (const listener of listeners) listener({ reason: 'user' });
      }
      return null;
    },
    listBackups: () => state.backups,
    restoreBackup: ({ id }) => {
      if (!state.backups.some((backup) => backup.id === id)) {
        throw new FakeFailure('NOT_FOUND', 'That backup is no longer there.');
      }
      state.unlocked = false;
      return null;
    },
    listEntries: () => {
      requireUnlocked(state);
      return state.entries;
    },
    getEntry: ({ id }) => {
      requireUnlocked(state);
      const entry = state.entries.find((candidate) => candidate.id === id);
      if (!entry) throw new FakeFailure('NOT_FOUND', 'That entry is no longer in your journal.');
      return entry;
    },
    createEntry: (input) => {
      requireUnlocked(state);
      entryCounter += 1;
      const entry: Entry = {
        id: `entry-${entryCounter}`,
        createdAt: stamp(),
        updatedAt: stamp(),
        day: input.day,
        body: input.body,
        mood: input.mood ?? null,
        emotions: input.emotions ?? [],
        tags: input.tags ?? [],
        section: input.section ?? null,
        prompt: input.prompt ?? null,
      };
      state.entries.push(entry);
      return entry;
    },
    updateEntry: ({ id, changes }) => {
      requireUnlocked(state);
      const index = state.entries.findIndex((candidate) => candidate.id === id);
      const existing = state.entries[index];
      if (!existing) throw new FakeFailure('NOT_FOUND', 'That entry is no longer in your journal.');
      const updated = { ...existing, ...changes, updatedAt: stamp() } as Entry;
      state.entries[index] = updated;
      return updated;
    },
    deleteEntry: ({ id }) => {
      requireUnlocked(state);
      state.entries = state.entries.filter((entry) => entry.id !== id);
      return null;
    },
    searchEntries: () => [],
    getDraft: () => {
      requireUnlocked(state);
      return state.draft;
    },
    saveDraft: (input) => {
      requireUnlocked(state);
      state.draft = { ...input, savedAt: stamp() };
      return state.draft;
    },
    discardDraft: () => {
      requireUnlocked(state);
      state.draft = null;
      return null;
    },
    getSettings: () => {
      requireUnlocked(state);
      return state.settings;
    },
    updateSettings: (patch) => {
      requireUnlocked(state);
      state.settings = { ...state.settings, ...patch };
      return state.settings;
    },
    todayPrompt: (arg) => {
      requireUnlocked(state);
      return promptOfDay(state, arg?.offset ?? 0);
    },
    listPacks: () => [],
    importArticle: () => {
      throw new FakeFailure('INTERNAL', 'Not in this fake.');
    },
    removePack: () => null,
    moodTrends: () => {
      throw new FakeFailure('INTERNAL', 'Not in this fake.');
    },
    listContacts: () => [],
    logContact: () => [],
    removeContact: () => [],
    exportJournal: () => ({ path: '/tmp/export' }),
    reportActivity: () => null,
    ...secondPassDefaults(state),
  };

  const calls: FakeInterlude['calls'] = [];
  const api = {} as Record<string, unknown>;
  for (const method of Object.keys(defaults) as ApiMethod[]) {
    const handler = (overrides[method] ?? defaults[method]) as (arg: unknown) => unknown;
    api[method] = async (arg: unknown) => {
      calls.push({ method, arg });
      try {
        return { ok: true, value: await handler(arg) };
      } catch (error) {
        if (error instanceof FakeFailure) return { ok: false, error: error.error };
        throw error;
      }
    };
  }
  api.onLocked = (listener: (event: LockedEvent) => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const lockRequestListeners = new Set<() => void>();
  api.onLockRequested = (listener: () => void) => {
    lockRequestListeners.add(listener);
    return () => lockRequestListeners.delete(listener);
  };
  Object.defineProperty(window, 'interlude', { value: api as InterludeApi, configurable: true });

  return {
    requestLock: () => {
      for (const listener of lockRequestListeners) listener();
    },
    state,
    calls,
    callsOf: (method) => calls.filter((call) => call.method === method).map((call) => call.arg),
    emitLocked: (event = { reason: 'idle' }) => {
      state.unlocked = false;
      for (const listener of listeners) listener(event);
    },
  };
}
