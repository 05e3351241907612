/**
 * The mood chart as inline SVG, for the PDF: vector, so it prints crisply at any size, and drawn
 * with the same palette and meaning as the app's chart (shared/mood-palette.ts): one dot per day
 * with a mood, the 7-day rolling mean as a line, the space period shaded, contact days marked.
 */
import type { MoodPoint, SpacePeriod } from '../../shared/api.ts';
import type { Contact, Day } from '../../shared/domain.ts';
import { MOOD_LEVELS, moodColor, moodLabel, SPACE_PERIOD_TINT } from '../../shared/mood-palette.ts';
import { addDays, daysBetween, earlierDay, laterDay } from '../../shared/dates.ts';
import { formatMediumDay, formatShortDay } from './export-dates.ts';
import { escapeHtml } from './html-escape.ts';
import type { DayRange } from './export-input.ts';

export interface MoodChartOptions {
  range: DayRange;
  space: Pick<SpacePeriod, 'start' | 'end'>;
  /** Contact days to mark, in addition to points flagged `contact`. */
  contacts?: readonly Contact[];
  /** Width and height of the drawing in SVG units; the SVG scales to its container. */
  width?: number;
  height?: number;
}

const INK = '#1F1F1F';
const MUTED_INK = '#5A5A5A';
const GRID = '#DDDDDD';
const ROLLING_MEAN = '#333333';
const CONTACT = '#444444';
const MARGIN = { top: 22, right: 14, bottom: 58, left: 64 };
const MAX_DATE_LABELS = 8;

/** An inline SVG chart of the mood points that fall inside the range, with an accessible title and description. */
export function moodChartSvg(points: readonly MoodPoint[], options: MoodChartOptions): string {
  const width = options.width ?? 720;
  const height = options.height ?? 280;
  const { from, to } = options.range;
  const dayCount = daysBetween(from, to) + 1;
  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    width: width - MARGIN.left - MARGIN.right,
    height: height - MARGIN.top - MARGIN.bottom,
  };
  const band = plot.width / dayCount;
  const xOf = (day: Day) => plot.left + (daysBetween(from, day) + 0.5) * band;
  const yOf = (mood: number) => plot.top + ((5 - mood) / 4) * plot.height;

  const byDay = new Map<Day, MoodPoint>();
  for (const point of points) {
    if (point.day >= from && point.day <= to && !byDay.has(point.day)) byDay.set(point.day, point);
  }
  const days = [...byDay.keys()].sort();
  const moodDays = days.filter((day) => byDay.get(day)!.mean !== null);
  const contactDays = new Set(days.filter((day) => byDay.get(day)!.contact));
  for (const contact of options.contacts ?? []) {
    if (contact.day >= from && contact.day <= to) contactDays.add(contact.day);
  }

  const parts: string[] = [];
  const spaceFrom = laterDay(options.space.start, from);
  const spaceTo = earlierDay(options.space.end, to);
  if (spaceFrom <= spaceTo) {
    const left = xOf(spaceFrom) - band / 2;
    parts.push(
      `<rect class="space-period" x="${round(left)}" y="${plot.top}" width="${round(xOf(spaceTo) + band / 2 - left)}" height="${plot.height}" fill="${SPACE_PERIOD_TINT}"/>`,
    );
  }
  for (const mood of MOOD_LEVELS) {
    const y = round(yOf(mood));
    parts.push(
      `<line x1="${plot.left}" x2="${plot.left + plot.width}" y1="${y}" y2="${y}" stroke="${GRID}" stroke-width="0.75"/>`,
      `<circle cx="${plot.left - 8}" cy="${y}" r="3.5" fill="${moodColor(mood)}"/>`,
      `<text x="${plot.left - 16}" y="${y}" dy="0.35em" text-anchor="end" font-size="11" fill="${INK}">${moodLabel(mood)}</text>`,
    );
  }
  parts.push(dateLabels(from, dayCount, xOf, plot.top + plot.height));
  for (const day of [...contactDays].sort()) {
    const x = round(xOf(day));
    parts.push(
      `<g class="contact" data-day="${escapeHtml(day)}"><line x1="${x}" x2="${x}" y1="${plot.top}" y2="${plot.top + plot.height}" stroke="${CONTACT}" stroke-width="1" stroke-dasharray="3 3"/>` +
        `<path d="M${x - 4} ${plot.top - 9}h8l-4 7z" fill="${CONTACT}"/></g>`,
    );
  }
  const rollingPath = pathThrough(days, (day) => byDay.get(day)!.rolling7, xOf, yOf);
  if (rollingPath) {
    parts.push(
      `<path class="rolling-mean" d="${rollingPath}" fill="none" stroke="${ROLLING_MEAN}" stroke-width="1.75" stroke-linejoin="round" stroke-linecap="round"/>`,
    );
  }
  const radius = round(Math.min(4.5, Math.max(1.6, band * 0.42)));
  for (const day of moodDays) {
    const mean = byDay.get(day)!.mean!;
    parts.push(
      `<circle class="mood-point" data-day="${escapeHtml(day)}" cx="${round(xOf(day))}" cy="${round(yOf(mean))}" r="${radius}" fill="${moodColor(mean)}" stroke="#FFFFFF" stroke-width="0.6"/>`,
    );
  }
  parts.push(legend(height - 16, plot.left));

  const title = `Mood from ${formatMediumDay(from)} to ${formatMediumDay(to)}`;
  const description = describeChart(
    moodDays.map((day) => byDay.get(day)!.mean!),
    contactDays.size,
    {
      spaceFrom,
      spaceTo,
    },
  );
  return (
    `<svg class="mood-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="mood-chart-title mood-chart-desc" font-family="inherit">` +
    `<title id="mood-chart-title">${title}</title><desc id="mood-chart-desc">${description}</desc>` +
    parts.join('') +
    '</svg>'
  );
}

