import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
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
