import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithCore } from '../../testing/render-with-core.tsx';
import { testCore } from '../../testing/test-core.ts';
import { ReminderSettings } from './ReminderSettings.tsx';

afterEach(cleanup);

describe('the daily reminder setting', () => {
  it('is off at first, says the notification holds no journal text, and saves a chosen time', async () => {
    await testCore().seed({ unlocked: false });
    renderWithCore(<ReminderSettings />);
    const toggle = await screen.findByRole('checkbox', { name: 'Remind me to write each day' });
    expect(toggle).toHaveProperty('checked', false);
    expect(screen.getByText(/says only “A few words for today\?”, never anything you wrote/)).toBeTruthy();
    expect(screen.queryByLabelText('Time of the reminder')).toBeNull();

    fireEvent.click(toggle);
    fireEvent.change(screen.getByLabelText('Time of the reminder'), { target: { value: '07:30' } });
    // The test core, like a desktop without a tray, has nowhere to stay when the window closes.
    expect(screen.queryByRole('checkbox', { name: /Keep Interlude in the tray/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save reminder' }));
    expect(await screen.findByText(/Saved: a reminder each day at/)).toBeTruthy();
    // Saved while the journal is locked: the reminder lives outside the vault.
    expect((await testCore().core('getReminderSettings')).settings).toEqual({
      enabled: true,
      time: '07:30',
      keepInTray: false,
    });
  });

  it('asks for a time when the field is emptied', async () => {
    await testCore().seed();
    renderWithCore(<ReminderSettings />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Remind me to write each day' }));
    fireEvent.change(screen.getByLabelText('Time of the reminder'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save reminder' }));
    expect(await screen.findByText('Choose a time of day, for example 20:00.')).toBeTruthy();
    expect(testCore().callsOf('updateReminderSettings')).toEqual([]);
  });
});
