import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithCore } from '../../testing/render-with-core.tsx';
import { testCore } from '../../testing/test-core.ts';
import { WriterWaitNotice } from './WriterWaitNotice.tsx';

afterEach(cleanup);

const WAITING = 'Waiting for another Interlude window or command to finish…';

describe('waiting for another writer', () => {
  it('appears when the core says it waits, and goes when the wait is over', async () => {
    await testCore().seed();
    let waiting: string | null = null;
    testCore().intercept('vaultStatus', async (_arg, real) => {
      const status = await real();
      return status.ok ? { ok: true, value: { ...status.value, writerWait: waiting } } : status;
    });
    renderWithCore(<WriterWaitNotice />);
    await expect.poll(() => testCore().callsOf('vaultStatus').length).toBeGreaterThan(0);
    expect(screen.queryByText(WAITING)).toBeNull();
    // The core tells the renderer to read the status again when a wait starts and when it ends.
    waiting = WAITING;
    testCore().emitJournalChanged();
    expect((await screen.findByText(WAITING)).closest('[role="status"]')).toBeTruthy();
    waiting = null;
    testCore().emitJournalChanged();
    await expect.poll(() => screen.queryByText(WAITING)).toBeNull();
  });
});
