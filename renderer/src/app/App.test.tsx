import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { testCore } from '../testing/test-core.ts';
import { App } from './App.tsx';

afterEach(() => {
  cleanup();
  document.documentElement.removeAttribute('data-theme');
});

const PASSPHRASE = 'correct horse battery staple';
const RECOVERY_KEY_TEXT = /^[A-Z0-9]{4}(-[A-Z0-9]{4})+$/;

/** Whether the journal on disk opens with this passphrase. */
async function opensWith(passphrase: string): Promise<boolean> {
  await testCore().core('lock');
  const result = await window.interlude.unlock({ passphrase });
  return result.ok;
}

async function unlock(passphrase = PASSPHRASE) {
  fireEvent.change(await screen.findByLabelText('Passphrase'), { target: { value: passphrase } });
  fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
}

describe('first run', () => {
  it('creates the journal, shows the recovery key once, checks it, sets the space period, and opens Today', async () => {
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Create your journal' })).toBeTruthy();
    expect(screen.getByText(/Nobody can reset your passphrase/)).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Passphrase'), { target: { value: PASSPHRASE } });
    fireEvent.change(screen.getByLabelText('Repeat the passphrase'), { target: { value: PASSPHRASE } });
    await screen.findByText('Very strong', {}, { timeout: 15_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Create journal' }));

    expect(await screen.findByRole('heading', { name: 'Your recovery key' })).toBeTruthy();
    expect(testCore().callsOf('createVault')).toEqual([{ passphrase: PASSPHRASE }]);
    const recoveryKey =
      within(screen.getByRole('figure', { name: 'Your recovery key' })).getByText(RECOVERY_KEY_TEXT)
        .textContent ?? '';
    fireEvent.click(screen.getByRole('button', { name: 'I have saved it' }));

    expect(await screen.findByRole('heading', { name: 'Check your recovery key' })).toBeTruthy();
    const field = screen.getByLabelText(/^Group \d of your recovery key$/);
    const question = (field as HTMLInputElement).labels?.[0]?.textContent ?? '';
    const groupNumber = Number(/Group (\d)/.exec(question)?.[1]);
    expect(groupNumber).toBeGreaterThan(1);
    const groups = recoveryKey.split('-');
    fireEvent.change(field, { target: { value: 'WRONG' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByText(/That is not group/)).toBeTruthy();
    fireEvent.change(field, { target: { value: groups[groupNumber - 1]?.toLowerCase() } });
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));

    expect(await screen.findByRole('heading', { name: 'Your space period' })).toBeTruthy();
    expect((screen.getByRole('radio', { name: '30 days' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Another length' }));
    fireEvent.change(screen.getByLabelText('Number of days'), { target: { value: '40' } });
    fireEvent.change(screen.getByLabelText('First day'), { target: { value: '2026-03-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start writing' }));

    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeTruthy();
    expect(await screen.findByRole('textbox', { name: 'Your entry' })).toBeTruthy();
    expect(await testCore().core('getSettings')).toMatchObject({
      spaceStart: '2026-03-01',
      spaceLengthDays: 40,
    });
    // The key is gone from the page once it has been checked.
    expect(screen.queryByText(recoveryKey)).toBeNull();
  });

  it('refuses a weak passphrase and a repeat that does not match', async () => {
    render(<App />);
    fireEvent.change(await screen.findByLabelText('Passphrase'), { target: { value: 'password123' } });
    fireEvent.change(screen.getByLabelText('Repeat the passphrase'), { target: { value: 'password124' } });
    await screen.findByText('Very weak', {}, { timeout: 15_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Create journal' }));
    expect(await screen.findByText(/Choose a stronger passphrase/)).toBeTruthy();
    expect(screen.getByText(/The two passphrases are not the same/)).toBeTruthy();
    expect(testCore().callsOf('createVault')).toEqual([]);
  });
});

describe('unlocking', () => {
  it('says plainly when the passphrase is wrong, and opens with the right one', async () => {
    await testCore().seed({ unlocked: false });
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Unlock your journal' })).toBeTruthy();
    await unlock('not my passphrase');
    expect((await screen.findByRole('alert')).textContent).toContain(
      'That passphrase does not open this journal',
    );
    await unlock();
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeTruthy();
  });

  it('offers the newest backup when the file is damaged, and restores it after asking', async () => {
    await testCore().seed({ unlocked: false });
    // The first unlock of the day keeps a backup; then the file is found damaged.
    await testCore().core('unlock', { passphrase: PASSPHRASE });
    await testCore().core('lock');
    const [backup] = await testCore().core('listBackups');
    testCore().intercept('unlock', async () => ({
      ok: false,
      error: {
        code: 'VAULT_DAMAGED',
        message: 'Your journal file is damaged and cannot be opened as it is.',
      },
    }));
    render(<App />);
    await unlock();
    expect(await screen.findByText(/Your journal file is damaged/)).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Restore the newest backup' }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    expect(await screen.findByText('Backup restored')).toBeTruthy();
    expect(testCore().callsOf('restoreBackup')).toEqual([{ id: backup?.id }]);
  });

  it('opens with the recovery key and a new passphrase, then shows the new recovery key', async () => {
    const { recoveryKey } = await testCore().seed({ unlocked: false });
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Use your recovery key' }));
    fireEvent.change(screen.getByLabelText('Recovery key'), { target: { value: recoveryKey } });
    fireEvent.change(screen.getByLabelText('New passphrase'), {
      target: { value: 'a brand new garden gate' },
    });
    fireEvent.change(screen.getByLabelText('Repeat the new passphrase'), {
      target: { value: 'a brand new garden gate' },
    });
    await screen.findByText(/^(Strong|Very strong)$/, {}, { timeout: 15_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Open my journal' }));
    expect(await screen.findByRole('heading', { name: 'Your new recovery key' })).toBeTruthy();
    const fresh = screen.getByText(RECOVERY_KEY_TEXT).textContent;
    expect(fresh).not.toBe(recoveryKey);
    fireEvent.click(screen.getByRole('button', { name: 'I have saved it' }));
    // The same check as onboarding: one group of the new key, typed back.
    const groupField = await screen.findByLabelText(/^Group \d of your recovery key$/);
    const label = (groupField as HTMLInputElement).labels?.[0]?.textContent ?? '';
    const groupNumber = Number(/Group (\d)/.exec(label)?.[1]);
    fireEvent.change(groupField, { target: { value: 'ZZZZ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(
      await screen.findByText(`That is not group ${groupNumber}. Look at the key you saved and try again.`),
    ).toBeTruthy();
    fireEvent.change(groupField, { target: { value: (fresh ?? '').split('-')[groupNumber - 1] } });
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeTruthy();
    cleanup();
    expect(await opensWith('a brand new garden gate')).toBe(true);
  });
});

describe('locking', () => {
  async function openUnlockedApp() {
    await testCore().seed();
    render(<App />);
    const body = await screen.findByRole('textbox', { name: 'Your entry' });
    return { body };
  }

  it('the Lock button saves the draft, locks, and drops everything that was on screen', async () => {
    const { body } = await openUnlockedApp();
    fireEvent.change(body, { target: { value: 'Something private' } });
    // What a chart leaves outside React's tree: Recharts' text-measuring span.
    const measured = document.createElement('span');
    measured.id = 'recharts_measurement_span';
    measured.textContent = 'tag: his birthday';
    document.body.appendChild(measured);
    fireEvent.click(screen.getByRole('button', { name: 'Lock' }));
    expect(await screen.findByRole('heading', { name: 'Unlock your journal' })).toBeTruthy();
    expect((await testCore().core('vaultStatus')).unlocked).toBe(false);
    expect(document.body.textContent).not.toContain('Something private');
    expect(document.body.textContent).not.toContain('his birthday');
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();
    // Saved before the lock, though the typing pause was shorter than the autosave delay.
    await testCore().core('unlock', { passphrase: PASSPHRASE });
    expect((await testCore().core('getDraft'))?.body).toBe('Something private');
  });

  it('Ctrl+L locks from anywhere, even while typing', async () => {
    const { body } = await openUnlockedApp();
    fireEvent.keyDown(body, { key: 'l', ctrlKey: true });
    expect(await screen.findByRole('heading', { name: 'Unlock your journal' })).toBeTruthy();
    expect(testCore().callsOf('lock')).toHaveLength(1);
  });

  it('the core’s locked event (idle, sleep) also brings back the unlock screen', async () => {
    const { body } = await openUnlockedApp();
    fireEvent.change(body, { target: { value: 'Words on screen' } });
    await testCore().lockFromCore('idle');
    expect(await screen.findByRole('heading', { name: 'Unlock your journal' })).toBeTruthy();
    expect(document.body.textContent).not.toContain('Words on screen');
  });

  it('tells the core about activity, at most once per interval', async () => {
    const { body } = await openUnlockedApp();
    const before = testCore().callsOf('reportActivity').length;
    fireEvent.keyDown(body, { key: 'a' });
    fireEvent.keyDown(body, { key: 'b' });
    fireEvent.pointerDown(body);
    await waitFor(() => expect(testCore().callsOf('reportActivity').length).toBe(before + 1));
  });

  it('applies the theme from settings', async () => {
    await testCore().seed({ settings: { theme: 'dark' } });
    render(<App />);
    await waitFor(() => expect(document.documentElement.getAttribute('data-theme')).toBe('dark'));
  });
});
