import { describe, expect, it } from 'vitest';
import { noBrowserMessage, openingMessage } from './start-messages.ts';

const chromium = { name: 'Chromium', executablePath: '/usr/bin/chromium' };

describe('what npm start says about the browser fallback', () => {
  it('names the browser it opens instead of Electron, in one plain paragraph without a stack trace', () => {
    const message = openingMessage(chromium, 'electron-unavailable');
    expect(message).toContain('Chromium (/usr/bin/chromium)');
    expect(message).toContain('could not fetch its Electron runtime');
    expect(message).not.toMatch(/TypeError|fetch failed|\n\n|at /);
  });

  it('when neither Electron nor a browser can be had, says what to install', () => {
    const message = noBrowserMessage({ ok: false, reason: 'none-found' }, 'electron-unavailable');
    expect(message).toContain('sudo apt install chromium');
    expect(message).toMatch(/Google Chrome, Microsoft Edge or Brave/);
    expect(message).toContain('INTERLUDE_BROWSER');
  });

  it('names a wrong INTERLUDE_BROWSER', () => {
    const message = noBrowserMessage(
      { ok: false, reason: 'chosen-browser-missing', chosenPath: '/opt/nothing' },
      'asked',
    );
    expect(message).toContain('INTERLUDE_BROWSER is set to /opt/nothing');
  });
});
