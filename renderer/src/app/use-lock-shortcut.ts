import { useEffect, useRef } from 'react';

/** True for Ctrl+L (Windows, Linux) or Cmd+L (macOS), without other modifiers. */
export function isLockShortcut(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
) {
  return (
    (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'l'
  );
}

/** Calls `lock` on Ctrl/Cmd+L anywhere in the window (also while typing in a field). */
export function useLockShortcut(lock: () => void): void {
  const latest = useRef(lock);
  latest.current = lock;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isLockShortcut(event)) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** How the shortcut is written on this platform. */
export function lockShortcutLabel(platform: string = navigator.platform): string {
  return /mac/i.test(platform) ? '⌘L' : 'Ctrl+L';
}
