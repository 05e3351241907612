/**
 * On Linux with systemd, logind announces a coming sleep (PrepareForSleep) and a screen lock
 * (Session.Lock) on the system bus. `gdbus monitor` prints each signal as a line; reading those
 * lets the fallback lock before the machine sleeps, as Electron's powerMonitor does. Where there is
 * no gdbus or no system bus, the child simply ends and the wake-up check (sleep-watch.ts) remains.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { LockReason } from '../../shared/api.ts';

/** The lock a line of `gdbus monitor` output calls for, or null. */
export function lockReasonForLogindLine(line: string): LockReason | null {
  if (/\.Manager\.PrepareForSleep \(true,?\)/.test(line)) return 'suspend';
  // Any session's lock: locking the journal is always safe, and the signal names no user.
  if (/\.Session\.Lock \(\)/.test(line)) return 'lock-screen';
  return null;
}

/** Watches logind for sleep and screen lock. Returns a function that stops watching. */
export function watchLogind(lock: (reason: LockReason) => void): () => void {
  if (process.platform !== 'linux') return () => {};
  const monitor = spawn(
    'gdbus',
    // Every logind object: the manager (sleep) and each session (lock).
    ['monitor', '--system', '--dest', 'org.freedesktop.login1'],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  monitor.on('error', () => {}); // no gdbus here: nothing to watch
  monitor.unref();
  const lines = createInterface({ input: monitor.stdout });
  lines.on('line', (line) => {
    const reason = lockReasonForLogindLine(line);
    if (reason) lock(reason);
  });
  return () => {
    lines.close();
    monitor.kill();
  };
}
