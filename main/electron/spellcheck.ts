import { dialog, type BrowserWindow, type MenuItemConstructorOptions, type Session } from 'electron';
import { readDevicePreferences, saveDevicePreferences } from './device-preferences.ts';
import {
  LOCAL_DICTIONARY_URL,
  SPELLCHECK_DOWNLOAD_EXPLANATION,
  spellcheckPlan,
} from './spellcheck-policy.ts';

/** Applies the spell-check plan to the session before any window exists (see spellcheck-policy.ts). */
export async function applySpellcheckPlan(session: Session, dataDir: string): Promise<boolean> {
  const { spellcheckDownloadsAllowed } = await readDevicePreferences(dataDir);
  const plan = spellcheckPlan(process.platform, spellcheckDownloadsAllowed);
  if (plan.keepDownloadsLocal) session.setSpellCheckerDictionaryDownloadURL(LOCAL_DICTIONARY_URL);
  session.setSpellCheckerEnabled(plan.enabled);
  if (!plan.enabled) session.setSpellCheckerLanguages([]);
  return spellcheckDownloadsAllowed;
}

/**
 * The menu item that holds the setting where dictionaries would be downloaded (not on macOS):
 * turning it on asks first, with the reason it is off.
 */
export function spellcheckMenuItem(
  dataDir: string,
  downloadsAllowed: boolean,
  window: () => BrowserWindow,
): MenuItemConstructorOptions | null {
  if (!spellcheckPlan(process.platform, downloadsAllowed).downloadsNeedConsent) return null;
  return {
    label: 'Download Spell-Check Dictionaries…',
    type: 'checkbox',
    checked: downloadsAllowed,
    click: async (item) => {
      const turningOn = item.checked;
      if (turningOn) {
        const { response } = await dialog.showMessageBox(window(), {
          type: 'question',
          buttons: ['Keep Off', 'Allow Downloads'],
          defaultId: 0,
          cancelId: 0,
          message: 'Allow spell-check dictionaries to be downloaded?',
          detail: SPELLCHECK_DOWNLOAD_EXPLANATION,
        });
        if (response !== 1) {
          item.checked = false;
          return;
        }
      }
      await saveDevicePreferences(dataDir, { spellcheckDownloadsAllowed: turningOn }).catch(() => {
        item.checked = !turningOn;
      });
    },
  };
}
