import { type KeyboardEvent, useRef, useState } from 'react';
import type { DailyMood } from '../../../../shared/api.ts';
import type { Day } from '../../../../shared/domain.ts';
import { moodColorVar, moodLabel } from '../../../../shared/mood-palette.ts';
import { longDayLabel } from '../../../../shared/day-labels.ts';
import { monthGrid, nextGridIndex } from './month-grid.ts';
import './month-calendar.css';

export interface MonthCalendarProps {
  year: number;
  /** 1 to 12. */
  month: number;
  /** Each day's mean mood (days with entries but no mood are in `entryDays` only). */
  moods: readonly DailyMood[];
  entryDays: ReadonlySet<Day>;
  onOpenDay(day: Day): void;
}

const WEEKDAYS = Array.from({ length: 7 }, (_, index) =>
  new Intl.DateTimeFormat(undefined, { weekday: 'short', timeZone: 'UTC' }).format(
    Date.UTC(2024, 0, 1 + index),
  ),
);

/**
 * A month grid: each day coloured by its mood, days with entries marked, a click (or Enter) opens
 * the day. The grid is one Tab stop; the arrow keys move by day and by week.
 */
export function MonthCalendar({ year, month, moods, entryDays, onOpenDay }: MonthCalendarProps) {
  const { weeks, days } = monthGrid(year, month);
  const meanByDay = new Map(moods.map((mood) => [mood.day, mood.mean]));
  const [current, setCurrent] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const title = new Intl.DateTimeFormat(undefined, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(year, month - 1, 1));

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const next = nextGridIndex(event.key, index, days.length);
    if (next === null) return;
    event.preventDefault();
    setCurrent(next);
    buttons.current[next]?.focus();
  }

  return (
    <table className="month-calendar">
      <caption>{title}</caption>
      <thead>
        <tr>
          {WEEKDAYS.map((weekday) => (
            <th key={weekday} scope="col">
              {weekday}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]?.date}>
            {week.map(({ date, day }) => {
              if (day === null) return <td key={date} />;
              const index = days.indexOf(day);
              const mean = meanByDay.get(day);
              const written = entryDays.has(day) || mean !== undefined;
              const words = `${longDayLabel(day)}: ${mean !== undefined ? moodLabel(mean) : written ? 'written, no mood' : 'no entry'}`;
              return (
                <td key={day}>
                  <button
                    ref={(element) => {
                      buttons.current[index] = element;
                    }}
                    type="button"
                    className={`month-day${written ? ' month-day--written' : ''}`}
                    style={mean !== undefined ? { backgroundColor: moodColorVar(mean) } : undefined}
                    tabIndex={index === current ? 0 : -1}
                    aria-label={words}
                    title={words}
                    onFocus={() => setCurrent(index)}
                    onKeyDown={(event) => onKeyDown(event, index)}
                    onClick={() => onOpenDay(day)}
                  >
                    <span className="month-day-number">{Number(day.slice(8))}</span>
                    {written ? <span className="month-day-mark" aria-hidden="true" /> : null}
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
