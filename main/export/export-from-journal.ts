/**
 * From a decrypted journal and the user's export choices to the builders' input. The app, the CLI
 * and the developer PDF script all go through here, so they export exactly the same thing.
 */
import type { ApiParsedArg } from '../../shared/api.ts';
import type { Day, Pack } from '../../shared/domain.ts';
import { defaultsToWholeJournal } from '../../shared/export-defaults.ts';
import { BUILTIN_PACK } from '../prompts/builtin-pack.ts';
import { spacePeriodOn } from '../../shared/space-period.ts';
import type { JournalDocument } from '../journal/journal-document.ts';
import { exportMoodPoints } from './export-mood-points.ts';
import type { ExportInput } from './export-input.ts';
import { resolveExportRange, selectEntriesForExport } from './select-entries.ts';

export type ExportChoices = Pick<
  ApiParsedArg<'exportJournal'>,
  'from' | 'to' | 'sections' | 'includeUnsectioned' | 'includeChart' | 'includePrompts' | 'pageSize'
> & {
  /** Decides the default range: the space period for a PDF (or when absent), the whole journal otherwise. */
  format?: ApiParsedArg<'exportJournal'>['format'];
};

/** From the first entry's day to the last's (the space period when there are none), stretched to any date given. */
export function wholeJournalRange(
  entries: readonly { day: Day }[],
  space: { start: Day; end: Day },
  choice: { from?: Day | undefined; to?: Day | undefined },
): { start: Day; end: Day } {
  if (entries.length === 0) return space;
  let start = entries[0]!.day;
  let end = start;
  for (const { day } of entries) {
    if (day < start) start = day;
    if (day > end) end = day;
  }
  if (choice.to && choice.to < start) start = choice.to;
  if (choice.from && choice.from > end) end = choice.from;
  return { start, end };
}

/** Section id → title over the built-in pack and every imported one. */
export function sectionTitlesOf(packs: readonly Pack[]): Record<string, string> {
  const titles: Record<string, string> = {};
  for (const pack of packs) for (const section of pack.sections) titles[section.id] = section.title;
  return titles;
}

/** The local date and time with its UTC offset, e.g. `2026-03-04T21:15:00+01:00`: the date printed is the user's. */
export function localIsoDateTime(now: Date): string {
  const offsetMinutes = -now.getTimezoneOffset();
  const local = new Date(now.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const hours = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offsetMinutes) % 60).padStart(2, '0');
  return `${local}${sign}${hours}:${minutes}`;
}

/** Everything an export needs, for the range (default: see `defaultsToWholeJournal`) and sections chosen. */
export function exportInputFromJournal(
  document: JournalDocument,
  choices: ExportChoices,
  today: Day,
  now: Date,
): ExportInput {
  const space = spacePeriodOn(document.settings, today);
  const range = resolveExportRange(
    choices,
    defaultsToWholeJournal(choices.format) ? wholeJournalRange(document.entries, space, choices) : space,
  );
  const contacts = document.contacts.filter(
    (contact) => contact.day >= range.from && contact.day <= range.to,
  );
  return {
    entries: selectEntriesForExport(document.entries, {
      range,
      sections: choices.sections,
      includeUnsectioned: choices.includeUnsectioned,
    }),
    range,
    sectionTitles: sectionTitlesOf([BUILTIN_PACK, ...document.packs]),
    includePrompts: choices.includePrompts,
    includeChart: choices.includeChart,
    pageSize: choices.pageSize ?? document.settings.pdfPageSize,
    generatedAt: localIsoDateTime(now),
    // The chart shows the user's mood over the range, whatever sections the text includes.
    moodPoints: exportMoodPoints({ entries: document.entries, range, space, contacts }),
    space,
    contacts,
  };
}
