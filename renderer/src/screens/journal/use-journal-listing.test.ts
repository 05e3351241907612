import { expect, it } from 'vitest';
import { recentFilter } from './use-journal-listing.ts';

it('narrows a listing to the recent stretch, keeping the other filters', () => {
  expect(recentFilter({ mood: 2 }, '2026-03-31', 31)).toEqual({ mood: 2, from: '2026-02-28' });
  expect(recentFilter({ from: '2025-01-01', to: '2026-03-10' }, '2026-03-31', 31)).toEqual({
    from: '2026-02-28',
    to: '2026-03-10',
  });
});

it('does not narrow a listing the user already narrowed to that stretch, or one before it', () => {
  expect(recentFilter({ from: '2026-03-20' }, '2026-03-31', 31)).toBeNull();
  expect(recentFilter({ to: '2025-12-31' }, '2026-03-31', 31)).toBeNull();
});
