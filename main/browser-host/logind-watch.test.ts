import { describe, expect, it } from 'vitest';
import { lockReasonForLogindLine } from './logind-watch.ts';

describe('reading logind’s signals', () => {
  it('locks for a coming sleep, not for the wake-up after it', () => {
    expect(
      lockReasonForLogindLine(
        '/org/freedesktop/login1: org.freedesktop.login1.Manager.PrepareForSleep (true,)',
      ),
    ).toBe('suspend');
    expect(
      lockReasonForLogindLine(
        '/org/freedesktop/login1: org.freedesktop.login1.Manager.PrepareForSleep (false,)',
      ),
    ).toBeNull();
  });

  it('locks when a session’s screen is locked, and ignores everything else', () => {
    expect(
      lockReasonForLogindLine('/org/freedesktop/login1/session/_32: org.freedesktop.login1.Session.Lock ()'),
    ).toBe('lock-screen');
    expect(
      lockReasonForLogindLine(
        '/org/freedesktop/login1/session/_32: org.freedesktop.login1.Session.Unlock ()',
      ),
    ).toBeNull();
    expect(lockReasonForLogindLine('The name org.freedesktop.login1 is owned by :1.3')).toBeNull();
  });
});
