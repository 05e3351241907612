import { type ChangeEvent, useId, useState } from 'react';
import { STAGES, type Pack, type SectionStage } from '../../../../shared/domain.ts';
import { messageOf } from '../../api-client.ts';
import { useCoreMutation } from '../../data/core-query.ts';
import { STAGE_LABELS } from './stage-labels.ts';

interface StageBadgeProps {
  stage: SectionStage;
}

/** When a section's prompts are offered, as a small label. */
export function StageBadge({ stage }: StageBadgeProps) {
  return <p className="guide-stage">{STAGE_LABELS[stage]}</p>;
}

interface StagePickerProps {
  packId: string;
  sectionId: string;
  sectionTitle: string;
  stage: SectionStage;
  onChanged?(pack: Pack): void;
}

/**
 * Lets the user move an imported section to another stage of the space period: the importer's
 * guess (from the section's heading and words) is only a guess.
 */
export function StagePicker({ packId, sectionId, sectionTitle, stage, onChanged }: StagePickerProps) {
  const id = useId();
  const moving = useCoreMutation('setSectionStage');
  const saving = moving.isPending;
  const [error, setError] = useState<string | null>(null);

  async function onChange(event: ChangeEvent<HTMLSelectElement>) {
    const next = event.currentTarget.value as SectionStage;
    setError(null);
    try {
      // Awaited apart from the optional call: `onChanged?.(...)` would skip its argument, and so
      // the change itself, whenever no listener was given.
      const pack = await moving.mutateAsync({ packId, sectionId, stage: next });
      onChanged?.(pack);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }

  return (
    <div className="guide-stage-picker">
      {/* Visible, so a new user knows what the choice is; the section's name is for screen readers. */}
      <label htmlFor={id}>
        When to offer<span className="visually-hidden"> “{sectionTitle}”</span>
      </label>
      <select
        id={id}
        value={stage}
        disabled={saving}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => void onChange(event)}
      >
        {STAGES.map((option) => (
          <option key={option} value={option}>
            {STAGE_LABELS[option]}
          </option>
        ))}
      </select>
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
