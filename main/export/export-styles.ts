/**
 * The export's stylesheet: print typography with system fonts only (nothing is fetched), page
 * geometry matching the printers' options, and the rules that keep headings with their text.
 */
import { MOOD_COLORS, MOOD_LEVELS } from '../../shared/mood-palette.ts';
import type { PageSize } from './export-input.ts';
import { PAGE_MARGINS_MM } from './print-layout.ts';

const EMOJI_FONTS = "'Apple Color Emoji', 'Segoe UI Emoji', 'Noto Color Emoji'";
const SERIF_FONTS = `Charter, 'Iowan Old Style', Georgia, 'Palatino Linotype', 'Noto Serif', 'DejaVu Serif', serif, ${EMOJI_FONTS}`;
const SANS_FONTS = `system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif, ${EMOJI_FONTS}`;

/** The CSS for an export printed on `pageSize` paper. */
export function exportStylesheet(pageSize: PageSize): string {
  const margins = PAGE_MARGINS_MM;
  const moodSwatches = MOOD_LEVELS.map(
    (mood) => `.mood-${mood} .swatch { background: ${MOOD_COLORS[mood]}; }`,
  );
  return `
@page { size: ${pageSize}; margin: ${margins.top}mm ${margins.right}mm ${margins.bottom}mm ${margins.left}mm; }
:root { color-scheme: light; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
html { font-family: ${SERIF_FONTS}; font-size: 10.5pt; line-height: 1.5; color: #1F1F1F; background: #FFFFFF; }
body { margin: 0; }
h1, h2, h3, .eyebrow, .contents, .summary table, .entry-time, .cover-facts, .entry-meta, .tags, .day-note, figcaption { font-family: ${SANS_FONTS}; }
p, li { orphans: 3; widows: 3; overflow-wrap: anywhere; }
.cover { break-after: page; padding-top: 28mm; }
.eyebrow { margin: 0 0 4mm; font-size: 9pt; letter-spacing: 0.12em; text-transform: uppercase; color: #5A5A5A; }
h1 { margin: 0 0 6mm; font-size: 26pt; line-height: 1.15; font-weight: 650; }
.cover-facts { margin: 0; padding: 0; list-style: none; font-size: 11pt; color: #333333; }
.cover-facts li { margin: 0 0 1.5mm; }
.private-note { margin: 8mm 0 0; font-size: 9pt; color: #5A5A5A; }
.chart { margin: 12mm 0 0; break-inside: avoid; }
.chart svg { display: block; width: 100%; height: auto; }
figcaption { margin: 0 0 2mm; font-size: 11pt; font-weight: 600; }
.empty { font-style: italic; color: #5A5A5A; }
.day { margin: 0 0 7mm; }
h2 { margin: 0 0 4mm; font-size: 17pt; line-height: 1.25; font-weight: 650; break-after: avoid; }
.front-page { break-after: page; }
.front-page h3 { margin: 6mm 0 2mm; font-size: 12pt; font-weight: 650; }
.contents-list { margin: 0; padding: 0; list-style: none; font-size: 11pt; }
.contents-list li { display: flex; justify-content: space-between; gap: 6mm; padding: 1.2mm 0; border-bottom: 0.4pt dotted #C8C8C8; }
.contents-count, .muted { color: #5A5A5A; }
.summary-table { width: 100%; border-collapse: collapse; font-size: 9.5pt; }
.summary-table caption { text-align: start; font-weight: 600; margin: 0 0 2mm; }
.summary-table th, .summary-table td { text-align: start; padding: 1mm 2mm 1mm 0; border-bottom: 0.4pt solid #E0E0E0; }
.summary-table tr { break-inside: avoid; }
.month { break-before: page; }
.month-title { border-bottom: 1pt solid #8A8A8A; padding: 0 0 1mm; }
h3.day-title { margin: 0 0 2.5mm; padding: 0 0 1mm; font-size: 13pt; line-height: 1.3; font-weight: 650; border-bottom: 0.6pt solid #C8C8C8; break-after: avoid; }
.entry-time { font-weight: 600; color: #333333; }
.day-number { margin: -1.5mm 0 2mm; font-family: inherit; font-size: 9pt; color: #5A5A5A; }
.day-note { margin: 0 0 2mm; font-size: 9pt; color: #444444; }
.entry { margin: 0 0 4mm; }
.entry + .entry { padding-top: 3mm; border-top: 0.4pt dashed #D0D0D0; }
/* The day heading and the entry's header travel together, and never end a page alone. */
.keep-together, .entry-header { break-inside: avoid; break-after: avoid; }
.entry-meta { margin: 0 0 1.5mm; font-size: 9pt; color: #444444; display: flex; flex-wrap: wrap; gap: 1mm 4mm; align-items: center; }
.section-title { font-weight: 600; color: #1F1F1F; }
.mood { display: inline-flex; align-items: center; gap: 1.5mm; }
.swatch { display: inline-block; width: 3mm; height: 3mm; border-radius: 50%; }
${moodSwatches.join('\n')}
.prompt { margin: 0 0 2mm; padding: 0.5mm 0 0.5mm 3mm; border-inline-start: 1.2mm solid #D6E6F2; font-style: italic; color: #333333; }
.entry-body p { margin: 0 0 2mm; }
.entry-body ul, .entry-body ol { margin: 0 0 2mm; padding-inline-start: 6mm; }
.entry-body li { margin: 0 0 0.8mm; }
.tags { margin: 1mm 0 0; font-size: 8.5pt; color: #444444; }
.tag { display: inline-block; margin-inline-end: 2.5mm; }
`.trimStart();
}
