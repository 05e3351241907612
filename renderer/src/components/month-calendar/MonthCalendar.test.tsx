import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MonthCalendar } from './MonthCalendar.tsx';
import { monthGrid, nextGridIndex } from './month-grid.ts';

afterEach(cleanup);

describe('the month grid', () => {
  it('lays a month out in whole weeks from Monday, blanks for other months', () => {
    // March 2026 starts on a Sunday and ends on a Tuesday.
    const { weeks, days } = monthGrid(2026, 3);
    expect(days).toHaveLength(31);
    expect(weeks[0]?.map((cell) => cell.day)).toEqual([null, null, null, null, null, null, '2026-03-01']);
    expect(
      weeks
        .at(-1)
        ?.slice(0, 3)
        .map((cell) => cell.day),
    ).toEqual(['2026-03-30', '2026-03-31', null]);
    expect(monthGrid(2024, 2).days.at(-1)).toBe('2024-02-29');
    expect(monthGrid(2026, 12).days.at(-1)).toBe('2026-12-31');
  });

  it('moves by day and by week, and stops at the ends of the month', () => {
    expect(nextGridIndex('ArrowDown', 3, 31)).toBe(10);
    expect(nextGridIndex('ArrowUp', 3, 31)).toBe(0);
    expect(nextGridIndex('ArrowRight', 30, 31)).toBe(30);
    expect(nextGridIndex('x', 3, 31)).toBeNull();
  });
});

describe('the month calendar', () => {
  it('names each day with its mood, marks written days, and opens a day', () => {
    const onOpenDay = vi.fn();
    render(
      <MonthCalendar
        year={2026}
        month={3}
        moods={[{ day: '2026-03-03', mean: 4, count: 1 }]}
        entryDays={new Set(['2026-03-03', '2026-03-05'])}
        onOpenDay={onOpenDay}
      />,
    );
    const good = screen.getByRole('button', { name: /3.*: good$/ });
    expect(good.style.backgroundColor).toBe('var(--mood-4)');
    expect(screen.getByRole('button', { name: /5.*: written, no mood$/ })).toBeTruthy();
    fireEvent.click(good);
    expect(onOpenDay).toHaveBeenCalledWith('2026-03-03');
    // One Tab stop for the whole month.
    expect(screen.getAllByRole('button').filter((button) => button.tabIndex === 0)).toHaveLength(1);
  });
});
