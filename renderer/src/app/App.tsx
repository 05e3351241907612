import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LockReason } from '../../../shared/api.ts';
import { CoreQueryProvider } from '../data/CoreQueryProvider.tsx';
import { useCoreQuery } from '../data/core-query.ts';
import { LoadFailure } from '../data/LoadFailure.tsx';
import { FirstRun } from '../screens/onboarding/FirstRun.tsx';
import { UnlockScreen } from '../screens/unlock/UnlockScreen.tsx';
import { removeChartLeftovers } from './chart-leftovers.ts';
import { Shell } from './Shell.tsx';
import { useActivityReporter } from './use-activity-reporter.ts';

type Phase =
  | { name: 'first-run' }
  | { name: 'locked'; notice?: string; reason?: LockReason }
  | { name: 'unlocked' };

/**
 * The app's top level: one query client for the session (the only place LOCKED is handled), then
 * first run, unlock, or the unlocked app.
 */
export function App() {
  const onLocked = useRef<(notice?: string) => void>(() => {});
  return (
    <CoreQueryProvider onLocked={() => onLocked.current()}>
      <AppPhases onLockedRef={onLocked} />
    </CoreQueryProvider>
  );
}

/**
 * Asks the core where things stand, then follows the user through first run, unlock and lock.
 * On every lock the unlocked tree is unmounted and the query cache emptied, which drops every
 * decrypted value the renderer held; the unlock screen is remounted fresh as well.
 */
function AppPhases({ onLockedRef }: { onLockedRef: { current: (notice?: string) => void } }) {
  const client = useQueryClient();
  const status = useCoreQuery('vaultStatus', undefined);
  const [phase, setPhase] = useState<Phase | null>(null);
  const [lockCount, setLockCount] = useState(0);

  const locked = useCallback(
    (notice?: string, reason?: LockReason) => {
      client.cancelQueries();
      client.clear();
      removeChartLeftovers(document);
      setLockCount((count) => count + 1);
      // The core's own "locked" event (which says why) may arrive just before or after the
      // renderer's own lock (which may carry a notice): the unlock screen keeps both.
      setPhase((current) =>
        current?.name === 'locked'
          ? { name: 'locked', notice: notice ?? current.notice, reason: reason ?? current.reason }
          : { name: 'locked', notice, reason },
      );
    },
    [client],
  );
  onLockedRef.current = locked;

  useEffect(() => window.interlude.onLocked((event) => locked(undefined, event.reason)), [locked]);

  const current: Phase | null =
    phase ??
    (status.data
      ? { name: !status.data.exists ? 'first-run' : status.data.unlocked ? 'unlocked' : 'locked' }
      : null);

  useActivityReporter(current?.name === 'unlocked' || current?.name === 'first-run');

  if (!current) {
    return (
      <main className="center-page">
        {status.isError ? (
          <div className="center-card stack">
            <h1>Interlude could not start</h1>
            <LoadFailure error={status.error} onRetry={() => void status.refetch()} />
          </div>
        ) : (
          <p className="muted">Opening Interlude…</p>
        )}
      </main>
    );
  }
  switch (current.name) {
    case 'first-run':
      return <FirstRun onFinished={() => setPhase({ name: 'unlocked' })} />;
    case 'locked':
      return (
        <UnlockScreen
          key={lockCount}
          notice={current.notice}
          lockReason={current.reason}
          onUnlocked={() => setPhase({ name: 'unlocked' })}
        />
      );
    case 'unlocked':
      return <Shell key={lockCount} onLocked={locked} />;
  }
}