function dateLabels(from: Day, dayCount: number, xOf: (day: Day) => number, axisY: number): string {
  const step = Math.max(1, Math.ceil(dayCount / MAX_DATE_LABELS));
  const labels: string[] = [];
  let previousYear = '';
  for (let index = 0; index < dayCount; index += step) {
    const day = addDays(from, index);
    const year = day.slice(0, 4);
    // The year is written on the first label and wherever it changes, so long ranges stay unambiguous.
    const text = year === previousYear ? formatShortDay(day) : `${formatShortDay(day)}, ${year}`;
    previousYear = year;
    const x = round(xOf(day));
    labels.push(
      `<line x1="${x}" x2="${x}" y1="${axisY}" y2="${axisY + 4}" stroke="${MUTED_INK}" stroke-width="0.75"/>`,
      `<text x="${x}" y="${axisY + 16}" text-anchor="middle" font-size="10" fill="${MUTED_INK}">${text}</text>`,
    );
  }
  return labels.join('');
}

function pathThrough(
  days: readonly Day[],
  valueForDay: (day: Day) => number | null,
  xOf: (day: Day) => number,
  yOf: (mood: number) => number,
): string {
  const commands: string[] = [];
  let previous: Day | null = null;
  for (const day of days) {
    const value = valueForDay(day);
    if (value === null) {
      previous = null;
      continue;
    }
    // A missing day breaks the line rather than drawing a slope the data does not have.
    const continues = previous !== null && daysBetween(previous, day) === 1;
    commands.push(`${continues ? 'L' : 'M'}${round(xOf(day))} ${round(yOf(value))}`);
    previous = day;
  }
  return commands.join('');
}

function legend(y: number, left: number): string {
  return (
    `<g class="legend" font-size="10" fill="${MUTED_INK}">` +
    `<rect x="${left}" y="${y - 6}" width="14" height="10" fill="${SPACE_PERIOD_TINT}" stroke="${GRID}" stroke-width="0.5"/>` +
    `<text x="${left + 20}" y="${y}" dy="0.1em">space period</text>` +
    `<line x1="${left + 110}" x2="${left + 132}" y1="${y - 1}" y2="${y - 1}" stroke="${ROLLING_MEAN}" stroke-width="1.75"/>` +
    `<text x="${left + 138}" y="${y}" dy="0.1em">7-day average</text>` +
    `<circle cx="${left + 240}" cy="${y - 1}" r="3.5" fill="${MUTED_INK}"/>` +
    `<text x="${left + 248}" y="${y}" dy="0.1em">daily mood</text>` +
    `<path d="M${left + 336} ${y - 5}h8l-4 7z" fill="${CONTACT}"/>` +
    `<text x="${left + 350}" y="${y}" dy="0.1em">contact day</text>` +
    '</g>'
  );
}

function describeChart(
  means: number[],
  contactCount: number,
  space: { spaceFrom: Day; spaceTo: Day },
): string {
  const sentences: string[] = [];
  if (means.length === 0) {
    sentences.push('No mood was recorded in this range.');
  } else {
    const average = means.reduce((sum, mean) => sum + mean, 0) / means.length;
    const rounded = Math.round(average * 10) / 10;
    sentences.push(
      `${means.length} ${means.length === 1 ? 'day has' : 'days have'} a mood, averaging ${rounded} of 5 (${moodLabel(rounded)}).`,
      'A line shows the 7-day average.',
    );
  }
  if (space.spaceFrom <= space.spaceTo) {
    sentences.push(
      `The shaded band is the space period, ${formatMediumDay(space.spaceFrom)} to ${formatMediumDay(space.spaceTo)}.`,
    );
  }
  if (contactCount > 0) {
    sentences.push(`Dashed lines mark ${contactCount} ${contactCount === 1 ? 'day' : 'days'} with contact.`);
  }
  return sentences.join(' ');
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
