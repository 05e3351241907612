/**
 * What the export builders are given. The core gathers it (entries already selected with
 * `selectEntriesForExport`, settings, mood points, section titles) and the builders stay pure.
 */
import type { MoodPoint, SpacePeriod } from '../../shared/api.ts';
import type { Contact, Day, Entry, PageSize } from '../../shared/domain.ts';

export type { PageSize } from '../../shared/domain.ts';

export interface DayRange {
  from: Day;
  to: Day;
}

/** What every export format needs: the entries and how to describe them. */
export interface ExportDocumentInput {
  /** The entries to export, already filtered to the range and sections (see selectEntriesForExport). */
  entries: Entry[];
  range: DayRange;
  /** Section id to the title shown to the user; an id without a title is shown as the id. */
  sectionTitles: Record<string, string>;
  includePrompts: boolean;
  /**
   * When the export was made, as an ISO 8601 date-time. Pass the user's local time with its offset
   * (`2025-03-04T09:30:00+01:00`): the date shown is the one written in the string.
   */
  generatedAt: string;
  /** The document title; defaults to "Interlude journal". */
  title?: string;
  /** Days the user logged contact with their ex; the builders keep those inside the range. */
  contacts?: Contact[];
}

/** Everything the PDF's HTML is built from. */
export interface ExportInput extends ExportDocumentInput {
  includeChart: boolean;
  pageSize: PageSize;
  /** One point per calendar day of the range, as `moodTrends` computes them. */
  moodPoints: MoodPoint[];
  space: SpacePeriod;
  contacts: Contact[];
}

/** The user's choice of what to export, as far as selecting entries goes. */
export interface ExportSelection {
  range: DayRange;
  /** Section ids to include; absent means every section, and entries without one. */
  sections?: readonly string[] | undefined;
  /** With `sections`: also include entries that have no section (written without a prompt). */
  includeUnsectioned?: boolean;
}

export const DEFAULT_EXPORT_TITLE = 'Interlude journal';
