/**
 * The fake's answers for the second-pass methods (trash, hard dates, on this day, reminders,
 * care): quiet defaults, replaceable per test like every other fake handler.
 */
import type { ReminderSettings } from '../../../../shared/api.ts';
import { FakeFailure, type FakeHandlers, type FakeState } from './fake-interlude.ts';

type SecondPassMethods =
  | 'restoreEntry'
  | 'listTrash'
  | 'deleteForever'
  | 'emptyTrash'
  | 'listHardDates'
  | 'addHardDate'
  | 'removeHardDate'
  | 'hardDateHeadsUps'
  | 'onThisDay'
  | 'writtenToday'
  | 'getReminderSettings'
  | 'updateReminderSettings'
  | 'careCard'
  | 'dismissCareCard';

export function secondPassDefaults(state: FakeState): Required<Pick<FakeHandlers, SecondPassMethods>> {
  let reminder: ReminderSettings = { enabled: false, time: '20:00', keepInTray: false };
  return {
    restoreEntry: () => {
      throw new FakeFailure('NOT_FOUND', 'That entry is not in the trash any more.');
    },
    listTrash: () => [],
    deleteForever: () => null,
    emptyTrash: () => ({ removed: 0 }),
    listHardDates: () => [],
    addHardDate: () => [],
    removeHardDate: () => [],
    hardDateHeadsUps: () => [],
    onThisDay: () => ({ today: state.today, throwbacks: [] }),
    writtenToday: () => ({
      day: state.today,
      entries: state.entries.filter((entry) => entry.day === state.today),
      streakDays: 0,
    }),
    getReminderSettings: () => ({ settings: reminder, trayAvailable: true }),
    updateReminderSettings: (patch) => {
      reminder = { ...reminder, ...patch };
      return { settings: reminder, trayAvailable: true };
    },
    careCard: () => null,
    dismissCareCard: () => null,
  };
}
