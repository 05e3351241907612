/**
 * How the fallback host launches the browser: one app-style window, a private profile, no
 * extensions, and nothing for the browser itself to reach. Pure, so the flags are unit-tested.
 */

/** The blank app window Chromium opens first; the app loads into it once its request guard is in place. */
export const BLANK_APP_URL = 'data:text/html,';

export interface AppWindowLaunch {
  executablePath: string;
  /** Inside the private profile: a download (the recovery key as a text file) lands here first. */
  downloadsPath: string;
  /** True when this process runs as root, where Chromium refuses to start with its sandbox on. */
  runningAsRoot: boolean;
}

/** The options for Playwright's `chromium.launchPersistentContext(profileDir, …)`. */
export function appWindowLaunchOptions({ executablePath, downloadsPath, runningAsRoot }: AppWindowLaunch) {
  return {
    executablePath,
    headless: false,
    // Playwright turns the sandbox off unless asked; the app window keeps it wherever Chromium allows.
    chromiumSandbox: !runningAsRoot,
    // Without this Chromium shows "controlled by automated test software" over the journal.
    ignoreDefaultArgs: ['--enable-automation'],
    args: [
      // An app-style window: no tabs, no address bar, no bookmarks; its title is the page's, "Interlude".
      `--app=${BLANK_APP_URL}`,
      '--class=Interlude',
      '--window-size=1100,760',
      // Playwright already passes --disable-extensions and --disable-background-networking; these
      // cover the rest of what a browser does on its own.
      '--disable-extensions',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      '--no-default-browser-check',
      '--no-pings',
    ],
    // The window's own size, not an emulated viewport.
    noDefaultViewport: true,
    serviceWorkers: 'block' as const,
    // The host answers these itself: save the draft, lock, then close the browser and remove the
    // profile. Playwright's own handlers would kill the browser and leave the profile behind.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    // Taken in by the host and moved to the exports folder (see save-downloads.ts).
    acceptDownloads: true,
    downloadsPath,
    bypassCSP: false,
  };
}
