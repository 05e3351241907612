/**
 * The export form's choices and how they become the `exportJournal` options: which formats exist,
 * which options apply to each, the default range (the space period), and the checks made before
 * anything is sent to the core.
 */
import type { EXPORT_FORMATS, ExportOptions } from '../../../../../shared/api.ts';
import { addDays } from '../../../../../shared/dates.ts';
import { DaySchema, type PageSize, type Settings } from '../../../../../shared/domain.ts';
import { defaultsToWholeJournal } from '../../../../../shared/export-defaults.ts';

export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface FormatChoice {
  format: ExportFormat;
  label: string;
  description: string;
  /** The export button's words for this format. */
  action: string;
  /** What the progress line says while the export is being made. */
  progress: string;
}

export const FORMAT_CHOICES: readonly FormatChoice[] = [
  {
    format: 'pdf',
    label: 'PDF',
    description: 'To read, print, or take to a therapist. Laid out by day, with your moods.',
    action: 'Export PDF',
    progress: 'Preparing your PDF…',
  },
  {
    format: 'markdown',
    label: 'Markdown — one file',
    description: 'Plain text that any notes app or text editor opens.',
    action: 'Export Markdown',
    progress: 'Preparing your Markdown file…',
  },
  {
    format: 'markdown-folder',
    label: 'Markdown — a folder with one file per day',
    description: 'For notes apps such as Obsidian that keep one note per day.',
    action: 'Export Markdown folder',
    progress: 'Preparing your Markdown folder…',
  },
  {
    format: 'json',
    label: 'JSON',
    description: 'Every detail in a documented format, for moving to another app or for scripts.',
    action: 'Export JSON',
    progress: 'Preparing your JSON file…',
  },
  {
    format: 'vault-backup',
    label: 'Encrypted backup copy',
    description: 'Your whole journal, still locked with your passphrase. Keep it on another drive.',
    action: 'Save an encrypted backup copy',
    progress: 'Copying your encrypted journal…',
  },
];

/** The choice describing a format. */
export function formatChoice(format: ExportFormat): FormatChoice {
  return FORMAT_CHOICES.find((choice) => choice.format === format) ?? FORMAT_CHOICES[0]!;
}

/** Only the backup copy stays encrypted; every other format is the user's words in the clear. */
export function isEncrypted(format: ExportFormat): boolean {
  return format === 'vault-backup';
}

/** Dates, sections and prompts apply to every format that is built from entries (not the backup copy). */
export function choosesEntries(format: ExportFormat): boolean {
  return format !== 'vault-backup';
}

/** The mood chart and the page size exist only on paper. */
export function isPrintFormat(format: ExportFormat): boolean {
  return format === 'pdf';
}

export { defaultsToWholeJournal } from '../../../../../shared/export-defaults.ts';

/** The space period as a range of days: its first day to its last (inclusive). */
export function spacePeriodRange(settings: Pick<Settings, 'spaceStart' | 'spaceLengthDays'>): {
  from: string;
  to: string;
} {
  return { from: settings.spaceStart, to: addDays(settings.spaceStart, settings.spaceLengthDays - 1) };
}

/** Stands for "entries written without a prompt" among the section checkboxes; no section has this id. */
export const WITHOUT_A_PROMPT = ':without-a-prompt';

export interface ExportForm {
  format: ExportFormat;
  /** As typed in the date inputs: `YYYY-MM-DD`, or empty when the input is cleared or incomplete. */
  from: string;
  to: string;
  /** Ticked section ids. */
  sections: ReadonlySet<string>;
  includeChart: boolean;
  includePrompts: boolean;
  pageSize: PageSize;
}

export type ExportField = 'from' | 'to' | 'sections';

export type ExportRequest =
  | { ok: true; options: ExportOptions }
  | { ok: false; problems: Partial<Record<ExportField, string>> };

/**
 * The options to send for what the form shows, or the problems to fix first. `allSections` is
 * every choice offered (sections, and WITHOUT_A_PROMPT): when all are ticked no `sections` are
 * sent, so everything in the range is exported.
 */
export function exportRequest(form: ExportForm, allSections: readonly string[]): ExportRequest {
  if (!choosesEntries(form.format)) return { ok: true, options: { format: form.format } };

  const problems: Partial<Record<ExportField, string>> = {};
  // No dates at all: the whole journal, for the formats whose default it is.
  const wholeJournal = defaultsToWholeJournal(form.format) && form.from === '' && form.to === '';
  const fromValid = DaySchema.safeParse(form.from).success;
  const toValid = DaySchema.safeParse(form.to).success;
  if (!fromValid && !wholeJournal) problems.from = 'Choose the first day to export.';
  if (!toValid && !wholeJournal) problems.to = 'Choose the last day to export.';
  if (fromValid && toValid && form.to < form.from) {
    problems.to = 'This is before the first day. Choose a day on or after it.';
  }
  const ticked = allSections.filter((id) => form.sections.has(id));
  if (allSections.length > 0 && ticked.length === 0) {
    problems.sections = 'Tick at least one section, or all of them to export everything.';
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };

  const options: ExportOptions = wholeJournal
    ? { format: form.format, includePrompts: form.includePrompts }
    : { format: form.format, from: form.from, to: form.to, includePrompts: form.includePrompts };
  if (ticked.length < allSections.length) {
    options.sections = ticked.filter((id) => id !== WITHOUT_A_PROMPT);
    options.includeUnsectioned = ticked.includes(WITHOUT_A_PROMPT);
  }
  if (isPrintFormat(form.format)) {
    options.includeChart = form.includeChart;
    options.pageSize = form.pageSize;
  }
  return { ok: true, options };
}
