import { powerMonitor } from 'electron';
import type { LockReason } from '../../shared/api.ts';

const LINUX_IDLE_POLL_MS = 15_000;

/**
 * Locks the journal when the machine sleeps or the screen locks. Linux has no lock-screen
 * event, so there the system idle state is polled for 'locked'.
 */
export function lockOnSystemEvents(lock: (reason: LockReason) => void): () => void {
  const onSuspend = () => lock('suspend');
  const onLockScreen = () => lock('lock-screen');
  powerMonitor.on('suspend', onSuspend);
  powerMonitor.on('lock-screen', onLockScreen);
  const timer =
    process.platform === 'linux'
      ? setInterval(() => {
          if (powerMonitor.getSystemIdleState(60) === 'locked') lock('system-locked');
        }, LINUX_IDLE_POLL_MS)
      : undefined;
  return () => {
    powerMonitor.off('suspend', onSuspend);
    powerMonitor.off('lock-screen', onLockScreen);
    if (timer) clearInterval(timer);
  };
}
