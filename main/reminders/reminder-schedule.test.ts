import { describe, expect, it } from 'vitest';
import type { ReminderSettings } from '../../shared/api.ts';
import { decideReminder, nextReminderAt, reminderInstantOnDayOf } from './reminder-schedule.ts';

const at8pm: ReminderSettings = { enabled: true, time: '20:00', keepInTray: false };
const iso = (date: Date | null) => date?.toISOString() ?? null;

describe('the next reminder', () => {
  it('is today at the chosen time if that is still ahead, else tomorrow', () => {
    expect(iso(nextReminderAt(at8pm, new Date('2026-03-10T12:00:00Z'), 'UTC'))).toBe(
      '2026-03-10T20:00:00.000Z',
    );
    expect(iso(nextReminderAt(at8pm, new Date('2026-03-10T20:00:00Z'), 'UTC'))).toBe(
      '2026-03-11T20:00:00.000Z',
    );
  });

  it('is never when the reminder is off', () => {
    expect(nextReminderAt({ ...at8pm, enabled: false }, new Date(), 'UTC')).toBeNull();
  });

  it('follows the local clock of the time zone', () => {
    // 20:00 in Tokyo (UTC+9) and in New York (UTC-5 in January).
    expect(iso(nextReminderAt(at8pm, new Date('2026-01-10T00:00:00Z'), 'Asia/Tokyo'))).toBe(
      '2026-01-10T11:00:00.000Z',
    );
    expect(iso(nextReminderAt(at8pm, new Date('2026-01-10T00:00:00Z'), 'America/New_York'))).toBe(
      '2026-01-10T01:00:00.000Z',
    );
  });

  it('keeps 20:00 local across the change to summer time', () => {
    // Europe/Berlin moves from UTC+1 to UTC+2 on 29 March 2026.
    const before = nextReminderAt(at8pm, new Date('2026-03-28T12:00:00Z'), 'Europe/Berlin');
    const after = nextReminderAt(at8pm, new Date('2026-03-29T12:00:00Z'), 'Europe/Berlin');
    expect(iso(before)).toBe('2026-03-28T19:00:00.000Z');
    expect(iso(after)).toBe('2026-03-29T18:00:00.000Z');
  });

  it('fires a time that the spring change skips when the clock jumps past it', () => {
    // 02:30 does not exist in Berlin on 29 March 2026: the clock goes from 02:00 to 03:00 (01:00 UTC).
    const skipped = reminderInstantOnDayOf('02:30', new Date('2026-03-29T10:00:00Z'), 'Europe/Berlin');
    expect(skipped.toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });

  it('fires a time that the autumn change repeats only once, the first time', () => {
    // 02:30 happens twice in Berlin on 25 October 2026: first at UTC+2 (00:30 UTC).
    const first = nextReminderAt(
      { ...at8pm, time: '02:30' },
      new Date('2026-10-24T22:00:00Z'),
      'Europe/Berlin',
    );
    expect(iso(first)).toBe('2026-10-25T00:30:00.000Z');
    const next = nextReminderAt({ ...at8pm, time: '02:30' }, first!, 'Europe/Berlin');
    expect(iso(next)).toBe('2026-10-26T01:30:00.000Z');
  });
});

describe('deciding whether to remind now', () => {
  const check = (lastCheckedAt: string, now: string, settings = at8pm) =>
    decideReminder({ settings, lastCheckedAt: new Date(lastCheckedAt), now: new Date(now), timeZone: 'UTC' });

  it('reminds when the time arrives, once', () => {
    expect(check('2026-03-10T19:59:00Z', '2026-03-10T20:00:00Z').notify).toBe(true);
    expect(check('2026-03-10T20:00:00Z', '2026-03-10T20:01:00Z').notify).toBe(false);
  });

  it('reminds on waking when the time passed while the machine slept, the same day', () => {
    const woke = check('2026-03-10T18:00:00Z', '2026-03-10T23:10:00Z');
    expect(woke).toEqual({ notify: true, nextCheckAt: new Date('2026-03-11T20:00:00Z') });
  });

  it("does not bring yesterday's reminder the next morning", () => {
    expect(check('2026-03-10T18:00:00Z', '2026-03-11T07:00:00Z').notify).toBe(false);
  });

  it('shows nothing twice when the clock jumps back, and nothing when off', () => {
    expect(check('2026-03-10T20:30:00Z', '2026-03-10T19:00:00Z').notify).toBe(false);
    expect(check('2026-03-10T19:59:00Z', '2026-03-10T20:00:00Z', { ...at8pm, enabled: false })).toEqual({
      notify: false,
      nextCheckAt: null,
    });
  });

  it('does not remind on starting the app after the time (the user is already here)', () => {
    expect(check('2026-03-10T21:00:00Z', '2026-03-10T21:00:00Z').notify).toBe(false);
  });
});
