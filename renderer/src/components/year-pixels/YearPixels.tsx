import type { DailyMood } from '../../../../shared/api.ts';
import { MOOD_LABELS } from '../../../../shared/domain.ts';
import { MOOD_LEVELS, moodColorVar, moodLabel } from '../../../../shared/mood-palette.ts';
import { dayAndMonthLabel, shortMonthLabel } from '../../../../shared/day-labels.ts';
import './year-pixels.css';

interface YearPixelsProps {
  year: number;
  pixels: readonly DailyMood[];
  /** Opens a day that has entries (the Journal, filtered to that day). */
  onOpenDay?(day: string): void;
}

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const DAYS_OF_MONTH = Array.from({ length: 31 }, (_, index) => index + 1);

function daysInMonth(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

function dayKey(year: number, month: number, dayOfMonth: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

/** The pixel's words, e.g. "3 March: good". */
export function pixelLabel(day: string, mean: number | undefined): string {
  return `${dayAndMonthLabel(day)}: ${mean === undefined ? 'no entry' : moodLabel(mean)}`;
}

/** A year in pixels: one cell per day, months across, days down, each coloured by that day's mean mood. */
export function YearPixels({ year, pixels, onOpenDay }: YearPixelsProps) {
  const meanByDay = new Map(pixels.map((pixel) => [pixel.day, pixel.mean]));
  return (
    <div className="year-pixels">
      <div className="year-pixels-scroll">
        <table className="year-pixels-table">
          <caption className="visually-hidden">Your mood on each day of {year}</caption>
          <thead>
            <tr>
              <td />
              {MONTHS.map((month) => (
                <th key={month} scope="col">
                  {shortMonthLabel(month)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {DAYS_OF_MONTH.map((dayOfMonth) => (
              <tr key={dayOfMonth}>
                <th scope="row">{dayOfMonth}</th>
                {MONTHS.map((month) => {
                  if (dayOfMonth > daysInMonth(year, month))
                    return <td key={month} className="pixel pixel--none" />;
                  const day = dayKey(year, month, dayOfMonth);
                  const mean = meanByDay.get(day);
                  const label = pixelLabel(day, mean);
                  return (
                    <td
                      key={month}
                      className={mean === undefined ? 'pixel pixel--empty' : 'pixel'}
                      title={label}
                      aria-label={label}
                      data-testid="year-pixel"
                      style={mean === undefined ? undefined : { backgroundColor: moodColorVar(mean) }}
                    >
                      {/* Only written days open: an empty day has nothing to show. */}
                      {mean !== undefined && onOpenDay ? (
                        <button
                          type="button"
                          className="pixel-open"
                          aria-label={`${label}. Open this day`}
                          onClick={() => onOpenDay(day)}
                        />
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="year-pixels-legend" aria-label="What the colours mean">
        {MOOD_LEVELS.map((mood) => (
          <li key={mood}>
            <span
              className="pixel-swatch"
              style={{ backgroundColor: moodColorVar(mood) }}
              aria-hidden="true"
            />
            {MOOD_LABELS[mood - 1]}
          </li>
        ))}
        <li>
          <span className="pixel-swatch pixel--empty" aria-hidden="true" />
          no entry
        </li>
      </ul>
    </div>
  );
}
