/**
 * What a renderer test may do to the core behind `window.interlude` beyond the contract itself.
 * The core is the real one (main/core/testing/in-process-core.ts): a journal in a temporary
 * folder with cheap key derivation, so screens are tested against the behaviour they will meet.
 * Types only, so both sides can import this file.
 */
import type { ApiArg, ApiMethod, ApiResults, ImportProgress, LockedEvent, Result } from '../api.ts';
import type { DraftInput, EntryInput, SettingsPatch } from '../domain.ts';

/** An entry to write before the test starts; `at` is when it was written (the clock is set to it). */
export type SeedEntry = EntryInput & { at?: string };

export interface SeedOptions {
  entries?: SeedEntry[];
  settings?: SettingsPatch;
  draft?: DraftInput;
  /** Leave the journal unlocked (the default) or lock it, as after a restart. */
  unlocked?: boolean;
}

/** Answers one method instead of the core; `real` is the core's own answer, to wrap or delay. */
export type Interceptor<K extends ApiMethod> = (
  arg: ApiArg<K>,
  real: () => Promise<Result<ApiResults[K]>>,
) => Promise<Result<ApiResults[K]>>;

export interface TestCoreControls {
  /** The passphrase `seed` creates the journal with. */
  readonly passphrase: string;
  /** The day the core's clock stands on (YYYY-MM-DD, local time). */
  readonly today: string;
  /** Creates the journal with these contents; returns the recovery key it printed. */
  seed(options?: SeedOptions): Promise<{ recoveryKey: string }>;
  /** Every call the renderer made, in order, with its argument as sent. */
  readonly calls: readonly { method: ApiMethod; arg: unknown }[];
  callsOf(method: ApiMethod): unknown[];
  /** Answers `method` through `interceptor` for the rest of the test. */
  intercept<K extends ApiMethod>(method: K, interceptor: Interceptor<K>): void;
  /** Where the next export is saved; null answers as if the user cancelled the save dialog. */
  setExportPath(path: string | null): void;
  /** Locks the core as idle or a system lock would (the renderer hears the event). */
  lockFromCore(reason?: LockedEvent['reason']): Promise<void>;
  /** Asks the renderer to save and lock, as the shell does for the menu's Lock. */
  requestLock(): void;
  /** Tells the renderer the journal changed behind its back, as a sync merge will. */
  emitJournalChanged(): void;
  /** Reports an import's progress to the renderer, as the core does while it reads a long file. */
  emitImportProgress(progress: ImportProgress): void;
  /** Calls the core directly (not recorded), to look at what the renderer did. */
  core<K extends ApiMethod>(method: K, arg?: ApiArg<K>): Promise<ApiResults[K]>;
}
