import { describe, expect, it } from 'vitest';
import { testHooksFrom, vaultPathFrom } from './test-hooks.ts';

const testEnv = { INTERLUDE_E2E_EXPORT_DIR: '/tmp/e2e-exports', INTERLUDE_IDLE_LOCK_MS: '1500' };

describe('test hooks', () => {
  it('work in a development or test run', () => {
    expect(testHooksFrom(testEnv, false)).toEqual({ exportDir: '/tmp/e2e-exports', idleLockMs: 1500 });
  });

  it('are all ignored by the packaged app: exports always ask, auto-lock follows the setting', () => {
    expect(testHooksFrom(testEnv, true)).toEqual({ exportDir: undefined, idleLockMs: undefined });
  });

  it('ignore an idle override that is not a positive number', () => {
    for (const value of ['0', '-5', 'soon', '']) {
      expect(testHooksFrom({ INTERLUDE_IDLE_LOCK_MS: value }, false).idleLockMs).toBeUndefined();
    }
  });

  it('leave INTERLUDE_VAULT, a documented option, working in the packaged app too', () => {
    expect(vaultPathFrom({ INTERLUDE_VAULT: '/sync/journal.interlude' }, '/default')).toBe(
      '/sync/journal.interlude',
    );
    expect(vaultPathFrom({}, '/default')).toBe('/default');
  });
});
