import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { installFakeInterlude } from '../../app/testing/fake-interlude.ts';
import { CARE_EMERGENCY, SUPPORT_LINES } from './care-text.ts';
import { TodayCareCard } from './TodayCareCard.tsx';

afterEach(cleanup);

describe('the care card', () => {
  it('after a run of hard days, offers lines to call and the emergency advice, without links', async () => {
    installFakeInterlude({ careCard: () => ({ hardDays: 3, windowDays: 5 }) }, { unlocked: true });
    render(<TodayCareCard />);
    const card = await screen.findByRole('region', { name: 'A few heavy days' });
    expect(card.textContent).toContain('Samaritans (116 123)');
    expect(card.textContent).toContain(CARE_EMERGENCY);
    expect(card.querySelectorAll('a')).toHaveLength(0);
    // Calm: nothing in it interrupts a screen reader as an alert would.
    expect(card.closest('[role="alert"]')).toBeNull();
    expect(SUPPORT_LINES.every((line) => /\d/.test(line.contact))).toBe(true);
  });

  it('goes away when put away, and the core remembers', async () => {
    const fake = installFakeInterlude(
      { careCard: () => ({ hardDays: 3, windowDays: 5 }) },
      { unlocked: true },
    );
    render(<TodayCareCard />);
    fireEvent.click(await screen.findByRole('button', { name: 'Put this away' }));
    expect(screen.queryByRole('region', { name: 'A few heavy days' })).toBeNull();
    await waitFor(() => expect(fake.callsOf('dismissCareCard')).toHaveLength(1));
  });

  it('shows nothing on ordinary days', async () => {
    const fake = installFakeInterlude({}, { unlocked: true });
    render(<TodayCareCard />);
    await waitFor(() => expect(fake.callsOf('careCard')).toHaveLength(1));
    expect(screen.queryByRole('region')).toBeNull();
  });
});
