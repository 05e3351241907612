import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  parseDevicePreferences,
  readDevicePreferences,
  saveDevicePreferences,
} from './device-preferences.ts';

describe('device preferences', () => {
  it('default to no dictionary downloads when missing, damaged or unclear', () => {
    for (const text of [null, '', 'not json', 'null', '{"spellcheckDownloadsAllowed":"yes"}']) {
      expect(parseDevicePreferences(text)).toEqual({ spellcheckDownloadsAllowed: false });
    }
    expect(parseDevicePreferences('{"spellcheckDownloadsAllowed":true}')).toEqual({
      spellcheckDownloadsAllowed: true,
    });
  });

  it('round-trip through the data folder', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'interlude-prefs-'));
    try {
      await saveDevicePreferences(dir, { spellcheckDownloadsAllowed: true });
      expect(await readDevicePreferences(dir)).toEqual({ spellcheckDownloadsAllowed: true });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('something else in place of the preferences file', () => {
  it('a FIFO means the private default, at once', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'interlude-prefs-'));
    try {
      execFileSync('mkfifo', [path.join(dir, 'device-preferences.json')]);
      expect(await readDevicePreferences(dir)).toEqual({ spellcheckDownloadsAllowed: false });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
