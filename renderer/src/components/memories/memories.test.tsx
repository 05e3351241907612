import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HardDateHeadsUp } from '../../../../shared/api.ts';
import { sampleEntry } from '../testing/sample-entry.ts';
import { HardDateHeadsUps, headsUpWords } from './HardDateHeadsUps.tsx';
import { OnThisDay } from './OnThisDay.tsx';
import { WrittenToday, writtenTodaySummary } from './WrittenToday.tsx';

afterEach(cleanup);

const headsUp = (daysAhead: number): HardDateHeadsUp => ({
  hardDateId: 'h',
  label: 'Her birthday',
  day: '2026-06-14',
  daysAhead,
  prompt: {
    id: 'hard-dates/plan',
    text: 'Her birthday is coming. What would make that day a little gentler?',
  },
});

describe('on this day', () => {
  it('shows each throwback under when it was, and opens an entry', () => {
    const entry = sampleEntry({ id: 'w', day: '2026-03-24', body: 'The first walk alone.' });
    const onOpen = vi.fn();
    render(
      <OnThisDay
        onThisDay={{ today: '2026-03-31', throwbacks: [{ span: 'week', day: entry.day, entries: [entry] }] }}
        onOpen={onOpen}
      />,
    );
    const section = screen.getByRole('region', { name: 'On this day' });
    expect(section.textContent).toMatch(/A week ago, .*24/);
    expect(section.textContent).toContain('The first walk alone.');
    fireEvent.click(screen.getByRole('button', { name: 'Read it' }));
    expect(onOpen).toHaveBeenCalledWith(entry);
  });

  it('shows nothing when there is nothing to look back on', () => {
    const { container } = render(
      <OnThisDay onThisDay={{ today: '2026-03-31', throwbacks: [] }} onOpen={() => undefined} />,
    );
    expect(container.textContent).toBe('');
  });
});

describe('the hard-date heads-up', () => {
  it('says how soon the day is, gently, and offers to plan it in writing', () => {
    expect(headsUpWords(headsUp(0))).toBe('Today is Her birthday.');
    expect(headsUpWords(headsUp(1))).toBe('Her birthday is tomorrow.');
    expect(headsUpWords(headsUp(3))).toMatch(/^Her birthday is in 3 days, on /);
    const onPlan = vi.fn();
    render(<HardDateHeadsUps headsUps={[headsUp(2)]} onPlan={onPlan} />);
    fireEvent.click(screen.getByRole('button', { name: 'Plan the day in writing' }));
    expect(onPlan).toHaveBeenCalledWith(headsUp(2));
  });
});

describe('you wrote today', () => {
  it("lists today's entries with the streak, and offers another entry", () => {
    const entries = [sampleEntry({ id: 'a', day: '2026-03-31', body: 'Evening pages.' })];
    const onWriteAnother = vi.fn();
    render(
      <WrittenToday
        written={{ day: '2026-03-31', entries, streakDays: 4 }}
        onOpen={() => undefined}
        onWriteAnother={onWriteAnother}
      />,
    );
    expect(screen.getByRole('region', { name: 'You wrote today' }).textContent).toContain('Evening pages.');
    expect(screen.getByText('1 entry today · 4 days in a row')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Write another entry' }));
    expect(onWriteAnother).toHaveBeenCalled();
  });

  it('does not call one day a streak', () => {
    expect(writtenTodaySummary({ day: '2026-03-31', entries: [], streakDays: 1 })).toBe('0 entries today');
  });
});
