import { useId } from 'react';
import { EMOTIONS, type Emotion } from '../../../../shared/domain.ts';
import { toggleEmotion } from './entry-form.ts';

/** The emotion vocabulary as toggle buttons (aria-pressed), in a group named "Emotions". */
export function EmotionChips({
  emotions,
  onChange,
}: {
  emotions: Emotion[];
  onChange(next: Emotion[]): void;
}) {
  const labelId = useId();
  const chosen = new Set(emotions);
  return (
    <div className="chips-field">
      <span className="field-label" id={labelId}>
        Emotions
      </span>
      {/* biome-ignore lint/a11y/useSemanticElements: a fieldset would need a legend inside and breaks the chip layout; role group with a label is equivalent. */}
      <div role="group" aria-labelledby={labelId} className="chips">
        {EMOTIONS.map((emotion) => (
          <button
            key={emotion}
            type="button"
            className="chip"
            aria-pressed={chosen.has(emotion)}
            onClick={() => onChange(toggleEmotion(emotions, emotion, EMOTIONS))}
          >
            {emotion}
          </button>
        ))}
      </div>
    </div>
  );
}
