import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays } from '../../../../shared/dates.ts';
import type { Emotion } from '../../../../shared/domain.ts';
import { renderWithCore } from '../../testing/render-with-core.tsx';
import { type SeedEntry, testCore } from '../../testing/test-core.ts';
import { TrendsScreen } from './TrendsScreen.tsx';

afterEach(cleanup);

// The chart's module is loaded lazily; the first import in a test run takes a moment.
const CHART_LOADS = { timeout: 10_000 };
/** The test core's clock stands on 10 March 2026: day 12 of a space period that began on 27 February. */
const START = '2026-02-27';

/** One entry a day from the start of the space period, with these moods. */
async function seedMoods(moods: number[], emotions: Emotion[][] = []) {
  const entries: SeedEntry[] = moods.map((mood, index) => ({
    day: addDays(START, index),
    body: `Day ${index + 1}.`,
    mood,
    emotions: emotions[index] ?? [],
  }));
  await testCore().seed({ settings: { spaceStart: START, spaceLengthDays: 30 }, entries });
}

function renderTrends() {
  const props = { navigate: vi.fn(), write: vi.fn() };
  renderWithCore(<TrendsScreen {...props} />);
  return props;
}

describe('trends', () => {
  it('charts a point for each day with a mood, and the 7-day line', async () => {
    await seedMoods([2, 3, 3, 4, 2, 3, 4, 5]);
    renderTrends();
    expect(await screen.findAllByTestId('mood-point', {}, CHART_LOADS)).toHaveLength(8);
    expect(screen.getAllByTestId('rolling-line')).toHaveLength(1);
    expect(screen.getByText('Day 12 of 30 of your space period.')).toBeTruthy();
  });

  it('summarises the range in words', async () => {
    await seedMoods([2, 4], [['sad', 'hopeful'], ['sad']]);
    renderTrends();
    const summary = (await screen.findByRole('heading', { name: 'Summary' })).closest(
      'section',
    ) as HTMLElement;
    expect(within(summary).getByText('3.0 (okay)')).toBeTruthy();
    expect(within(summary).getByText(/^Rising/)).toBeTruthy();
    expect(within(summary).getByText('The space is not over yet')).toBeTruthy();
    expect(within(summary).getByText('sad (2), hopeful (1)')).toBeTruthy();
  });

  it('asks for another range when the user picks one', async () => {
    await seedMoods([3]);
    renderTrends();
    await screen.findAllByTestId('mood-point', {}, CHART_LOADS);
    fireEvent.click(screen.getByRole('radio', { name: 'Last 90 days' }));
    // The screen's own wait (5 s, vitest.renderer-setup.ts), not vi.waitFor's 1 s: the core is real.
    await waitFor(() => expect(testCore().callsOf('moodTrends').at(-1)).toEqual({ range: '90' }));
  });

  it('logs a day of contact, and the chart marks it', async () => {
    await seedMoods([3, 3, 2]);
    renderTrends();
    await screen.findAllByTestId('mood-point', {}, CHART_LOADS);
    expect(screen.queryAllByTestId('contact-marker')).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('Day of contact'), { target: { value: '2026-03-01' } });
    fireEvent.change(screen.getByLabelText('Note (optional)'), {
      target: { value: 'A message about the keys' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Log contact' }));
    expect(await screen.findAllByTestId('contact-marker')).toHaveLength(1);
    expect(testCore().callsOf('logContact')).toEqual([
      { day: '2026-03-01', note: 'A message about the keys' },
    ]);
    const log = screen.getByRole('list', { name: 'Logged contact' });
    expect(within(log).getByText(/A message about the keys/)).toBeTruthy();

    fireEvent.click(within(log).getByRole('button', { name: /Remove the contact on/ }));
    await waitFor(() => expect(screen.queryAllByTestId('contact-marker')).toHaveLength(0));
    expect(await testCore().core('listContacts')).toEqual([]);
  });

  it('encourages a first entry when there are no moods yet', async () => {
    await seedMoods([]);
    const props = renderTrends();
    fireEvent.click(await screen.findByRole('button', { name: 'Write today’s entry' }));
    expect(props.navigate).toHaveBeenCalledWith('today');
  });
});
