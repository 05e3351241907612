import { useState } from 'react';
import type { Settings } from '../../../../shared/domain.ts';
import { messageOf } from '../../api-client.ts';
import { useCoreMutation, useCoreQuery } from '../../data/core-query.ts';
import { LoadFailure } from '../../data/LoadFailure.tsx';
import { CheckboxField } from '../../ui/CheckboxField.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { HardDatesEditor } from './HardDatesEditor.tsx';

/** Hard dates to be warned about, and whether "On this day" may reach back before the space period. */
export function MemoriesSettings({ settings }: { settings: Settings }) {
  const hardDates = useCoreQuery('listHardDates', undefined);
  const add = useCoreMutation('addHardDate');
  const remove = useCoreMutation('removeHardDate');
  const update = useCoreMutation('updateSettings');
  const [failure, setFailure] = useState('');
  // Shown at once, saved after; a failed save puts the box back.
  const [throwbacks, setThrowbacksShown] = useState(settings.throwbacksBeforeSpace === true);

  async function setThrowbacks(on: boolean) {
    setFailure('');
    setThrowbacksShown(on);
    try {
      await update.mutateAsync({ throwbacksBeforeSpace: on });
    } catch (error) {
      setThrowbacksShown(!on);
      setFailure(messageOf(error));
    }
  }

  return (
    <div className="stack">
      <CheckboxField
        label="Show “On this day” from before the space period"
        hint="Off by default: memories of the relationship can hurt while the break is still raw. Days you mark as hard are never shown."
        checked={throwbacks}
        onChange={(on) => void setThrowbacks(on)}
      />
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {hardDates.isError ? (
        <LoadFailure error={hardDates.error} onRetry={() => void hardDates.refetch()} />
      ) : hardDates.data ? (
        <HardDatesEditor
          hardDates={hardDates.data}
          onAdd={(input) => add.mutateAsync(input)}
          onRemove={(hardDate) => remove.mutateAsync({ id: hardDate.id })}
        />
      ) : null}
    </div>
  );
}
