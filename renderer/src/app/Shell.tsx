import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useCoreCall, useCoreQuery } from '../data/core-query.ts';
import type { JournalFocus, Screen, WriteRequest } from '../navigation.ts';
import { TodayScreen } from '../screens/today/TodayScreen.tsx';
import { Button } from '../ui/Button.tsx';
import { LAZY_SCREENS, prefetchScreen, prefetchWhenIdle } from './lazy-screens.ts';
import { type Session, SessionContext } from './session.ts';
import { SyncNotice } from './SyncNotice.tsx';
import { WriterWaitNotice } from '../components/writer-wait/WriterWaitNotice.tsx';
import { applyTextSize, applyTheme } from './theme.ts';
import { lockShortcutLabel, useLockShortcut } from './use-lock-shortcut.ts';

const NAV_ITEMS: { screen: Screen; label: string }[] = [
  { screen: 'today', label: 'Today' },
  { screen: 'journal', label: 'Journal' },
  { screen: 'guide', label: 'Guide' },
  { screen: 'trends', label: 'Trends' },
  { screen: 'settings', label: 'Settings' },
];

// A draft save that hangs must not keep the journal open: locking wins after this long.
const BEFORE_LOCK_LIMIT_MS = 3000;

export interface ShellProps {
  /** Called once the journal is locked (or found locked): the app drops this whole tree. */
  onLocked(notice?: string): void;
}

/** The unlocked app: the sidebar (nav "Main", Lock), the current screen, the theme. */
export function Shell({ onLocked }: ShellProps) {
  const [screen, setScreen] = useState<Screen>('today');
  const [writeRequest, setWriteRequest] = useState<{ request: WriteRequest | null; serial: number }>({
    request: null,
    serial: 0,
  });
  const settings = useCoreQuery('getSettings', undefined).data;
  const call = useCoreCall();
  const beforeLock = useRef(new Set<() => Promise<void>>());
  const locking = useRef(false);
  const mainRef = useRef<HTMLElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);

  useEffect(() => {
    if (!settings) return;
    applyTheme(settings.theme);
    applyTextSize(settings.textSize);
  }, [settings]);

  const lockNow = useCallback(async () => {
    if (locking.current) return;
    locking.current = true;
    const tasks = [...beforeLock.current].map((task) => task().catch(() => {}));
    await Promise.race([
      Promise.all(tasks),
      new Promise((resolve) => setTimeout(resolve, BEFORE_LOCK_LIMIT_MS)),
    ]);
    // Even if the core could not be told, the renderer drops everything: that is the safe side.
    await call('lock').catch(() => {});
    onLocked();
  }, [onLocked, call]);

  const session = useMemo<Session>(
    () => ({
      registerBeforeLock(task) {
        beforeLock.current.add(task);
        return () => beforeLock.current.delete(task);
      },
      lockNow: () => void lockNow(),
      lockedElsewhere: (notice) => onLocked(notice),
    }),
    [lockNow, onLocked],
  );

  useLockShortcut(() => void lockNow());
  // The menu's Lock, closing the window and quitting ask here first, so the draft is saved.
  useEffect(() => window.interlude.onLockRequested(() => void lockNow()), [lockNow]);

  useEffect(() => prefetchWhenIdle(['journal', 'guide', 'settings']), []);

  useEffect(() => {
    // Moving focus to the new screen tells screen-reader users the page changed; not on first paint.
    if (focusRequest > 0) mainRef.current?.focus();
  }, [focusRequest]);

  // Going back to the Journal after editing keeps the entry chosen; a calendar day opens that day.
  const [journalFocus, setJournalFocus] = useState<JournalFocus | null>(null);

  const navigate = useCallback((next: Screen) => {
    // A calendar day is a one-off view; the entry last edited stays chosen.
    setJournalFocus((focus) => (focus?.kind === 'day' ? null : focus));
    if (next === 'today') setWriteRequest((current) => ({ request: null, serial: current.serial + 1 }));
    setScreen(next);
    setFocusRequest((count) => count + 1);
  }, []);

  const openDay = useCallback((day: string) => {
    setJournalFocus({ kind: 'day', day });
    setScreen('journal');
    setFocusRequest((count) => count + 1);
  }, []);

  const write = useCallback((request: WriteRequest) => {
    if (request.kind === 'edit') setJournalFocus({ kind: 'entry', entryId: request.entryId });
    setWriteRequest((current) => ({ request, serial: current.serial + 1 }));
    setScreen('today');
    setFocusRequest((count) => count + 1);
  }, []);

  const LazyScreen = screen === 'today' ? null : LAZY_SCREENS[screen];
  // Editing an entry happens on the writing page, but the user is still in their journal.
  const currentItem = screen === 'today' && writeRequest.request?.kind === 'edit' ? 'journal' : screen;

  return (
    <SessionContext.Provider value={session}>
      {/* A same-page link: the window never navigates, and <main> (tabIndex -1) takes the focus. */}
      <a className="skip-link" href="#page">
        Skip to the page
      </a>
      <div className="app-frame">
        <aside className="app-sidebar">
          <p className="app-name">Interlude</p>
          <nav className="app-nav" aria-label="Main">
            <ul>
              {NAV_ITEMS.map((item) => (
                <li key={item.screen}>
                  <button
                    type="button"
                    aria-current={currentItem === item.screen ? 'page' : undefined}
                    onClick={() => navigate(item.screen)}
                    onPointerEnter={() => prefetchScreen(item.screen)}
                    onFocus={() => prefetchScreen(item.screen)}
                  >
                    {item.label}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          <div className="app-sidebar-footer">
            <Button onClick={() => void lockNow()} aria-keyshortcuts="Control+L Meta+L">
              Lock
            </Button>
            <span className="hint">{lockShortcutLabel()} locks at any time</span>
          </div>
        </aside>
        <main className="app-main" id="page" ref={mainRef} tabIndex={-1}>
          <SyncNotice />
          <WriterWaitNotice />
          {LazyScreen ? (
            <Suspense fallback={<p className="screen-loading">Opening…</p>}>
              <LazyScreen navigate={navigate} write={write} openDay={openDay} journalFocus={journalFocus} />
            </Suspense>
          ) : (
            <TodayScreen
              key={writeRequest.serial}
              navigate={navigate}
              write={write}
              request={writeRequest.request}
              focusEditor={focusRequest === 0}
            />
          )}
        </main>
      </div>
    </SessionContext.Provider>
  );
}
