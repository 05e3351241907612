import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../app/App.tsx';
import { installFakeInterlude } from '../../app/testing/fake-interlude.ts';

afterEach(() => {
  cleanup();
  document.documentElement.removeAttribute('data-theme');
});

async function openSettings(initial: Parameters<typeof installFakeInterlude>[1] = {}) {
  const fake = installFakeInterlude({}, { unlocked: true, ...initial });
  render(<App />);
  const nav = await screen.findByRole('navigation', { name: 'Main' });
  fireEvent.click(within(nav).getByRole('button', { name: 'Settings' }));
  await screen.findByRole('heading', { name: 'Settings', level: 1 });
  await screen.findByRole('heading', { name: 'Space period' });
  return fake;
}

function section(name: string) {
  return screen.getByRole('region', { name });
}

describe('Settings', () => {
  it('changes the theme at once and remembers it', async () => {
    const fake = await openSettings();
    fireEvent.click(within(section('Appearance')).getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    await waitFor(() => expect(fake.state.settings.theme).toBe('dark'));
    fireEvent.click(within(section('Appearance')).getByRole('radio', { name: 'Same as the system' }));
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
  });

  it('saves a new space period length and auto-lock time', async () => {
    const fake = await openSettings();
    const space = section('Space period');
    fireEvent.click(within(space).getByRole('radio', { name: '60 days' }));
    fireEvent.click(within(space).getByRole('button', { name: 'Save space period' }));
    expect(await within(space).findByText(/Saved: 60 days/)).toBeTruthy();
    expect(fake.state.settings.spaceLengthDays).toBe(60);

    const autoLock = section('Auto-lock');
    const minutes = within(autoLock).getByLabelText('Minutes without use before locking');
    fireEvent.change(minutes, { target: { value: '0' } });
    fireEvent.click(within(autoLock).getByRole('button', { name: 'Save auto-lock' }));
    expect(await within(autoLock).findByText(/from 1 to 240/)).toBeTruthy();
    fireEvent.change(minutes, { target: { value: '15' } });
    fireEvent.click(within(autoLock).getByRole('button', { name: 'Save auto-lock' }));
    await waitFor(() => expect(fake.state.settings.autoLockMinutes).toBe(15));
  });

  it('changes the passphrase, and says so when the current one is wrong', async () => {
    const fake = await openSettings();
    const box = section('Passphrase');
    fireEvent.change(within(box).getByLabelText('Current passphrase'), { target: { value: 'wrong one' } });
    fireEvent.change(within(box).getByLabelText('New passphrase'), {
      target: { value: 'river stones under moonlight' },
    });
    fireEvent.change(within(box).getByLabelText('Repeat the new passphrase'), {
      target: { value: 'river stones under moonlight' },
    });
    await within(box).findByText(/^(Strong|Very strong)$/, {}, { timeout: 15_000 });
    fireEvent.click(within(box).getByRole('button', { name: 'Change passphrase' }));
    expect(await within(box).findByText(/current passphrase is not right/)).toBeTruthy();

    fireEvent.change(within(box).getByLabelText('Current passphrase'), {
      target: { value: 'correct horse battery staple' },
    });
    fireEvent.click(within(box).getByRole('button', { name: 'Change passphrase' }));
    expect(await within(box).findByText(/Your passphrase is changed/)).toBeTruthy();
    expect(fake.state.passphrase).toBe('river stones under moonlight');
  });

  it('issues a new recovery key after asking, and shows it', async () => {
    const fake = await openSettings();
    const box = section('Recovery key');
    fireEvent.change(within(box).getByLabelText('Your passphrase'), {
      target: { value: 'correct horse battery staple' },
    });
    fireEvent.click(within(box).getByRole('button', { name: 'Issue a new recovery key' }));
    const dialog = await screen.findByRole('dialog', { name: 'Issue a new recovery key?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Issue new key' }));
    expect(await within(box).findByText(fake.state.recoveryKey)).toBeTruthy();
  });

  it('restores a backup after confirmation, then asks to unlock again', async () => {
    const fake = await openSettings({
      backups: [
        { id: 'daily-1.interlude', kind: 'daily', createdAt: '2026-03-08T08:00:00.000Z', sizeBytes: 20480 },
      ],
    });
    const box = section('Backups');
    fireEvent.click(await within(box).findByRole('button', { name: /^Restore the backup from/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    expect(await screen.findByRole('heading', { name: 'Unlock your journal' })).toBeTruthy();
    expect(screen.getByText(/Your journal is back as it was on/)).toBeTruthy();
    expect(fake.callsOf('restoreBackup')).toEqual([{ id: 'daily-1.interlude' }]);
  });

  it('shows the version and where the journal lives, and keeps a place for export', async () => {
    await openSettings();
    const about = section('About');
    expect(await within(about).findByText('0.1.0')).toBeTruthy();
    expect(within(about).getByText('/home/someone/.config/Interlude/journal.interlude')).toBeTruthy();
    expect(section('Export')).toBeTruthy();
  });
});
