/**
 * The PDF export as one static HTML document: inline CSS, the mood chart as inline SVG, no scripts
 * and nothing to fetch. A strict CSP inside the document backs that up, so even a bug here cannot
 * make the print window load anything.
 */
import type { Day, Entry } from '../../shared/domain.ts';
import { moodLabel } from '../../shared/mood-palette.ts';
import { daysBetween } from '../../shared/dates.ts';
import {
  dayOfIsoDateTime,
  formatDayRange,
  formatLongDay,
  formatMediumDay,
  formatTimeOfDay,
} from './export-dates.ts';
import { DEFAULT_EXPORT_TITLE, type ExportInput } from './export-input.ts';
import { exportStylesheet } from './export-styles.ts';
import { contentsPage, entriesByMonth, formatMonth, monthAnchor, summaryPage } from './export-summary.ts';
import { escapeHtml } from './html-escape.ts';
import { renderMarkdownLite } from './markdown-lite.ts';
import { moodChartSvg } from './mood-chart-svg.ts';

/** The Content-Security-Policy every export document carries. */
export const EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** The complete HTML document for a PDF export; `input.entries` must already be selected and sorted. */
export function buildExportHtml(input: ExportInput): string {
  const title = input.title?.trim() || DEFAULT_EXPORT_TITLE;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${exportStylesheet(input.pageSize)}</style>`,
    '</head>',
    '<body>',
    cover(input, title),
    contentsPage(input),
    summaryPage(input),
    '<main>',
    input.entries.length === 0 ? '<p class="empty">There are no entries in this range.</p>' : months(input),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function cover(input: ExportInput, title: string): string {
  const { range, space } = input;
  const dayCount = new Set(input.entries.map((entry) => entry.day)).size;
  const facts = [
    formatDayRange(range.from, range.to),
    `${plural(input.entries.length, 'entry', 'entries')} on ${plural(dayCount, 'day', 'days')}`,
    `Space period: ${formatDayRange(space.start, space.end)} (${plural(space.lengthDays, 'day', 'days')})`,
  ];
  const exportedOn = dayOfIsoDateTime(input.generatedAt);
  if (exportedOn) facts.push(`Exported on ${formatMediumDay(exportedOn)}`);
  const chart = input.includeChart
    ? '<figure class="chart"><figcaption>Mood</figcaption>' +
      moodChartSvg(input.moodPoints, { range, space, contacts: input.contacts }) +
      '</figure>'
    : '';
  return (
    '<header class="cover">' +
    '<p class="eyebrow">Interlude</p>' +
    `<h1 dir="auto">${escapeHtml(title)}</h1>` +
    `<ul class="cover-facts">${facts.map((fact) => `<li>${escapeHtml(fact)}</li>`).join('')}</ul>` +
    '<p class="private-note">This PDF is not encrypted. Keep it somewhere private, and delete it when you no longer need it.</p>' +
    chart +
    '</header>'
  );
}

/**
 * One section per month with an h2, and its days under h3 headings: Chromium's document outline
 * follows the heading levels, so the PDF's bookmarks read month by month, then day by day.
 */
function months(input: ExportInput): string {
  return [...entriesByMonth(input.entries)]
    .map(([month, entries]) => {
      const anchor = monthAnchor(month);
      return (
        `<section class="month" aria-labelledby="${anchor}">\n` +
        `<h2 id="${anchor}" class="month-title">${escapeHtml(formatMonth(month))}</h2>\n` +
        `${days(input, entries)}\n</section>`
      );
    })
    .join('\n');
}

function days(input: ExportInput, entriesOfMonth: readonly Entry[]): string {
  const byDay = new Map<Day, Entry[]>();
  for (const entry of entriesOfMonth) byDay.set(entry.day, [...(byDay.get(entry.day) ?? []), entry]);
  const contactNotes = new Map<Day, string>();
  for (const contact of input.contacts) contactNotes.set(contact.day, contact.note);
  const sortedDays = [...byDay.keys()].sort();
  return sortedDays
    .map((day) => {
      const entries = byDay.get(day)!;
      const anchor = `day-${escapeHtml(day)}`;
      const heading =
        // The space-period day sits below the heading, so the bookmark reads as the date alone.
        `<h3 id="${anchor}" class="day-title">${escapeHtml(formatLongDay(day))}</h3>` +
        spaceDayLabel(day, input) +
        contactNote(contactNotes, day);
      const articles = entries.map((entry, index) => entryHtml(entry, input, index === 0 ? heading : ''));
      return `<section class="day" aria-labelledby="${anchor}">\n${articles.join('\n')}\n</section>`;
    })
    .join('\n');
}

function spaceDayLabel(day: Day, input: ExportInput): string {
  const dayNumber = daysBetween(input.space.start, day) + 1;
  if (dayNumber < 1 || dayNumber > input.space.lengthDays) return '';
  return `<p class="day-number">Day ${dayNumber} of your ${input.space.lengthDays}-day space period</p>`;
}

function contactNote(notes: Map<Day, string>, day: Day): string {
  if (!notes.has(day)) return '';
  const note = notes.get(day)!.trim();
  return `<p class="day-note">Contact with your ex logged${note ? ': ' : '.'}${note ? `<bdi>${escapeHtml(note)}</bdi>` : ''}</p>`;
}

function entryHtml(entry: Entry, input: ExportInput, dayHeading: string): string {
  const meta: string[] = [
    `<time class="entry-time" datetime="${escapeHtml(entry.createdAt)}">${escapeHtml(formatTimeOfDay(entry.createdAt))}</time>`,
  ];
  if (entry.section !== null) {
    const sectionTitle = input.sectionTitles[entry.section] ?? entry.section;
    meta.push(`<bdi class="section-title">${escapeHtml(sectionTitle)}</bdi>`);
  }
  if (entry.mood !== null) {
    meta.push(
      `<span class="mood mood-${entry.mood}"><span class="swatch" aria-hidden="true"></span>${moodLabel(entry.mood)}</span>`,
    );
  }
  if (entry.emotions.length > 0) {
    meta.push(`<span class="emotions">${escapeHtml(entry.emotions.join(', '))}</span>`);
  }
  const header =
    '<header class="entry-header">' +
    `<p class="entry-meta">${meta.join('')}</p>` +
    (input.includePrompts && entry.prompt
      ? `<p class="prompt" dir="auto">${escapeHtml(entry.prompt.text)}</p>`
      : '') +
    '</header>';
  const body = renderMarkdownLite(entry.body);
  const tags =
    entry.tags.length > 0
      ? `<p class="tags">${entry.tags.map((tag) => `<bdi class="tag">#${escapeHtml(tag)}</bdi>`).join(' ')}</p>`
      : '';
  return (
    `<article class="entry">` +
    `<div class="keep-together">${dayHeading}${header}</div>` +
    (body ? `<div class="entry-body">${body}</div>` : '') +
    tags +
    '</article>'
  );
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
