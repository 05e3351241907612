import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithCore } from '../../testing/render-with-core.tsx';
import { testCore } from '../../testing/test-core.ts';
import { BackupProblemNotice } from './BackupProblemNotice.tsx';

afterEach(cleanup);

/** The core reports, as it does after an unlock whose backup failed, that today's copy is missing. */
function backupFailsWith(problem: string) {
  testCore().intercept('vaultStatus', async (_arg, real) => {
    const status = await real();
    return status.ok ? { ok: true, value: { ...status.value, backupProblem: problem } } : status;
  });
}

describe('the backup warning', () => {
  it('says calmly that today’s backup is missing, and that the journal itself is saved', async () => {
    await testCore().seed();
    backupFailsWith("Today's backup could not be made: the disk is full.");
    renderWithCore(<BackupProblemNotice />);
    expect(await screen.findByText("Today's backup was not made")).toBeTruthy();
    expect(screen.getByText("Today's backup could not be made: the disk is full.")).toBeTruthy();
    expect(screen.getByText(/Your journal itself is saved as usual/)).toBeTruthy();
  });

  it('shows nothing while backups work', async () => {
    await testCore().seed();
    const { container } = renderWithCore(<BackupProblemNotice />);
    await expect.poll(() => testCore().callsOf('vaultStatus').length).toBeGreaterThan(0);
    expect(container.textContent).toBe('');
  });
});
