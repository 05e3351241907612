import type { SpacePeriod } from '../../../../shared/api.ts';
import { longDayLabel } from '../../../../shared/day-labels.ts';

import type { Entry } from '../../../../shared/domain.ts';
import type { Screen } from '../../navigation.ts';
import { Button } from '../../ui/Button.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';

export interface SavedConfirmationProps {
  entry: Pick<Entry, 'day'>;
  wasEdit: boolean;
  /** Set when the entry went into a copy beside a journal file another device changed: where both are. */
  conflict?: string | undefined;
  space: SpacePeriod | null;
  navigate(screen: Screen): void;
  onWriteAnother(): void;
}

function nextStepWords(space: SpacePeriod | null): string {
  if (!space) return 'Come back whenever you want to write.';
  if (space.stage === 'space' && space.dayNumber < space.lengthDays) {
    return `Tomorrow is day ${space.dayNumber + 1} of ${space.lengthDays}, with a new prompt waiting.`;
  }
  if (space.stage === 'space')
    return 'This is the last day of your space period. Well done for staying with it.';
  return 'A new prompt will be waiting tomorrow.';
}

/** The quiet confirmation after saving, and what the user might do next. */
export function SavedConfirmation({
  entry,
  wasEdit,
  conflict,
  space,
  navigate,
  onWriteAnother,
}: SavedConfirmationProps) {
  return (
    <div className="stack saved-confirmation">
      <PageHeading focusOnMount>{wasEdit ? 'Changes saved' : 'Saved'}</PageHeading>
      <p role="status">
        {wasEdit
          ? `Your entry from ${longDayLabel(entry.day)} is updated.`
          : `Your entry for ${longDayLabel(entry.day)} is in your journal, encrypted on this computer.`}
      </p>
      {conflict ? (
        <Notice tone="warning" title="Your journal file was changed elsewhere">
          <p>{conflict}</p>
        </Notice>
      ) : null}
      {wasEdit ? null : <p className="muted">{nextStepWords(space)}</p>}
      <div className="row">
        {wasEdit ? (
          <Button variant="primary" onClick={() => navigate('journal')}>
            Back to your journal
          </Button>
        ) : (
          <>
            <Button onClick={() => navigate('journal')}>Read your journal</Button>
            <Button onClick={() => navigate('trends')}>See your mood over time</Button>
            <Button variant="quiet" onClick={onWriteAnother}>
              Write another entry
            </Button>
          </>
        )}
      </div>
    </div>
  );
}
