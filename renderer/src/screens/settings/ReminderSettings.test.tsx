import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { installFakeInterlude } from '../../app/testing/fake-interlude.ts';
import { ReminderSettings } from './ReminderSettings.tsx';

afterEach(cleanup);

describe('the daily reminder setting', () => {
  it('is off at first, says the notification holds no journal text, and saves a chosen time', async () => {
    const fake = installFakeInterlude({}, { unlocked: false });
    render(<ReminderSettings />);
    const toggle = await screen.findByRole('checkbox', { name: 'Remind me to write each day' });
    expect(toggle).toHaveProperty('checked', false);
    expect(screen.getByText(/says only “A few words for today\?”, never anything you wrote/)).toBeTruthy();
    expect(screen.queryByLabelText('Time of the reminder')).toBeNull();

    fireEvent.click(toggle);
    fireEvent.change(screen.getByLabelText('Time of the reminder'), { target: { value: '07:30' } });
    fireEvent.click(
      screen.getByRole('checkbox', { name: 'Keep Interlude in the tray when I close its window' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save reminder' }));
    expect(await screen.findByText(/Saved: a reminder each day at/)).toBeTruthy();
    // Saved while the journal is locked: the reminder lives outside the vault.
    await waitFor(() =>
      expect(fake.callsOf('updateReminderSettings')).toEqual([
        { enabled: true, time: '07:30', keepInTray: true },
      ]),
    );
  });

  it('asks for a time when the field is emptied', async () => {
    const fake = installFakeInterlude({}, { unlocked: true });
    render(<ReminderSettings />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Remind me to write each day' }));
    fireEvent.change(screen.getByLabelText('Time of the reminder'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save reminder' }));
    expect(await screen.findByText('Choose a time of day, for example 20:00.')).toBeTruthy();
    expect(fake.callsOf('updateReminderSettings')).toEqual([]);
  });
});
