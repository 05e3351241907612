import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays } from '../../../../shared/dates.ts';
import { renderWithCore } from '../../testing/render-with-core.tsx';
import { testCore } from '../../testing/test-core.ts';
import { TodayMemories } from './TodayMemories.tsx';

afterEach(cleanup);

function renderMemories() {
  const write = vi.fn();
  renderWithCore(<TodayMemories write={write} onWriteAnother={vi.fn()} />);
  return write;
}

describe('what Today shows beside the page', () => {
  it('says what was written today and a week ago, and warns of a hard date coming', async () => {
    const today = testCore().today;
    await testCore().seed({
      settings: { spaceStart: addDays(today, -10) },
      entries: [
        { day: addDays(today, -1), body: 'Yesterday, a walk.', mood: 3 },
        { day: today, body: 'This morning, coffee alone.', mood: 3 },
        { day: addDays(today, -7), body: 'A week ago, the first quiet evening.', mood: 2 },
      ],
    });
    await testCore().core('addHardDate', { day: addDays(today, 2), label: 'Her birthday', yearly: false });
    const write = renderMemories();

    expect(await screen.findByRole('heading', { name: 'You wrote today' })).toBeTruthy();
    expect(screen.getByText('1 entry today · 2 days in a row')).toBeTruthy();
    expect(screen.getByText('This morning, coffee alone.')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'On this day' })).toBeTruthy();
    expect(screen.getByText('A week ago, the first quiet evening.')).toBeTruthy();
    expect(await screen.findByText(/Her birthday is in 2 days/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Plan the day in writing' }));
    expect(write).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'prompt', prompt: expect.objectContaining({ packId: 'hard-dates' }) }),
    );
  });

  it('keeps a year-old memory from before the space period back until the user allows it', async () => {
    const today = testCore().today;
    await testCore().seed({
      settings: { spaceStart: addDays(today, -10) },
      entries: [{ day: addDays(today, -365), body: 'Our trip to the lake.', mood: 5 }],
    });
    renderMemories();
    await waitFor(() => expect(testCore().callsOf('onThisDay')).toHaveLength(1));
    expect(screen.queryByText('Our trip to the lake.')).toBeNull();

    cleanup();
    await testCore().core('updateSettings', { throwbacksBeforeSpace: true });
    renderMemories();
    expect(await screen.findByText('Our trip to the lake.')).toBeTruthy();
  });
});
