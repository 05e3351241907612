import { describe, expect, it } from 'vitest';
import { backupDirFor, defaultDataDir, defaultVaultPath } from './paths.ts';

describe('the app’s data folder', () => {
  it('is where Electron keeps userData for an app named Interlude', () => {
    expect(defaultDataDir({ platform: 'linux', env: {}, homeDir: '/home/sam' })).toBe(
      '/home/sam/.config/Interlude',
    );
    expect(
      defaultDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/data/cfg' }, homeDir: '/home/sam' }),
    ).toBe('/data/cfg/Interlude');
    expect(defaultDataDir({ platform: 'darwin', env: {}, homeDir: '/Users/sam' })).toBe(
      '/Users/sam/Library/Application Support/Interlude',
    );
    expect(
      defaultDataDir({
        platform: 'win32',
        env: { APPDATA: 'C:\\Users\\sam\\AppData\\Roaming' },
        homeDir: 'C:\\Users\\sam',
      }),
    ).toBe('C:\\Users\\sam\\AppData\\Roaming\\Interlude');
  });

  it('ignores a relative XDG_CONFIG_HOME, as the XDG specification requires', () => {
    expect(defaultDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: 'cfg' }, homeDir: '/home/sam' })).toBe(
      '/home/sam/.config/Interlude',
    );
  });

  it('holds the journal file, with backups beside it', () => {
    expect(defaultVaultPath({ platform: 'linux', env: {}, homeDir: '/home/sam' })).toBe(
      '/home/sam/.config/Interlude/journal.interlude',
    );
    expect(
      defaultVaultPath({ platform: 'win32', env: { APPDATA: 'C:\\AppData' }, homeDir: 'C:\\Users\\sam' }),
    ).toBe('C:\\AppData\\Interlude\\journal.interlude');
    expect(backupDirFor('/home/sam/Sync/journal.interlude')).toBe('/home/sam/Sync/backups');
  });
});
