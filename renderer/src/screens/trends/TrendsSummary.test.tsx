import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { testCore } from '../../testing/test-core.ts';
import { TrendsSummary } from './TrendsSummary.tsx';

afterEach(cleanup);

describe('the Trends summary', () => {
  it('says which range each range-following number covers, and with one entry names no hardest day', async () => {
    await testCore().seed();
    await testCore().core('createEntry', { day: testCore().today, body: 'One evening.', mood: 4 });
    const trends = await testCore().core('moodTrends', { range: '30' });
    render(<TrendsSummary trends={trends} />);
    expect(screen.getByText('Best day (last 30 days)')).toBeTruthy();
    expect(screen.getByText('Feelings you named most (last 30 days)')).toBeTruthy();
    expect(screen.getByText('Mean during the space')).toBeTruthy();
    expect(screen.getByText('Hardest day (last 30 days)').nextElementSibling?.textContent).toBe(
      'No day was harder than the others',
    );
    expect(screen.getByText('Best day (last 30 days)').nextElementSibling?.textContent).toMatch(
      /^4\.0 \(good\) on /,
    );
  });
});
