import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleLock } from './idle-lock.ts';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the idle lock', () => {
  it('locks once the user has been away for the whole limit, and not before', () => {
    const onIdle = vi.fn();
    const idle = createIdleLock(5 * 60_000, onIdle);
    idle.touch();
    vi.advanceTimersByTime(4 * 60_000);
    idle.touch(); // typing again restarts the countdown
    vi.advanceTimersByTime(4 * 60_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('follows a new limit from settings, and stops while locked', () => {
    const onIdle = vi.fn();
    const idle = createIdleLock(5 * 60_000, onIdle);
    idle.touch();
    idle.setLimitMs(60_000);
    vi.advanceTimersByTime(60_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
    idle.touch();
    idle.stop();
    vi.advanceTimersByTime(10 * 60_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });
});
