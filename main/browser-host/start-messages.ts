/** What `npm start` says when it opens the browser host, or cannot: one plain paragraph each. */
import type { BrowserChoice, FoundBrowser } from './find-browser.ts';

/** Why the browser host is starting: the user asked (`npm start -- --browser`), or Electron is missing. */
export type BrowserHostReason = 'asked' | 'electron-unavailable';

const INSTALL_A_BROWSER =
  'install Chromium (on Debian or Ubuntu: `sudo apt install chromium`), Google Chrome, Microsoft Edge or Brave';

export function openingMessage(browser: FoundBrowser, reason: BrowserHostReason): string {
  const where = `${browser.name} (${browser.executablePath})`;
  if (reason === 'asked') {
    return `Opening Interlude in ${where}, in a private window of its own. Close the window to lock the journal and quit.`;
  }
  return [
    'Interlude could not fetch its Electron runtime: it downloads itself on the first start, and this',
    `machine could not reach the download. So Interlude is opening in ${where} instead: the same app`,
    'and the same encrypted journal, in a private window of its own. Close the window to lock the',
    'journal and quit. To get the desktop app, connect to the internet and run `npm start` again.',
  ].join('\n');
}

export function noBrowserMessage(
  choice: Exclude<BrowserChoice, { ok: true }>,
  reason: BrowserHostReason,
): string {
  if (choice.reason === 'chosen-browser-missing') {
    return [
      `Interlude could not start: INTERLUDE_BROWSER is set to ${choice.chosenPath}, but no program can be run there.`,
      'Set it to the full path of a Chromium, Google Chrome, Microsoft Edge or Brave executable, or unset it',
      'to let Interlude look for one.',
    ].join('\n');
  }
  if (reason === 'asked') {
    return [
      'Interlude could not open in a browser: no Chromium-family browser was found on this machine.',
      `To use this way of running it, ${INSTALL_A_BROWSER}, or set INTERLUDE_BROWSER=/path/to/browser.`,
    ].join('\n');
  }
  return [
    'Interlude could not start: its Electron runtime could not be downloaded, and no Chromium-family',
    'browser was found to open it in instead. Do one of these, then run `npm start` again:',
    '- connect this machine to the internet, so Electron can download itself (once);',
    `- or ${INSTALL_A_BROWSER};`,
    '- or, for a browser installed somewhere else, set INTERLUDE_BROWSER=/path/to/browser.',
  ].join('\n');
}
