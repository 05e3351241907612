/**
 * Which entries an export holds: the user's range and sections, in reading order.
 */
import type { SpacePeriod } from '../../shared/api.ts';
import type { Day, Entry } from '../../shared/domain.ts';
import { InterludeError } from '../../shared/errors.ts';
import type { DayRange, ExportSelection } from './export-input.ts';

/**
 * The range to export: the user's dates where given, the space period for the rest.
 * Throws INVALID_INPUT when the range ends before it starts.
 */
export function resolveExportRange(
  choice: { from?: Day | undefined; to?: Day | undefined },
  space: Pick<SpacePeriod, 'start' | 'end'>,
): DayRange {
  const from = choice.from ?? space.start;
  const to = choice.to ?? space.end;
  if (from > to) {
    throw new InterludeError(
      'INVALID_INPUT',
      'The export range ends before it starts. Choose a "to" date on or after the "from" date.',
    );
  }
  return { from, to };
}

/**
 * The entries inside the range (both ends included) and the chosen sections, sorted by day, then
 * by when they were written. With a section list, entries without a section are left out unless
 * `includeUnsectioned` asks for them.
 */
export function selectEntriesForExport(entries: readonly Entry[], selection: ExportSelection): Entry[] {
  const { from, to } = selection.range;
  const sections = selection.sections ? new Set(selection.sections) : null;
  return entries
    .filter((entry) => entry.day >= from && entry.day <= to)
    .filter(
      (entry) =>
        sections === null ||
        (entry.section === null ? selection.includeUnsectioned === true : sections.has(entry.section)),
    )
    .sort(compareForReading);
}

/** Reading order: by day, then creation time, then id so equal timestamps still sort the same way. */
export function compareForReading(first: Entry, second: Entry): number {
  return (
    compareText(first.day, second.day) ||
    compareText(first.createdAt, second.createdAt) ||
    compareText(first.id, second.id)
  );
}

function compareText(first: string, second: string): number {
  if (first < second) return -1;
  return first > second ? 1 : 0;
}
