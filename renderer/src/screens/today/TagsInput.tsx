import { type KeyboardEvent, useId } from 'react';
import { addTags } from './entry-form.ts';

export interface TagsInputProps {
  tags: string[];
  /** The text typed but not yet turned into a tag (kept by the parent so Save can include it). */
  pending: string;
  onPendingChange(text: string): void;
  onChange(tags: string[]): void;
}

/** Free tags: type and press Enter or a comma; each tag has its own remove button. */
export function TagsInput({ tags, pending, onPendingChange, onChange }: TagsInputProps) {
  const id = useId();

  function commit() {
    if (!pending.trim()) return;
    onChange(addTags(tags, pending));
    onPendingChange('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Backspace' && !pending && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  }

  return (
    <div className="field tags-field">
      <label className="field-label" htmlFor={id}>
        Tags
      </label>
      <span className="field-hint" id={`${id}-hint`}>
        Your own words to find entries by later. Press Enter or a comma after each.
      </span>
      {tags.length > 0 ? (
        <ul className="tag-list">
          {tags.map((tag) => (
            <li key={tag} className="tag">
              <span>{tag}</span>
              <button
                type="button"
                className="tag-remove"
                aria-label={`Remove tag ${tag}`}
                onClick={() => onChange(tags.filter((existing) => existing !== tag))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <input
        id={id}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        value={pending}
        onChange={(event) => {
          const text = event.target.value;
          // A pasted "a, b, c" becomes tags at once; the text after the last comma stays in the field.
          if (text.includes(',')) {
            const lastComma = text.lastIndexOf(',');
            onChange(addTags(tags, text.slice(0, lastComma)));
            onPendingChange(text.slice(lastComma + 1));
          } else {
            onPendingChange(text);
          }
        }}
        onKeyDown={onKeyDown}
        onBlur={commit}
      />
    </div>
  );
}
