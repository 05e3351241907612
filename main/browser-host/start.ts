/**
 * `npm start -- --browser`, and `npm start` when Electron's runtime cannot be had: opens Interlude
 * in a Chromium-family browser found on this machine. Run by scripts/start.js after the build.
 * Arguments: `--electron-unavailable` when Electron could not be fetched (changes only the words).
 */
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultVaultPath } from '../paths.ts';
import { startBrowserHost } from './browser-host.ts';
import { chooseBrowser } from './find-browser.ts';
import { exportFolder, profileParentDir } from './private-folders.ts';
import { type BrowserHostReason, noBrowserMessage, openingMessage } from './start-messages.ts';

const projectRoot = path.resolve(import.meta.dirname, '..', '..');

function isExecutable(filePath: string): boolean {
  try {
    accessSync(filePath, constants.X_OK);
    return statSync(filePath).isFile();
  } catch {
    return false;
  }
}

async function main(): Promise<number> {
  const reason: BrowserHostReason = process.argv.includes('--electron-unavailable')
    ? 'electron-unavailable'
    : 'asked';
  const choice = chooseBrowser({
    platform: process.platform,
    env: process.env,
    homeDir: os.homedir(),
    isExecutable,
  });
  if (!choice.ok) {
    console.error(noBrowserMessage(choice, reason));
    return 1;
  }
  const rendererRoot = path.join(projectRoot, 'out', 'renderer');
  if (!existsSync(path.join(rendererRoot, 'index.html'))) {
    console.error('Interlude is not built yet. Run `npm start` (it builds first) or `npm run build`.');
    return 1;
  }
  console.log(openingMessage(choice.browser, reason));

  const idleOverride = Number(process.env.INTERLUDE_IDLE_LOCK_MS);
  const { version } = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  let host: Awaited<ReturnType<typeof startBrowserHost>>;
  try {
    host = await startBrowserHost({
      browser: choice.browser,
      rendererRoot,
      // The same default as the Electron app and the CLI, so all three open the same journal.
      vaultPath: process.env.INTERLUDE_VAULT ?? defaultVaultPath(),
      appVersion: version,
      idleLockMsOverride: Number.isFinite(idleOverride) && idleOverride > 0 ? idleOverride : undefined,
      exportDir: exportFolder(process.env, os.homedir()),
      profileParentDir: profileParentDir(process.env, os.tmpdir()),
      runningAsRoot: process.getuid?.() === 0,
      tell: (line) => console.log(line),
    });
  } catch (error) {
    console.error(
      `Interlude could not open its window. ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
  // Ctrl+C in the terminal, logging out, or a kill: save the draft, lock, and leave nothing behind.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => void host.close());
  }
  await host.closed;
  return 0;
}

process.exitCode = await main();
