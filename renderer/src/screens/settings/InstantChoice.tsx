import { useId, useState } from 'react';
import { messageOf } from '../../api-client.ts';
import { Notice } from '../../ui/Notice.tsx';

export interface InstantChoiceProps<T extends string> {
  label: string;
  options: readonly T[];
  words: Readonly<Record<T, string>>;
  initial: T;
  /** Shows the choice at once (the theme, the text size), before it is saved. */
  apply(value: T): void;
  /** Saves the choice; on failure the previous one is applied again. */
  save(value: T): Promise<unknown>;
}

/** A radio group whose choice takes effect the moment it is picked, then is saved. */
export function InstantChoice<T extends string>({
  label,
  options,
  words,
  initial,
  apply,
  save,
}: InstantChoiceProps<T>) {
  const [value, setValue] = useState<T>(initial);
  const [failure, setFailure] = useState('');
  const labelId = useId();
  const name = useId();

  async function choose(next: T) {
    const previous = value;
    setValue(next);
    apply(next);
    setFailure('');
    try {
      await save(next);
    } catch (error) {
      setValue(previous);
      apply(previous);
      setFailure(messageOf(error));
    }
  }

  return (
    <div className="stack">
      <div className="choice-group" role="radiogroup" aria-labelledby={labelId}>
        <span className="field-label" id={labelId}>
          {label}
        </span>
        <div className="choice-list">
          {options.map((option) => (
            <label key={option} className="choice">
              <input
                type="radio"
                name={name}
                checked={value === option}
                onChange={() => void choose(option)}
              />
              <span>{words[option]}</span>
            </label>
          ))}
        </div>
      </div>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
    </div>
  );
}
