/**
 * The PDF's front pages after the cover: the contents (one line per month, linked to it) and a
 * summary of the range (weekly mood means, days of contact, the feelings named most often).
 * Chromium cannot print page numbers into a contents list without scripts, which the export never
 * runs, and the document holds no links at all (nothing in it can point anywhere), so the PDF's
 * bookmarks, which mirror the contents, are how a reader jumps to a month.
 */
import type { Day, Entry } from '../../shared/domain.ts';
import { startOfWeek } from '../../shared/dates.ts';
import { dailyMeans, meanOfDays } from '../journal/mood/daily-means.ts';
import { emotionFrequencies } from '../journal/mood/emotion-frequencies.ts';
import { moodLabel } from '../../shared/mood-palette.ts';
import type { Mood } from '../../shared/domain.ts';
import { formatMediumDay } from './export-dates.ts';
import type { ExportInput } from './export-input.ts';
import { escapeHtml } from './html-escape.ts';

const monthFormat = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const FEELINGS_SHOWN = 5;

/** "2024-03" for a day. */
export function monthOf(day: Day): string {
  return day.slice(0, 7);
}

/** "March 2024" for "2024-03". */
export function formatMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, monthNumber - 1, 1);
  return monthFormat.format(date);
}

export function monthAnchor(month: string): string {
  return `month-${month}`;
}

/** Entries grouped by month, oldest first (entries arrive sorted for reading). */
export function entriesByMonth(entries: readonly Entry[]): Map<string, Entry[]> {
  const months = new Map<string, Entry[]>();
  for (const entry of entries) {
    const month = monthOf(entry.day);
    const list = months.get(month);
    if (list) list.push(entry);
    else months.set(month, [entry]);
  }
  return months;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The contents page: each month with its days and entries, linked to where it starts. */
export function contentsPage(input: ExportInput): string {
  const months = entriesByMonth(input.entries);
  if (months.size === 0) return '';
  const items = [...months].map(([month, entries]) => {
    const days = new Set(entries.map((entry) => entry.day)).size;
    return (
      `<li><span>${escapeHtml(formatMonth(month))}</span>` +
      `<span class="contents-count">${plural(entries.length, 'entry', 'entries')} on ${plural(days, 'day', 'days')}</span></li>`
    );
  });
  return (
    '<nav class="contents front-page" aria-labelledby="contents-title">' +
    '<h2 id="contents-title">Contents</h2>' +
    '<ol class="contents-list"><li><span>Summary</span><span class="contents-count">moods, contact, feelings</span></li>' +
    `${items.join('')}</ol></nav>`
  );
}

export interface WeeklyMood {
  /** The Monday the week starts on. */
  week: Day;
  mean: number;
  /** Days of the week with a mood. */
  days: number;
}

/** The mean of each week's daily means (each day counts once), for the weeks that have a mood. */
export function weeklyMoodMeans(entries: readonly Pick<Entry, 'day' | 'mood'>[]): WeeklyMood[] {
  const weeks = new Map<Day, ReturnType<typeof dailyMeans>>();
  for (const daily of dailyMeans(entries)) {
    const week = startOfWeek(daily.day);
    const list = weeks.get(week);
    if (list) list.push(daily);
    else weeks.set(week, [daily]);
  }
  return [...weeks].map(([week, days]) => ({ week, mean: meanOfDays(days)!, days: days.length }));
}

/** The summary page: weekly mood means, the days of contact, and the feelings named most often. */
export function summaryPage(input: ExportInput): string {
  if (input.entries.length === 0) return '';
  const weeks = weeklyMoodMeans(input.entries);
  const moodRows = weeks.map((week) => {
    const nearest = Math.min(5, Math.max(1, Math.round(week.mean))) as Mood;
    return (
      `<tr><th scope="row">Week of ${escapeHtml(formatMediumDay(week.week))}</th>` +
      `<td>${week.mean.toFixed(1)} <span class="muted">(${moodLabel(nearest)})</span></td>` +
      `<td>${plural(week.days, 'day', 'days')}</td></tr>`
    );
  });
  const moods =
    moodRows.length > 0
      ? '<table class="summary-table"><caption>Mood, week by week (1 awful to 5 great)</caption>' +
        '<thead><tr><th scope="col">Week</th><th scope="col">Mean mood</th><th scope="col">Days with a mood</th></tr></thead>' +
        `<tbody>${moodRows.join('')}</tbody></table>`
      : '<p>No mood was recorded in these entries.</p>';
  const contacts = input.contacts;
  const contactText =
    contacts.length === 0
      ? 'No contact with your ex was logged in this range.'
      : `Contact with your ex was logged on ${plural(contacts.length, 'day', 'days')}: ${contacts
          .map((contact) => formatMediumDay(contact.day))
          .join(', ')}.`;
  const feelings = emotionFrequencies(input.entries).slice(0, FEELINGS_SHOWN);
  const feelingsHtml =
    feelings.length === 0
      ? '<p>No feelings were named in these entries.</p>'
      : `<ol class="summary-feelings">${feelings
          .map(
            (feeling) =>
              `<li>${escapeHtml(feeling.emotion)} <span class="muted">(${plural(feeling.count, 'entry', 'entries')})</span></li>`,
          )
          .join('')}</ol>`;
  return (
    '<section class="summary front-page" aria-labelledby="summary-title">' +
    '<h2 id="summary-title">Summary</h2>' +
    moods +
    '<h3>Days of contact</h3>' +
    `<p>${escapeHtml(contactText)}</p>` +
    '<h3>Feelings named most often</h3>' +
    feelingsHtml +
    '</section>'
  );
}
