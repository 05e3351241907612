import { useId } from 'react';
import { MOOD_LABELS, type Mood } from '../../../../shared/domain.ts';
import { moodColorVar } from '../../../../shared/mood-palette.ts';
import { Button } from '../../ui/Button.tsx';
import { isMood } from './entry-form.ts';

export interface MoodPickerProps {
  /** 1 (awful) to 5 (great), or null for no mood. */
  mood: number | null;
  onChange(mood: Mood | null): void;
}

/**
 * The five-point mood picker: a radio group named "Mood" with native radios (Tab into the group,
 * arrow keys to move), each labelled by its word, awful to great.
 */
export function MoodPicker({ mood, onChange }: MoodPickerProps) {
  const labelId = useId();
  const name = useId();
  return (
    <div className="mood-picker">
      <div role="radiogroup" aria-labelledby={labelId} className="mood-options">
        <span className="field-label" id={labelId}>
          Mood
        </span>
        <div className="mood-list">
          {MOOD_LABELS.map((label, index) => {
            const value = index + 1;
            return (
              <label key={label} className="mood-option">
                <input
                  type="radio"
                  name={name}
                  value={value}
                  checked={mood === value}
                  onChange={() => {
                    if (isMood(value)) onChange(value);
                  }}
                />
                <span
                  className="mood-swatch"
                  aria-hidden="true"
                  style={{ background: moodColorVar(value) }}
                />
                <span>{label}</span>
              </label>
            );
          })}
        </div>
      </div>
      {mood !== null ? (
        <Button variant="quiet" size="small" onClick={() => onChange(null)}>
          Clear mood
        </Button>
      ) : null}
    </div>
  );
}
