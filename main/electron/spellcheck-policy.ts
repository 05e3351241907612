/**
 * Whether the spell checker may run, decided so that no dictionary request leaves the machine
 * unless the user chose it. What Electron does (its spellchecker tutorial and session docs, and
 * electron/electron#22995, #27403):
 * - macOS uses the system's checker: nothing is downloaded (the download URL is a no-op there).
 * - Windows uses its own checker for languages with a Windows language pack, and falls back to
 *   Hunspell, downloading that language's dictionary, for the others.
 * - Linux uses Hunspell only, and downloads each dictionary from Google's CDN on first use.
 * - Downloads have been seen even with `spellcheck: false` in webPreferences (#22995), and they
 *   are made by the browser process, not a page, so the session's request filter cannot be
 *   relied on to see them. Hence two locks: the checker off where it would download, and the
 *   download URL pointed at this machine's loopback, where any request fails without leaving.
 */

/** A loopback address (the discard port): a dictionary request sent here never leaves the machine. */
export const LOCAL_DICTIONARY_URL = 'http://127.0.0.1:9/interlude-no-dictionary-downloads/';

export interface SpellcheckPlan {
  /** Whether the checker runs at all. */
  enabled: boolean;
  /** Whether dictionary downloads are pointed at loopback (so none can leave the machine). */
  keepDownloadsLocal: boolean;
  /** Whether the platform's checker needs downloaded dictionaries, so the user is asked first. */
  downloadsNeedConsent: boolean;
}

/**
 * The plan for `platform`, given whether the user agreed to dictionary downloads (a device
 * setting, off until they turn it on).
 */
export function spellcheckPlan(platform: NodeJS.Platform, downloadsAllowed: boolean): SpellcheckPlan {
  if (platform === 'darwin') return { enabled: true, keepDownloadsLocal: false, downloadsNeedConsent: false };
  if (platform === 'win32') {
    // Windows' own checker needs nothing; only the Hunspell fallback would download.
    return { enabled: true, keepDownloadsLocal: !downloadsAllowed, downloadsNeedConsent: true };
  }
  return { enabled: downloadsAllowed, keepDownloadsLocal: !downloadsAllowed, downloadsNeedConsent: true };
}

/** What the setting says, for the menu's confirmation dialog. */
export const SPELLCHECK_DOWNLOAD_EXPLANATION =
  'On this system, spell checking needs a dictionary that Electron downloads from Google’s servers. ' +
  'Google would learn your IP address and which language you write in, never what you write. ' +
  'Interlude keeps this off until you agree. The change takes effect the next time Interlude starts.';
