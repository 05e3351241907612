import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../app/App.tsx';
import { testCore } from '../../testing/test-core.ts';

afterEach(() => {
  cleanup();
  document.documentElement.removeAttribute('data-theme');
});

const PASSPHRASE = 'correct horse battery staple';
const settingsOnDisk = () => testCore().core('getSettings');

async function openSettings() {
  await testCore().seed();
  await openApp();
}

async function openApp() {
  render(<App />);
  const nav = await screen.findByRole('navigation', { name: 'Main' });
  fireEvent.click(within(nav).getByRole('button', { name: 'Settings' }));
  // The screen loads lazily, as in the app: the first test of a run waits for it to compile.
  await screen.findByRole('heading', { name: 'Settings', level: 1 }, { timeout: 10_000 });
  await screen.findByRole('heading', { name: 'Space period' }, { timeout: 5000 });
}

function section(name: string) {
  return screen.getByRole('region', { name });
}

describe('Settings', () => {
  it('lists every section at the top, in order, and a click takes the keyboard there', async () => {
    await openSettings();
    const contents = screen.getByRole('navigation', { name: 'Settings on this page' });
    const links = within(contents).getAllByRole('button');
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(links.map((link) => link.textContent)).toEqual(headings);
    fireEvent.click(within(contents).getByRole('button', { name: 'Backups' }));
    expect(document.activeElement).toBe(section('Backups'));
  });

  it('changes the theme at once and remembers it', async () => {
    await openSettings();
    fireEvent.click(within(section('Appearance')).getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    await waitFor(async () => expect((await settingsOnDisk()).theme).toBe('dark'));
    fireEvent.click(within(section('Appearance')).getByRole('radio', { name: 'Same as the system' }));
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
  });

  it('saves a new space period length and auto-lock time', async () => {
    await openSettings();
    const space = section('Space period');
    fireEvent.click(within(space).getByRole('radio', { name: '60 days' }));
    fireEvent.click(within(space).getByRole('button', { name: 'Save space period' }));
    expect(await within(space).findByText(/Saved: 60 days/)).toBeTruthy();
    expect((await settingsOnDisk()).spaceLengthDays).toBe(60);

    const autoLock = section('Auto-lock');
    const minutes = within(autoLock).getByLabelText('Minutes without use before locking');
    fireEvent.change(minutes, { target: { value: '0' } });
    fireEvent.click(within(autoLock).getByRole('button', { name: 'Save auto-lock' }));
    expect(await within(autoLock).findByText(/from 1 to 240/)).toBeTruthy();
    fireEvent.change(minutes, { target: { value: '15' } });
    fireEvent.click(within(autoLock).getByRole('button', { name: 'Save auto-lock' }));
    await waitFor(async () => expect((await settingsOnDisk()).autoLockMinutes).toBe(15));
  });

  it('changes the passphrase, and says so when the current one is wrong', async () => {
    await openSettings();
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
    expect(await within(box).findByText(/That passphrase does not open this journal/)).toBeTruthy();

    fireEvent.change(within(box).getByLabelText('Current passphrase'), {
      target: { value: 'correct horse battery staple' },
    });
    fireEvent.click(within(box).getByRole('button', { name: 'Change passphrase' }));
    expect(await within(box).findByText(/Your passphrase is changed/)).toBeTruthy();
    await testCore().core('lock');
    expect((await window.interlude.unlock({ passphrase: 'river stones under moonlight' })).ok).toBe(true);
  });

  it('issues a new recovery key after asking, and shows it', async () => {
    await openSettings();
    const box = section('Recovery key');
    fireEvent.change(within(box).getByLabelText('Your passphrase'), {
      target: { value: 'correct horse battery staple' },
    });
    fireEvent.click(within(box).getByRole('button', { name: 'Issue a new recovery key' }));
    const dialog = await screen.findByRole('dialog', { name: 'Issue a new recovery key?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Issue new key' }));
    const shown = await within(box).findByText(/^[A-Z0-9]{4}(-[A-Z0-9]{4})+$/);
    // The key shown is the one that opens the journal now.
    await testCore().core('lock');
    const opened = await window.interlude.unlockWithRecoveryKey({
      recoveryKey: shown.textContent ?? '',
      newPassphrase: 'a fresh start after all',
    });
    expect(opened.ok).toBe(true);
  });

  it('reads the settings once for the whole app', async () => {
    await openSettings();
    expect(testCore().callsOf('getSettings')).toHaveLength(1);
  });

  it('restores a backup after confirmation, then asks to unlock again', async () => {
    await testCore().seed({ unlocked: false });
    // The first unlock of the day keeps a backup.
    await testCore().core('unlock', { passphrase: PASSPHRASE });
    const [backup] = await testCore().core('listBackups');
    await openApp();
    const box = section('Backups');
    // Newest first: the first button restores the backup the core lists first.
    const [newest] = await within(box).findAllByRole('button', { name: /^Restore the backup from/ });
    fireEvent.click(newest as HTMLElement);
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    // A restore writes and syncs two files: on a busy machine that takes a moment.
    expect(
      await screen.findByText(/Your journal is back as it was on/, {}, { timeout: 10_000 }),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Unlock your journal' })).toBeTruthy();
    expect(testCore().callsOf('restoreBackup')).toEqual([{ id: backup?.id }]);
  });

  it('shows the version and where the journal lives, and keeps a place for export', async () => {
    await openSettings();
    const about = section('About');
    const status = await testCore().core('vaultStatus');
    expect(await within(about).findByText(status.appVersion)).toBeTruthy();
    expect(within(about).getByText(status.path)).toBeTruthy();
    expect(section('Export')).toBeTruthy();
  });
});
