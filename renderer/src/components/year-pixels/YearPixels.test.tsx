import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { YearPixels } from './YearPixels.tsx';

afterEach(cleanup);

it('has a labelled cell for every day of the year, coloured where there was a mood', () => {
  render(
    <YearPixels
      year={2026}
      pixels={[
        { day: '2026-03-03', mean: 4.2, count: 2 },
        { day: '2026-12-31', mean: 1, count: 1 },
      ]}
    />,
  );
  const cells = screen.getAllByTestId('year-pixel');
  expect(cells).toHaveLength(365);
  const march3 = cells.find((cell) =>
    /^(3 March|March 3): good$/.test(cell.getAttribute('aria-label') ?? ''),
  );
  expect(march3?.getAttribute('title')).toBe(march3?.getAttribute('aria-label'));
  expect(march3?.style.backgroundColor).not.toBe('');
  expect(cells.filter((cell) => cell.style.backgroundColor !== '')).toHaveLength(2);
  expect(
    cells.some((cell) => /^(31 December|December 31): awful$/.test(cell.getAttribute('aria-label') ?? '')),
  ).toBe(true);
});

it('knows a leap year', () => {
  render(<YearPixels year={2028} pixels={[]} />);
  expect(screen.getAllByTestId('year-pixel')).toHaveLength(366);
  expect(screen.getAllByLabelText(/: no entry$/)).toHaveLength(366);
});

it('opens a written day when its cell is chosen, and only written days', () => {
  const onOpenDay = vi.fn();
  render(
    <YearPixels year={2026} pixels={[{ day: '2026-03-03', mean: 4, count: 1 }]} onOpenDay={onOpenDay} />,
  );
  const buttons = screen.getAllByRole('button', { name: /Open this day$/ });
  expect(buttons).toHaveLength(1);
  fireEvent.click(buttons[0] as HTMLElement);
  expect(onOpenDay).toHaveBeenCalledWith('2026-03-03');
});
