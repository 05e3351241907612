import { describe, expect, it } from 'vitest';
import type { ReminderSettings } from '../../shared/api.ts';
import { closeAction, MAX_REMINDER_WAIT_MS, reminderTick } from './reminder-decisions.ts';

const settings: ReminderSettings = { enabled: true, time: '20:00', keepInTray: true };
const tick = (now: string, overrides: Partial<Parameters<typeof reminderTick>[0]> = {}) =>
  reminderTick({
    settings,
    lastCheckedAt: new Date('2026-03-10T19:30:00Z'),
    now: new Date(now),
    timeZone: 'UTC',
    notificationsSupported: true,
    ...overrides,
  });

describe('the reminder, as the shell sees it', () => {
  it('shows only "A few words for today?" when the time comes', () => {
    expect(tick('2026-03-10T20:00:05Z').notification).toEqual({ title: 'A few words for today?', body: '' });
  });

  it('shows nothing before the time, and waits no longer than an hour to look again', () => {
    const early = tick('2026-03-10T19:45:00Z');
    expect(early.notification).toBeNull();
    expect(early.waitMs).toBe(15 * 60 * 1000);
    expect(tick('2026-03-10T20:00:05Z').waitMs).toBe(MAX_REMINDER_WAIT_MS);
  });

  it('stops when the reminder is off, and shows nothing where notifications are not supported', () => {
    expect(tick('2026-03-10T20:00:05Z', { settings: { ...settings, enabled: false } })).toEqual({
      notification: null,
      waitMs: null,
    });
    expect(tick('2026-03-10T20:00:05Z', { notificationsSupported: false }).notification).toBeNull();
  });
});

describe('closing the window', () => {
  it('keeps the app in the tray only when the user chose it and the platform has a tray', () => {
    expect(closeAction({ keepInTray: true, trayAvailable: true, quitting: false })).toBe('hide-to-tray');
    expect(closeAction({ keepInTray: false, trayAvailable: true, quitting: false })).toBe('close');
    expect(closeAction({ keepInTray: true, trayAvailable: false, quitting: false })).toBe('close');
  });

  it('always closes when the user quits', () => {
    expect(closeAction({ keepInTray: true, trayAvailable: true, quitting: true })).toBe('close');
  });
});
