import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { EMOTIONS, type Emotion } from '../../../../shared/domain.ts';
import { nextRovingIndex } from '../../ui/roving-focus.ts';
import { toggleEmotion } from './entry-form.ts';

/**
 * The emotion vocabulary as toggle buttons (aria-pressed), in a group named "Emotions". The group
 * is one Tab stop: the arrow keys move between the chips, Space or Enter picks one.
 */
export function EmotionChips({
  emotions,
  onChange,
}: {
  emotions: Emotion[];
  onChange(next: Emotion[]): void;
}) {
  const labelId = useId();
  const hintId = useId();
  const chosen = new Set(emotions);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  // The chip that takes the group's Tab stop: the last one focused, else the first chosen.
  const [current, setCurrent] = useState(() =>
    Math.max(
      0,
      EMOTIONS.findIndex((e) => chosen.has(e)),
    ),
  );

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const next = nextRovingIndex(event.key, index, EMOTIONS.length);
    if (next === null) return;
    event.preventDefault();
    setCurrent(next);
    buttons.current[next]?.focus();
  }

  return (
    <div className="chips-field">
      <span className="field-label" id={labelId}>
        Emotions
      </span>
      <span className="visually-hidden" id={hintId}>
        Use the arrow keys to move between emotions, and Space to choose one.
      </span>
      {/* biome-ignore lint/a11y/useSemanticElements: a fieldset would need a legend inside and breaks the chip layout; role group with a label is equivalent. */}
      <div role="group" aria-labelledby={labelId} aria-describedby={hintId} className="chips">
        {EMOTIONS.map((emotion, index) => (
          <button
            key={emotion}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            className="chip"
            tabIndex={index === current ? 0 : -1}
            aria-pressed={chosen.has(emotion)}
            onFocus={() => setCurrent(index)}
            onKeyDown={(event) => onKeyDown(event, index)}
            onClick={() => onChange(toggleEmotion(emotions, emotion, EMOTIONS))}
          >
            {emotion}
          </button>
        ))}
      </div>
    </div>
  );
}
