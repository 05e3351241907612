import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { testCore } from '../testing/test-core.ts';
import { App } from './App.tsx';

afterEach(cleanup);

describe('after a lock', () => {
  it('says why the journal locked and that the draft was kept', async () => {
    await testCore().seed();
    render(<App />);
    await screen.findByRole('textbox', { name: 'Your entry' });
    await act(() => testCore().lockFromCore('idle'));
    expect(await screen.findByText('Your journal locked itself after a while without use.')).toBeTruthy();
    expect(screen.getByText(/your draft was kept, encrypted/)).toBeTruthy();
  });

  it('says nothing about a lock when the app has just started', async () => {
    await testCore().seed({ unlocked: false });
    render(<App />);
    await screen.findByRole('heading', { name: 'Unlock your journal' });
    expect(screen.queryByText(/locked/)).toBeNull();
  });

  it('puts the cursor in the editor after unlocking, and keeps the Lock button reason as "you"', async () => {
    await testCore().seed({ unlocked: false });
    render(<App />);
    fireEvent.change(await screen.findByLabelText('Passphrase'), {
      target: { value: testCore().passphrase },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    const body = await screen.findByRole('textbox', { name: 'Your entry' });
    await waitFor(() => expect(document.activeElement).toBe(body));
    fireEvent.click(screen.getByRole('button', { name: 'Lock' }));
    expect(await screen.findByText('You locked your journal.')).toBeTruthy();
  });
});
