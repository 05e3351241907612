import { useCallback, useEffect, useState } from 'react';
import type { LockReason } from '../../../shared/api.ts';
import { call, messageOf } from '../api-client.ts';
import { FirstRun } from '../screens/onboarding/FirstRun.tsx';
import { UnlockScreen } from '../screens/unlock/UnlockScreen.tsx';
import { Button } from '../ui/Button.tsx';
import { Notice } from '../ui/Notice.tsx';
import { runLockCleanups } from './lock-cleanup.ts';
import { Shell } from './Shell.tsx';
import { useActivityReporter } from './use-activity-reporter.ts';

type Phase =
  | { name: 'starting' }
  | { name: 'start-failed'; message: string }
  | { name: 'first-run' }
  | { name: 'locked'; notice?: string; reason?: LockReason }
  | { name: 'unlocked' };

/**
 * The app's top level: asks the core where things stand, then shows first run, unlock, or the
 * unlocked app. On every lock the unlocked tree is unmounted, which drops every decrypted value
 * the renderer held; the unlock screen is remounted fresh as well.
 */
export function App() {
  const [phase, setPhase] = useState<Phase>({ name: 'starting' });
  const [lockCount, setLockCount] = useState(0);

  const start = useCallback(async () => {
    setPhase({ name: 'starting' });
    try {
      const status = await call('vaultStatus');
      const next: Phase = { name: !status.exists ? 'first-run' : status.unlocked ? 'unlocked' : 'locked' };
      setPhase(next);
    } catch (error) {
      setPhase({ name: 'start-failed', message: messageOf(error) });
    }
  }, []);

  const locked = useCallback((notice?: string, reason?: LockReason) => {
    runLockCleanups();
    // The core's own "locked" event (which says why) may arrive just before or after the
    // renderer's own lock (which may carry a notice): the unlock screen keeps both.
    setPhase((current) => {
      if (current.name !== 'locked') return { name: 'locked', notice, reason };
      return { name: 'locked', notice: notice ?? current.notice, reason: reason ?? current.reason };
    });
    setLockCount((count) => count + 1);
  }, []);

  useEffect(() => {
    void start();
  }, [start]);

  useEffect(() => window.interlude.onLocked((event) => locked(undefined, event.reason)), [locked]);

  useActivityReporter(phase.name === 'unlocked' || phase.name === 'first-run');

  switch (phase.name) {
    case 'starting':
      return (
        <main className="center-page">
          <p className="muted">Opening Interlude…</p>
        </main>
      );
    case 'start-failed':
      return (
        <main className="center-page">
          <div className="center-card stack">
            <h1>Interlude could not start</h1>
            <Notice tone="error" actions={<Button onClick={() => void start()}>Try again</Button>}>
              {phase.message}
            </Notice>
          </div>
        </main>
      );
    case 'first-run':
      return <FirstRun onFinished={() => setPhase({ name: 'unlocked' })} />;
    case 'locked':
      return (
        <UnlockScreen
          key={lockCount}
          notice={phase.notice}
          lockReason={phase.reason}
          onUnlocked={() => setPhase({ name: 'unlocked' })}
        />
      );
    case 'unlocked':
      return <Shell key={lockCount} onLocked={locked} />;
  }
}
