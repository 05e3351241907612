import type { BrowserWindow } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LOCK_REQUESTED_CHANNEL } from '../../shared/channels.ts';
import type { Core } from '../core/create-core.ts';
import { lockThroughRenderer } from './lock-request.ts';

function fakes(rendererAnswers: boolean) {
  let open = true;
  const lock = vi.fn(async () => {
    open = false;
  });
  const core = { isOpen: () => open, lock, expectLock: vi.fn() } as unknown as Core;
  const send = vi.fn((channel: string) => {
    // A live renderer saves its draft and calls lock() a moment later.
    if (rendererAnswers && channel === LOCK_REQUESTED_CHANNEL) setTimeout(() => void core.lock('user'), 200);
  });
  const window = { isDestroyed: () => false, webContents: { send } } as unknown as BrowserWindow;
  return { core, window, send, lock };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('locking through the renderer', () => {
  it('asks the renderer first, which saves the draft and locks', async () => {
    vi.useFakeTimers();
    const { core, window, send, lock } = fakes(true);
    const done = lockThroughRenderer(window, core);
    await vi.advanceTimersByTimeAsync(500);
    await done;
    expect(send).toHaveBeenCalledWith(LOCK_REQUESTED_CHANNEL);
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('locks anyway when the renderer does not answer in time', async () => {
    vi.useFakeTimers();
    const { core, window, lock } = fakes(false);
    const done = lockThroughRenderer(window, core);
    await vi.advanceTimersByTimeAsync(2000);
    expect(lock).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1500);
    await done;
    expect(lock).toHaveBeenCalledWith('user');
    expect(core.isOpen()).toBe(false);
  });
});

describe('a lock for a reason other than the user', () => {
  it('tells the core the reason before asking the renderer, and locks with it if the renderer is silent', async () => {
    vi.useFakeTimers();
    const { core, window, lock } = fakes(false);
    const done = lockThroughRenderer(window, core, 'lock-screen');
    expect(core.expectLock).toHaveBeenCalledWith('lock-screen');
    await vi.advanceTimersByTimeAsync(4000);
    await done;
    expect(lock).toHaveBeenCalledWith('lock-screen');
  });
});
