import { describe, expect, it } from 'vitest';
import { appWindowLaunchOptions, BLANK_APP_URL } from './launch-options.ts';

const base = {
  executablePath: '/usr/bin/chromium',
  downloadsPath: '/run/user/1000/interlude-browser-x/downloads',
};

describe('how the fallback launches the browser', () => {
  it('opens one app-style window, headed, on the chosen executable, without the automation banner', () => {
    const options = appWindowLaunchOptions({ ...base, runningAsRoot: false });
    expect(options.executablePath).toBe('/usr/bin/chromium');
    expect(options.headless).toBe(false);
    expect(options.args).toContain(`--app=${BLANK_APP_URL}`);
    expect(options.ignoreDefaultArgs).toEqual(['--enable-automation']);
  });

  it('keeps the browser’s sandbox on, except as root where Chromium cannot start with it', () => {
    expect(appWindowLaunchOptions({ ...base, runningAsRoot: false }).chromiumSandbox).toBe(true);
    expect(appWindowLaunchOptions({ ...base, runningAsRoot: true }).chromiumSandbox).toBe(false);
    expect(appWindowLaunchOptions({ ...base, runningAsRoot: false }).args).not.toContain('--no-sandbox');
  });

  it('turns off extensions, sync, updates and the other things a browser fetches on its own', () => {
    const { args } = appWindowLaunchOptions({ ...base, runningAsRoot: false });
    for (const flag of [
      '--disable-extensions',
      '--disable-sync',
      '--disable-component-update',
      '--no-pings',
    ]) {
      expect(args).toContain(flag);
    }
    // A listening port is exactly what this host must not have: Playwright talks over a pipe.
    expect(args.some((arg) => arg.startsWith('--remote-debugging-port'))).toBe(false);
  });

  it('leaves Ctrl+C and kill signals to the host, which saves the draft and locks before closing', () => {
    const options = appWindowLaunchOptions({ ...base, runningAsRoot: false });
    expect([options.handleSIGINT, options.handleSIGTERM, options.handleSIGHUP]).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('blocks service workers and keeps downloads inside the private profile', () => {
    const options = appWindowLaunchOptions({ ...base, runningAsRoot: false });
    expect(options.serviceWorkers).toBe('block');
    expect(options.downloadsPath).toBe(base.downloadsPath);
    expect(options.bypassCSP).toBe(false);
  });
});
