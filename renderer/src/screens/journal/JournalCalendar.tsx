import { useMemo, useState } from 'react';
import type { DailyMood } from '../../../../shared/api.ts';
import { ENTRY_PAGE_MAX } from '../../../../shared/api.ts';
import type { Day } from '../../../../shared/domain.ts';
import { MonthCalendar } from '../../components/month-calendar/MonthCalendar.tsx';
import { useCoreQuery } from '../../data/core-query.ts';
import { LoadFailure } from '../../data/LoadFailure.tsx';
import { Button } from '../../ui/Button.tsx';

function monthBounds(year: number, month: number): { from: Day; to: Day } {
  const pad = (value: number) => String(value).padStart(2, '0');
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(last)}` };
}

/**
 * The Journal's month grid: the month's entries (one page holds a month of even daily writing),
 * each day coloured by its mean mood. Choosing a day shows that day's entries.
 */
export function JournalCalendar({ today, onOpenDay }: { today: Day; onOpenDay(day: Day): void }) {
  const [shown, setShown] = useState(() => ({
    year: Number(today.slice(0, 4)),
    month: Number(today.slice(5, 7)),
  }));
  const bounds = monthBounds(shown.year, shown.month);
  const month = useCoreQuery('listEntries', { filter: bounds, cursor: null, limit: ENTRY_PAGE_MAX });
  const { moods, entryDays } = useMemo(() => {
    const byDay = new Map<Day, number[]>();
    for (const summary of month.data?.items ?? []) {
      const moodsOfDay = byDay.get(summary.day) ?? [];
      if (summary.mood !== null && summary.mood !== undefined) moodsOfDay.push(summary.mood);
      byDay.set(summary.day, moodsOfDay);
    }
    const daily: DailyMood[] = [];
    for (const [day, values] of byDay) {
      if (values.length > 0)
        daily.push({
          day,
          mean: values.reduce((sum, value) => sum + value, 0) / values.length,
          count: values.length,
        });
    }
    return { moods: daily, entryDays: new Set(byDay.keys()) };
  }, [month.data]);

  function step(by: number) {
    setShown(({ year, month: current }) => {
      const index = year * 12 + (current - 1) + by;
      return { year: Math.floor(index / 12), month: (index % 12) + 1 };
    });
  }

  return (
    <div className="journal-calendar stack">
      <div className="row">
        <Button size="small" variant="quiet" onClick={() => step(-1)}>
          Previous month
        </Button>
        <Button size="small" variant="quiet" onClick={() => step(1)}>
          Next month
        </Button>
      </div>
      {month.isError ? <LoadFailure error={month.error} onRetry={() => void month.refetch()} /> : null}
      <MonthCalendar
        year={shown.year}
        month={shown.month}
        moods={moods}
        entryDays={entryDays}
        onOpenDay={onOpenDay}
      />
    </div>
  );
}
