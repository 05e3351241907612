import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays } from '../../../../shared/dates.ts';
import { renderWithCore } from '../../testing/render-with-core.tsx';
import { testCore } from '../../testing/test-core.ts';
import { CARE_EMERGENCY, SUPPORT_LINES } from './care-text.ts';
import { TodayCareCard } from './TodayCareCard.tsx';

afterEach(cleanup);

/** Three awful days out of the last five: what the care rule looks for. */
async function seedHardDays() {
  const today = testCore().today;
  await testCore().seed({
    entries: [0, 1, 2].map((back) => ({ day: addDays(today, -back), body: 'a hard day', mood: 1 })),
  });
}

describe('the care card', () => {
  it('after a run of hard days, offers lines to call and the emergency advice, without links', async () => {
    await seedHardDays();
    renderWithCore(<TodayCareCard />);
    const card = await screen.findByRole('region', { name: 'A few heavy days' });
    expect(card.textContent).toContain('Samaritans (116 123)');
    expect(card.textContent).toContain(CARE_EMERGENCY);
    expect(card.querySelectorAll('a')).toHaveLength(0);
    // Calm: nothing in it interrupts a screen reader as an alert would.
    expect(card.closest('[role="alert"]')).toBeNull();
    expect(SUPPORT_LINES.every((line) => /\d/.test(line.contact))).toBe(true);
  });

  it('goes away when put away, and the core remembers', async () => {
    await seedHardDays();
    renderWithCore(<TodayCareCard />);
    fireEvent.click(await screen.findByRole('button', { name: 'Put this away' }));
    expect(screen.queryByRole('region', { name: 'A few heavy days' })).toBeNull();
    await waitFor(async () => expect(await testCore().core('careCard')).toBeNull());
  });

  it('shows nothing on ordinary days', async () => {
    await testCore().seed({ entries: [{ day: testCore().today, body: 'an ordinary day', mood: 3 }] });
    renderWithCore(<TodayCareCard />);
    await waitFor(() => expect(testCore().callsOf('careCard')).toHaveLength(1));
    expect(screen.queryByRole('region')).toBeNull();
  });
});
