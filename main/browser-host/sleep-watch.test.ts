import { afterEach, describe, expect, it, vi } from 'vitest';
import { SLEEP_CHECK_INTERVAL_MS, sleptBetween, watchForSleep } from './sleep-watch.ts';

afterEach(() => vi.useRealTimers());

describe('noticing that the machine slept', () => {
  it('takes a tick a minute late for a sleep, and a tick a few seconds late for a busy machine', () => {
    expect(sleptBetween(0, SLEEP_CHECK_INTERVAL_MS + 5_000)).toBe(false);
    expect(sleptBetween(0, 60_000)).toBe(true);
  });

  it('calls back once after a sleep, not on ordinary ticks', () => {
    vi.useFakeTimers();
    let wall = 0;
    const onWake = vi.fn();
    const stop = watchForSleep(onWake, () => wall);
    for (let tick = 0; tick < 5; tick += 1) {
      wall += SLEEP_CHECK_INTERVAL_MS;
      vi.advanceTimersByTime(SLEEP_CHECK_INTERVAL_MS);
    }
    expect(onWake).not.toHaveBeenCalled();
    // The laptop lid closes for an hour: timers stop, the wall clock does not.
    wall += 60 * 60_000;
    vi.advanceTimersByTime(SLEEP_CHECK_INTERVAL_MS);
    expect(onWake).toHaveBeenCalledTimes(1);
    stop();
  });
});
