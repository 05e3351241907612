import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Contact } from '../../../../shared/domain.ts';
import { installFakeInterlude } from '../../components/testing/fake-interlude.ts';
import { sampleTrends } from '../../components/testing/sample-entries.ts';
import { TrendsScreen } from './TrendsScreen.tsx';

afterEach(cleanup);

// The chart's module is loaded lazily; the first import in a test run takes a moment.
const CHART_LOADS = { timeout: 10_000 };

function trendsService(moods: number[]) {
  let contacts: Contact[] = [];
  const trendsFor = () => {
    const trends = sampleTrends({ start: '2026-03-01', lengthDays: 30, today: '2026-03-12', moods });
    trends.contacts = contacts;
    trends.points = trends.points.map((point) => ({
      ...point,
      contact: contacts.some((contact) => contact.day === point.day),
    }));
    return trends;
  };
  return {
    moodTrends: vi.fn(trendsFor),
    listContacts: () => contacts,
    logContact: (contact: { day: string; note?: string }) => {
      contacts = [
        ...contacts.filter((c) => c.day !== contact.day),
        { day: contact.day, note: contact.note ?? '' },
      ];
      return contacts;
    },
    removeContact: ({ day }: { day: string }) => {
      contacts = contacts.filter((contact) => contact.day !== day);
      return contacts;
    },
  };
}

function renderTrends() {
  const props = { navigate: vi.fn(), write: vi.fn() };
  render(<TrendsScreen {...props} />);
  return props;
}

describe('trends', () => {
  it('charts a point for each day with a mood, and the 7-day line', async () => {
    installFakeInterlude(trendsService([2, 3, 3, 4, 2, 3, 4, 5]));
    renderTrends();
    expect(await screen.findAllByTestId('mood-point', {}, CHART_LOADS)).toHaveLength(8);
    expect(screen.getAllByTestId('rolling-line')).toHaveLength(1);
    expect(screen.getByText('Day 12 of 30 of your space period.')).toBeTruthy();
  });

  it('summarises the range in words', async () => {
    installFakeInterlude(trendsService([2, 4]));
    renderTrends();
    const summary = (await screen.findByRole('heading', { name: 'Summary' })).closest(
      'section',
    ) as HTMLElement;
    expect(within(summary).getByText('3.0 (okay)')).toBeTruthy();
    expect(within(summary).getByText('Rising, +0.40 a week')).toBeTruthy();
    expect(within(summary).getByText('The space is not over yet')).toBeTruthy();
    expect(within(summary).getByText('sad (4), hopeful (2)')).toBeTruthy();
  });

  it('asks for another range when the user picks one', async () => {
    const service = trendsService([3]);
    installFakeInterlude(service);
    renderTrends();
    await screen.findAllByTestId('mood-point', {}, CHART_LOADS);
    fireEvent.click(screen.getByRole('radio', { name: 'Last 90 days' }));
    await vi.waitFor(() => expect(service.moodTrends).toHaveBeenLastCalledWith({ range: '90' }));
  });

  it('logs a day of contact, and the chart marks it', async () => {
    const fake = installFakeInterlude(trendsService([3, 3, 2]));
    renderTrends();
    await screen.findAllByTestId('mood-point', {}, CHART_LOADS);
    expect(screen.queryAllByTestId('contact-marker')).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('Day of contact'), { target: { value: '2026-03-04' } });
    fireEvent.change(screen.getByLabelText('Note (optional)'), {
      target: { value: 'A message about the keys' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Log contact' }));
    expect(await screen.findAllByTestId('contact-marker')).toHaveLength(1);
    expect(fake.callsTo('logContact')).toEqual([{ day: '2026-03-04', note: 'A message about the keys' }]);
    const log = screen.getByRole('list', { name: 'Logged contact' });
    expect(within(log).getByText(/A message about the keys/)).toBeTruthy();

    fireEvent.click(within(log).getByRole('button', { name: /Remove the contact on/ }));
    await vi.waitFor(() => expect(screen.queryAllByTestId('contact-marker')).toHaveLength(0));
  });

  it('encourages a first entry when there are no moods yet', async () => {
    installFakeInterlude(trendsService([]));
    const props = renderTrends();
    fireEvent.click(await screen.findByRole('button', { name: 'Write today’s entry' }));
    expect(props.navigate).toHaveBeenCalledWith('today');
  });
});
