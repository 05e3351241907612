import type { SectionStage } from '../../../../shared/domain.ts';

/** When in the space period a section's prompts are meant for, in words. */
export const STAGE_LABELS: Record<SectionStage, string> = {
  space: 'During the space',
  after: 'After the space',
  any: 'Any time',
  end: 'As the space ends',
};
