/** The days a month calendar shows: whole weeks, Monday first, with the days of the neighbouring months left blank. */
import { addDays, eachDay, startOfWeek } from '../../../../shared/dates.ts';
import type { Day } from '../../../../shared/domain.ts';

export interface MonthGrid {
  /** Week rows of seven cells; `day` is null where the date belongs to another month. */
  weeks: { date: Day; day: Day | null }[][];
  days: Day[];
}

/** The month (1 to 12) of `year` laid out in weeks starting on Monday. */
export function monthGrid(year: number, month: number): MonthGrid {
  const first = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
  const last = addDays(
    month === 12
      ? `${String(year + 1).padStart(4, '0')}-01-01`
      : `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-01`,
    -1,
  );
  const days = eachDay(first, last);
  const cells = eachDay(startOfWeek(first), addDays(startOfWeek(last), 6)).map((date) => ({
    date,
    day: date >= first && date <= last ? date : null,
  }));
  const weeks: MonthGrid['weeks'] = [];
  for (let index = 0; index < cells.length; index += 7) weeks.push(cells.slice(index, index + 7));
  return { weeks, days };
}

/** The cell focus moves to in a grid of `count` cells, `columns` wide; null for other keys. */
export function nextGridIndex(key: string, index: number, count: number, columns = 7): number | null {
  const clamp = (value: number) => Math.min(count - 1, Math.max(0, value));
  switch (key) {
    case 'ArrowRight':
      return clamp(index + 1);
    case 'ArrowLeft':
      return clamp(index - 1);
    case 'ArrowDown':
      return clamp(index + columns);
    case 'ArrowUp':
      return clamp(index - columns);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
