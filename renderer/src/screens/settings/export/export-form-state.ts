/**
 * The export form's choices and the named steps that change them. Where the export itself stands
 * (working, saved, cancelled, failed) is the exportJournal mutation's own state, not kept here.
 */
import type { PageSize } from '../../../../../shared/domain.ts';
import type { ExportField, ExportFormat } from './export-choices.ts';

export interface ExportChoices {
  format: ExportFormat;
  /** null: follow the space period (and any change to it made above in Settings). */
  range: { from: string; to: string } | null;
  /** Unticked rather than ticked, so every section starts ticked, including any listed later. */
  unticked: ReadonlySet<string>;
  includeChart: boolean;
  includePrompts: boolean;
  /** null: the page size saved in settings. */
  pageSize: PageSize | null;
  problems: Partial<Record<ExportField, string>>;
}

export type ExportChoiceAction =
  | { type: 'formatChosen'; format: ExportFormat }
  | { type: 'dateChanged'; field: 'from' | 'to'; value: string; shown: { from: string; to: string } }
  | { type: 'spacePeriodRestored' }
  | { type: 'sectionTicked'; sectionId: string; tick: boolean }
  | { type: 'allSectionsTicked'; tick: boolean; sectionIds: readonly string[] }
  | { type: 'chartToggled'; include: boolean }
  | { type: 'promptsToggled'; include: boolean }
  | { type: 'pageSizeChosen'; pageSize: PageSize }
  | { type: 'problemsFound'; problems: ExportChoices['problems'] };

export const INITIAL_EXPORT_CHOICES: ExportChoices = {
  format: 'pdf',
  range: null,
  unticked: new Set(),
  includeChart: true,
  includePrompts: true,
  pageSize: null,
  problems: {},
};

function without(problems: ExportChoices['problems'], ...fields: ExportField[]): ExportChoices['problems'] {
  const rest = { ...problems };
  for (const field of fields) delete rest[field];
  return rest;
}

export function exportChoices(choices: ExportChoices, action: ExportChoiceAction): ExportChoices {
  switch (action.type) {
    case 'formatChosen':
      return { ...choices, format: action.format };
    case 'dateChanged':
      return {
        ...choices,
        range: { ...action.shown, [action.field]: action.value },
        problems: without(choices.problems, action.field),
      };
    case 'spacePeriodRestored':
      return { ...choices, range: null, problems: without(choices.problems, 'from', 'to') };
    case 'sectionTicked': {
      const unticked = new Set(choices.unticked);
      if (action.tick) unticked.delete(action.sectionId);
      else unticked.add(action.sectionId);
      return {
        ...choices,
        unticked,
        problems: action.tick ? without(choices.problems, 'sections') : choices.problems,
      };
    }
    case 'allSectionsTicked':
      return {
        ...choices,
        unticked: action.tick ? new Set() : new Set(action.sectionIds),
        problems: action.tick ? without(choices.problems, 'sections') : choices.problems,
      };
    case 'chartToggled':
      return { ...choices, includeChart: action.include };
    case 'promptsToggled':
      return { ...choices, includePrompts: action.include };
    case 'pageSizeChosen':
      return { ...choices, pageSize: action.pageSize };
    case 'problemsFound':
      return { ...choices, problems: action.problems };
  }
}
