import { describe, expect, it } from 'vitest';
import { type BrowserSearchContext, chooseBrowser } from './find-browser.ts';

function onLinux(installed: string[], env: Record<string, string> = {}): BrowserSearchContext {
  return { platform: 'linux', env, homeDir: '/home/sam', isExecutable: (file) => installed.includes(file) };
}

describe('which browser the fallback opens', () => {
  it('prefers Chromium (Debian and Ubuntu) over Chrome, Edge and Brave', () => {
    const choice = chooseBrowser(
      onLinux([
        '/usr/bin/brave-browser',
        '/usr/bin/microsoft-edge',
        '/usr/bin/google-chrome',
        '/usr/bin/chromium',
      ]),
    );
    expect(choice).toEqual({
      ok: true,
      browser: { name: 'Chromium', executablePath: '/usr/bin/chromium' },
      chosenBy: 'search',
    });
  });

  it('finds Ubuntu’s chromium-browser, then Chrome, Edge and Brave in that order', () => {
    expect(
      chooseBrowser(onLinux(['/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable'])),
    ).toMatchObject({
      browser: { name: 'Chromium', executablePath: '/usr/bin/chromium-browser' },
    });
    expect(chooseBrowser(onLinux(['/usr/bin/brave-browser', '/usr/bin/google-chrome-stable']))).toMatchObject(
      {
        browser: { name: 'Google Chrome' },
      },
    );
    expect(chooseBrowser(onLinux(['/usr/bin/brave-browser', '/opt/microsoft/msedge/msedge']))).toMatchObject({
      browser: { name: 'Microsoft Edge' },
    });
    expect(chooseBrowser(onLinux(['/usr/bin/brave-browser']))).toMatchObject({ browser: { name: 'Brave' } });
  });

  it('says so when there is none', () => {
    expect(chooseBrowser(onLinux([]))).toEqual({ ok: false, reason: 'none-found' });
  });

  it('takes INTERLUDE_BROWSER as given, before any installed browser', () => {
    const choice = chooseBrowser(
      onLinux(['/usr/bin/chromium', '/opt/thorium/thorium'], { INTERLUDE_BROWSER: '/opt/thorium/thorium' }),
    );
    expect(choice).toEqual({
      ok: true,
      browser: { name: 'thorium', executablePath: '/opt/thorium/thorium' },
      chosenBy: 'INTERLUDE_BROWSER',
    });
  });

  it('refuses an INTERLUDE_BROWSER that cannot be run, or is not a full path, rather than opening another', () => {
    for (const chosen of ['/opt/nothing/here', 'chromium']) {
      const choice = chooseBrowser(onLinux(['/usr/bin/chromium', 'chromium'], { INTERLUDE_BROWSER: chosen }));
      expect(choice).toEqual({ ok: false, reason: 'chosen-browser-missing', chosenPath: chosen });
    }
  });

  it('looks in the Applications folders on macOS', () => {
    const choice = chooseBrowser({
      platform: 'darwin',
      env: {},
      homeDir: '/Users/sam',
      isExecutable: (file) =>
        file === '/Users/sam/Applications/Brave Browser.app/Contents/MacOS/Brave Browser',
    });
    expect(choice).toMatchObject({ ok: true, browser: { name: 'Brave' } });
  });

  it('looks under Program Files and the user’s AppData on Windows', () => {
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    const choice = chooseBrowser({
      platform: 'win32',
      env: {
        LOCALAPPDATA: 'C:\\Users\\sam\\AppData\\Local',
        PROGRAMFILES: 'C:\\Program Files',
        'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
      },
      homeDir: 'C:\\Users\\sam',
      isExecutable: (file) => file === edge,
    });
    expect(choice).toEqual({
      ok: true,
      browser: { name: 'Microsoft Edge', executablePath: edge },
      chosenBy: 'search',
    });
  });
});
