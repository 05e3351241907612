/**
 * Which Chromium-family browser the fallback host opens: INTERLUDE_BROWSER when set, else the
 * first of Chromium, Google Chrome, Microsoft Edge and Brave found in the usual install places.
 * Pure: the caller says which paths are executable, so every platform's search is testable here.
 */
import path from 'node:path';

export interface FoundBrowser {
  /** The name shown to the user: "Chromium", "Google Chrome", … or the file name of INTERLUDE_BROWSER. */
  name: string;
  executablePath: string;
}

export type BrowserChoice =
  | { ok: true; browser: FoundBrowser; chosenBy: 'INTERLUDE_BROWSER' | 'search' }
  | { ok: false; reason: 'chosen-browser-missing'; chosenPath: string }
  | { ok: false; reason: 'none-found' };

export interface BrowserSearchContext {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  homeDir: string;
  /** True when the path is a file this user may run. */
  isExecutable(filePath: string): boolean;
}

export const BROWSER_NAMES = ['Chromium', 'Google Chrome', 'Microsoft Edge', 'Brave'] as const;
type BrowserName = (typeof BROWSER_NAMES)[number];

const LINUX_PATHS: Record<BrowserName, string[]> = {
  // Debian's package installs /usr/bin/chromium; Ubuntu's /usr/bin/chromium-browser, or the snap.
  Chromium: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'],
  'Google Chrome': ['/usr/bin/google-chrome-stable', '/usr/bin/google-chrome', '/opt/google/chrome/chrome'],
  'Microsoft Edge': [
    '/usr/bin/microsoft-edge-stable',
    '/usr/bin/microsoft-edge',
    '/opt/microsoft/msedge/msedge',
  ],
  Brave: ['/usr/bin/brave-browser', '/opt/brave.com/brave/brave-browser', '/snap/bin/brave'],
};

const MAC_APPS: Record<BrowserName, string> = {
  Chromium: 'Chromium.app/Contents/MacOS/Chromium',
  'Google Chrome': 'Google Chrome.app/Contents/MacOS/Google Chrome',
  'Microsoft Edge': 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  Brave: 'Brave Browser.app/Contents/MacOS/Brave Browser',
};

const WINDOWS_EXES: Record<BrowserName, string> = {
  Chromium: 'Chromium\\Application\\chrome.exe',
  'Google Chrome': 'Google\\Chrome\\Application\\chrome.exe',
  'Microsoft Edge': 'Microsoft\\Edge\\Application\\msedge.exe',
  Brave: 'BraveSoftware\\Brave-Browser\\Application\\brave.exe',
};

/** Every place looked at, in search order: all of Chromium's places before Chrome's, and so on. */
export function browserCandidates(context: Omit<BrowserSearchContext, 'isExecutable'>): FoundBrowser[] {
  const { platform, env, homeDir } = context;
  return BROWSER_NAMES.flatMap((name) => {
    let paths: string[];
    if (platform === 'darwin') {
      paths = ['/Applications', path.posix.join(homeDir, 'Applications')].map((folder) =>
        path.posix.join(folder, MAC_APPS[name]),
      );
    } else if (platform === 'win32') {
      const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter(
        (root): root is string => Boolean(root),
      );
      paths = roots.map((root) => path.win32.join(root, WINDOWS_EXES[name]));
    } else {
      paths = LINUX_PATHS[name];
    }
    return paths.map((executablePath) => ({ name, executablePath }));
  });
}

/** The browser to open, or why there is none. INTERLUDE_BROWSER, when set, is never second-guessed. */
export function chooseBrowser(context: BrowserSearchContext): BrowserChoice {
  const chosen = context.env.INTERLUDE_BROWSER?.trim();
  if (chosen) {
    const isAbsolute = context.platform === 'win32' ? path.win32.isAbsolute : path.posix.isAbsolute;
    if (!isAbsolute(chosen) || !context.isExecutable(chosen)) {
      return { ok: false, reason: 'chosen-browser-missing', chosenPath: chosen };
    }
    const base = context.platform === 'win32' ? path.win32.basename : path.posix.basename;
    return {
      ok: true,
      browser: { name: base(chosen), executablePath: chosen },
      chosenBy: 'INTERLUDE_BROWSER',
    };
  }
  const found = browserCandidates(context).find((candidate) =>
    context.isExecutable(candidate.executablePath),
  );
  return found ? { ok: true, browser: found, chosenBy: 'search' } : { ok: false, reason: 'none-found' };
}
