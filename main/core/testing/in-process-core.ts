/**
 * The renderer tests' `window.interlude`: the real core, in the test's own process, on a journal
 * in a temporary folder with cheap key derivation. Every call crosses as a structured clone, as
 * over IPC, through the same `dispatch` the shell uses. There is one such implementation, so a
 * change to the contract is made once and the screens meet the core's real behaviour (its
 * ordering, its validation, its errors).
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  API_METHODS,
  type ApiArg,
  type ApiMethod,
  type ApiResults,
  type ImportProgress,
  type InterludeApi,
  type LockedEvent,
  type Result,
} from '../../../shared/api.ts';
import { dayOf } from '../../../shared/dates.ts';
import type {
  Interceptor,
  SeedOptions,
  TestCoreControls,
} from '../../../shared/testing/test-core-controls.ts';
import { TEST_SCRYPT_PARAMS } from '../../vault/test-kdf.ts';
import { createCore } from '../create-core.ts';
import { dispatch } from '../dispatch.ts';

/** The tests' clock starts here: a Tuesday morning, ten days into a 30-day space period. */
export const TEST_START = new Date(2026, 2, 10, 9, 0);
const PASSPHRASE = 'correct horse battery staple';

export interface InProcessCore {
  api: InterludeApi;
  controls: TestCoreControls;
  /** Locks the core and removes its folder. */
  dispose(): Promise<void>;
}

export async function createInProcessCore(): Promise<InProcessCore> {
  const dir = await mkdtemp(path.join(tmpdir(), 'interlude-renderer-'));
  let clock = new Date(TEST_START);
  let exportPath: string | null = path.join(dir, 'export');
  const lockedListeners = new Set<(event: LockedEvent) => void>();
  const lockRequestListeners = new Set<() => void>();
  const changedListeners = new Set<() => void>();
  const progressListeners = new Set<(progress: ImportProgress) => void>();
  const core = createCore({
    vaultPath: path.join(dir, 'journal.interlude'),
    deviceDataDir: path.join(dir, 'device'),
    appVersion: 'test',
    now: () => clock,
    kdfParams: TEST_SCRYPT_PARAMS,
    platform: {
      chooseExportPath: async (suggestedName) => {
        if (exportPath === null) return null;
        // A save dialog only offers folders that exist.
        await mkdir(exportPath, { recursive: true });
        return path.join(exportPath, suggestedName);
      },
      // No browser engine here: the PDF is the HTML's bytes, which is enough to see it was written.
      printPdf: async (html) => Buffer.from(html),
      notifyLocked: (event) => {
        for (const listener of lockedListeners) listener(structuredClone(event));
      },
      notifyJournalChanged: () => {
        for (const listener of changedListeners) listener();
      },
      notifyImportProgress: (progress) => {
        for (const listener of progressListeners) listener(structuredClone(progress));
      },
    },
  });
  const calls: { method: ApiMethod; arg: unknown }[] = [];
  const interceptors = new Map<ApiMethod, Interceptor<ApiMethod>>();

  async function direct<K extends ApiMethod>(method: K, arg?: ApiArg<K>): Promise<ApiResults[K]> {
    const result = await dispatch(core.handlers, method, arg);
    if (!result.ok) throw new Error(`${method} failed in the test core: ${result.error.message}`);
    return result.value;
  }

  const api: Record<string, unknown> = {};
  for (const method of API_METHODS) {
    api[method] = async (rawArg?: unknown) => {
      const arg = structuredClone(rawArg);
      calls.push({ method, arg });
      const real = () => dispatch(core.handlers, method, structuredClone(arg)) as Promise<Result<unknown>>;
      const interceptor = interceptors.get(method) as Interceptor<ApiMethod> | undefined;
      const result = interceptor ? await interceptor(arg as never, real as never) : await real();
      return structuredClone(result);
    };
  }
  api.onLocked = (listener: (event: LockedEvent) => void) => {
    lockedListeners.add(listener);
    return () => lockedListeners.delete(listener);
  };
  api.onLockRequested = (listener: () => void) => {
    lockRequestListeners.add(listener);
    return () => lockRequestListeners.delete(listener);
  };
  api.onJournalChanged = (listener: () => void) => {
    changedListeners.add(listener);
    return () => changedListeners.delete(listener);
  };
  api.onImportProgress = (listener: (progress: ImportProgress) => void) => {
    progressListeners.add(listener);
    return () => progressListeners.delete(listener);
  };

  const controls: TestCoreControls = {
    passphrase: PASSPHRASE,
    get today() {
      return dayOf(clock);
    },
    async seed(options: SeedOptions = {}) {
      const { recoveryKey } = await direct('createVault', { passphrase: PASSPHRASE });
      if (options.settings) await direct('updateSettings', options.settings);
      const start = clock;
      for (const { at, ...entry } of options.entries ?? []) {
        if (at) clock = new Date(at);
        await direct('createEntry', entry);
      }
      clock = start;
      if (options.draft) await direct('saveDraft', options.draft);
      if (options.unlocked === false) await core.lock('user');
      return { recoveryKey };
    },
    calls,
    callsOf: (method) => calls.filter((call) => call.method === method).map((call) => call.arg),
    intercept(method, interceptor) {
      interceptors.set(method, interceptor as unknown as Interceptor<ApiMethod>);
    },
    setExportPath(next) {
      exportPath = next;
    },
    lockFromCore: (reason = 'idle') => core.lock(reason),
    requestLock() {
      for (const listener of lockRequestListeners) listener();
    },
    emitJournalChanged() {
      for (const listener of changedListeners) listener();
    },
    emitImportProgress(progress) {
      for (const listener of progressListeners) listener(structuredClone(progress));
    },
    core: direct,
  };

  return {
    api: api as InterludeApi,
    controls,
    async dispose() {
      await core.lock('user');
      await rm(dir, { recursive: true, force: true });
    },
  };
}
