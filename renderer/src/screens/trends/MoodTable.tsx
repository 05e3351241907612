import type { MoodTrends } from '../../../../shared/api.ts';
import { moodLabel } from '../../../../shared/mood-palette.ts';
import { mediumDayLabel } from '../../../../shared/day-labels.ts';

/** The chart's numbers as a table, for screen readers and for anyone who prefers to read them. */
export function MoodTable({ trends }: { trends: MoodTrends }) {
  const rows = trends.points.filter((point) => point.mean !== null || point.contact);
  if (rows.length === 0) return null;
  return (
    <details className="mood-table">
      <summary>Show the numbers</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Date</th>
            <th scope="col">Mood</th>
            <th scope="col">7-day mean</th>
            <th scope="col">Contact</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((point) => (
            <tr key={point.day}>
              <td>{point.dayNumber}</td>
              <td>{mediumDayLabel(point.day)}</td>
              <td>{point.mean === null ? '—' : `${point.mean.toFixed(1)} (${moodLabel(point.mean)})`}</td>
              <td>{point.rolling7 === null ? '—' : point.rolling7.toFixed(1)}</td>
              <td>{point.contact ? 'yes' : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
