import { useId, useState } from 'react';
import { type Settings, TEXT_SIZES, type TextSize } from '../../../../shared/domain.ts';
import { call, messageOf } from '../../api-client.ts';
import { applyTextSize } from '../../app/theme.ts';
import { Notice } from '../../ui/Notice.tsx';

const SIZE_WORDS: Record<TextSize, string> = { small: 'Small', medium: 'Medium', large: 'Large' };

/** Small, medium or large text: applied the moment it is chosen, then saved. */
export function TextSizeSettings({
  settings,
  onSaved,
}: {
  settings: Settings;
  onSaved(next: Settings): void;
}) {
  const [size, setSize] = useState<TextSize>(settings.textSize ?? 'medium');
  const [failure, setFailure] = useState('');
  const labelId = useId();
  const name = useId();

  async function choose(next: TextSize) {
    const previous = size;
    setSize(next);
    applyTextSize(next);
    setFailure('');
    try {
      onSaved(await call('updateSettings', { textSize: next }));
    } catch (error) {
      setSize(previous);
      applyTextSize(previous);
      setFailure(messageOf(error));
    }
  }

  return (
    <div className="stack">
      <div className="choice-group" role="radiogroup" aria-labelledby={labelId}>
        <span className="field-label" id={labelId}>
          Text size
        </span>
        <div className="choice-list">
          {TEXT_SIZES.map((option) => (
            <label key={option} className="choice">
              <input
                type="radio"
                name={name}
                checked={size === option}
                onChange={() => void choose(option)}
              />
              <span>{SIZE_WORDS[option]}</span>
            </label>
          ))}
        </div>
      </div>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
    </div>
  );
}
