/**
 * The environment variables the e2e suite uses to drive the real app (answer the save dialog
 * with a folder, shorten auto-lock). A packaged app ignores every one of them: in a user's hands
 * they would write exports with no dialog or stretch auto-lock. INTERLUDE_VAULT is not a test
 * hook but a documented option (where the journal lives), so it is honoured everywhere.
 */

export interface TestHooks {
  /** Where exports go instead of asking (e2e), or undefined: ask with the save dialog. */
  exportDir: string | undefined;
  /** The auto-lock delay in milliseconds (e2e), or undefined: the user's setting. */
  idleLockMs: number | undefined;
}

const NO_HOOKS: TestHooks = { exportDir: undefined, idleLockMs: undefined };

/** The test hooks in effect: none when packaged, else those the environment sets sensibly. */
export function testHooksFrom(
  env: Readonly<Record<string, string | undefined>>,
  isPackaged: boolean,
): TestHooks {
  if (isPackaged) return NO_HOOKS;
  const idle = Number(env.INTERLUDE_IDLE_LOCK_MS);
  return {
    exportDir: env.INTERLUDE_E2E_EXPORT_DIR || undefined,
    idleLockMs: Number.isFinite(idle) && idle > 0 ? idle : undefined,
  };
}

/** The journal's path: INTERLUDE_VAULT when set (packaged or not), else the default. */
export function vaultPathFrom(
  env: Readonly<Record<string, string | undefined>>,
  defaultPath: string,
): string {
  return env.INTERLUDE_VAULT || defaultPath;
}
