/**
 * A fake `window.interlude` for jsdom tests: each method answers from a handler the test gives,
 * wrapped in a Result as the real transports do; a method without a handler fails plainly.
 */
import type {
  ApiArg,
  ApiMethod,
  ApiResults,
  ImportProgress,
  InterludeApi,
  LockedEvent,
  MatchRange,
  SearchHit,
} from '../../../../shared/api.ts';
import { API_METHODS } from '../../../../shared/api.ts';
import type { Entry } from '../../../../shared/domain.ts';
import type { ErrorCode } from '../../../../shared/errors.ts';

export type FakeHandlers = {
  [K in ApiMethod]?: (arg: ApiArg<K>) => ApiResults[K] | Promise<ApiResults[K]>;
};

/** Thrown by a fake handler to answer with an ApiError. */
export class FakeFailure extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

export interface FakeInterlude {
  /** Every call made, in order, with its argument. */
  calls: { method: ApiMethod; arg: unknown }[];
  callsTo(method: ApiMethod): unknown[];
  emitLocked(event: LockedEvent): void;
  emitImportProgress(progress: ImportProgress): void;
}

/** Installs the fake as `window.interlude` and returns what the test inspects. */
export function installFakeInterlude(handlers: FakeHandlers): FakeInterlude {
  const calls: { method: ApiMethod; arg: unknown }[] = [];
  const listeners = new Set<(event: LockedEvent) => void>();
  const api: Record<string, unknown> = {};
  for (const method of API_METHODS) {
    api[method] = async (arg: unknown) => {
      calls.push({ method, arg });
      const handler = handlers[method] as ((arg: unknown) => unknown) | undefined;
      if (!handler) {
        return { ok: false, error: { code: 'INTERNAL', message: `The fake has no ${method}.` } };
      }
      try {
        return { ok: true, value: structuredClone(await handler(arg)) };
      } catch (error) {
        if (error instanceof FakeFailure)
          return { ok: false, error: { code: error.code, message: error.message } };
        throw error;
      }
    };
  }
  api.onLocked = (listener: (event: LockedEvent) => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  api.onLockRequested = () => () => undefined;
  const progressListeners = new Set<(progress: ImportProgress) => void>();
  api.onImportProgress = (listener: (progress: ImportProgress) => void) => {
    progressListeners.add(listener);
    return () => progressListeners.delete(listener);
  };
  Object.defineProperty(window, 'interlude', { value: api as InterludeApi, configurable: true });
  return {
    calls,
    callsTo: (method) => calls.filter((call) => call.method === method).map((call) => call.arg),
    emitLocked: (event) => {
      for (const listener of listeners) listener(event);
    },
    emitImportProgress: (progress) => {
      for (const listener of progressListeners) listener(progress);
    },
  };
}

/** Handlers over an in-memory list of entries: list (with filters), get, search, delete, update. */
export function memoryJournal(initial: Entry[]): FakeHandlers & { entries: () => Entry[] } {
  let entries = [...initial];
  const find = (id: string) => {
    const entry = entries.find((candidate) => candidate.id === id);
    if (!entry) throw new FakeFailure('NOT_FOUND', 'That entry is no longer in your journal.');
    return entry;
  };
  return {
    entries: () => entries,
    listEntries: (filter) =>
      entries.filter(
        (entry) =>
          (!filter?.from || entry.day >= filter.from) &&
          (!filter?.to || entry.day <= filter.to) &&
          (!filter?.section || entry.section === filter.section) &&
          (!filter?.mood || entry.mood === filter.mood) &&
          (!filter?.tag || entry.tags.includes(filter.tag)),
      ),
    getEntry: ({ id }) => find(id),
    deleteEntry: ({ id }) => {
      find(id);
      entries = entries.filter((entry) => entry.id !== id);
      return null;
    },
    searchEntries: ({ query }) => {
      const needle = query.trim().toLowerCase();
      if (!needle) return [];
      const hits: SearchHit[] = [];
      for (const entry of entries) {
        const matches: MatchRange[] = [];
        const body = entry.body.toLowerCase();
        for (let at = body.indexOf(needle); at !== -1; at = body.indexOf(needle, at + needle.length)) {
          matches.push({ field: 'body', start: at, end: at + needle.length });
        }
        entry.tags.forEach((tag, index) => {
          const at = tag.toLowerCase().indexOf(needle);
          if (at !== -1) matches.push({ field: 'tags', index, start: at, end: at + needle.length });
        });
        if (matches.length) hits.push({ entry, score: matches.length, matches });
      }
      return hits;
    },
  };
}
