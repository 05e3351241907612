import { describe, expect, it } from 'vitest';
import { LOCAL_DICTIONARY_URL, spellcheckPlan } from './spellcheck-policy.ts';

describe('spell checking without network', () => {
  it('is off on Linux until the user allows dictionary downloads, and downloads stay local meanwhile', () => {
    expect(spellcheckPlan('linux', false)).toEqual({
      enabled: false,
      keepDownloadsLocal: true,
      downloadsNeedConsent: true,
    });
    expect(spellcheckPlan('linux', true)).toMatchObject({ enabled: true, keepDownloadsLocal: false });
    expect(spellcheckPlan('freebsd', false)).toMatchObject({ enabled: false, keepDownloadsLocal: true });
  });

  it("uses Windows' own checker, keeping its Hunspell fallback from downloading", () => {
    expect(spellcheckPlan('win32', false)).toEqual({
      enabled: true,
      keepDownloadsLocal: true,
      downloadsNeedConsent: true,
    });
  });

  it("uses macOS's system checker, which downloads nothing, with no setting to ask", () => {
    expect(spellcheckPlan('darwin', false)).toEqual({
      enabled: true,
      keepDownloadsLocal: false,
      downloadsNeedConsent: false,
    });
  });

  it('points kept-local downloads at this machine only', () => {
    expect(new URL(LOCAL_DICTIONARY_URL).hostname).toBe('127.0.0.1');
    expect(LOCAL_DICTIONARY_URL.endsWith('/')).toBe(true);
  });
});
