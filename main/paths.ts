/**
 * Where Interlude keeps its files: the same per-user folder Electron's app.getPath('userData')
 * gives an app named "Interlude", so the app and the CLI find the same journal.
 */
import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Interlude';
export const VAULT_FILE_NAME = 'journal.interlude';

export interface PlatformContext {
  platform?: NodeJS.Platform;
  env?: Readonly<Record<string, string | undefined>>;
  homeDir?: string;
}

/**
 * The app's data folder: ~/.config/Interlude on Linux (or $XDG_CONFIG_HOME/Interlude),
 * ~/Library/Application Support/Interlude on macOS, %APPDATA%\Interlude on Windows.
 */
export function defaultDataDir(context: PlatformContext = {}): string {
  const platform = context.platform ?? process.platform;
  const env = context.env ?? process.env;
  const home = context.homeDir ?? os.homedir();
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA || path.win32.join(home, 'AppData', 'Roaming'), APP_NAME);
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_NAME);
  const configHome =
    env.XDG_CONFIG_HOME && path.posix.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : null;
  return path.posix.join(configHome ?? path.posix.join(home, '.config'), APP_NAME);
}

/** The journal file in the app's data folder. */
export function defaultVaultPath(context: PlatformContext = {}): string {
  const platform = context.platform ?? process.platform;
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  return join(defaultDataDir(context), VAULT_FILE_NAME);
}

/** The folder that holds a vault's backups: `backups/` beside the vault file. */
export function backupDirFor(vaultPath: string): string {
  return path.join(path.dirname(vaultPath), 'backups');
}
