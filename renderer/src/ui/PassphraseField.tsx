import { type KeyboardEvent, useState } from 'react';
import { TextField, type TextFieldProps } from './Field.tsx';

export interface PassphraseFieldProps extends Omit<TextFieldProps, 'type' | 'addon' | 'label'> {
  label: string;
}

/**
 * A passphrase input with a "Show" toggle (to check what was typed, away from other eyes) and a
 * warning while Caps Lock is on, the commonest reason a right passphrase is refused.
 */
export function PassphraseField({
  label,
  children,
  onKeyDown,
  onKeyUp,
  onBlur,
  ...props
}: PassphraseFieldProps) {
  const [shown, setShown] = useState(false);
  const [capsLock, setCapsLock] = useState(false);
  const readCapsLock = (event: KeyboardEvent<HTMLInputElement>) =>
    setCapsLock(event.getModifierState?.('CapsLock') ?? false);
  return (
    <TextField
      {...props}
      label={label}
      type={shown ? 'text' : 'password'}
      onKeyDown={(event) => {
        readCapsLock(event);
        onKeyDown?.(event);
      }}
      onKeyUp={(event) => {
        readCapsLock(event);
        onKeyUp?.(event);
      }}
      onBlur={(event) => {
        setCapsLock(false);
        onBlur?.(event);
      }}
      // The toggle is named just "Show": it sits right after its field, and a longer name holding the
      // field's label would make the label point at two controls.
      addon={
        <button
          type="button"
          className="button button--secondary field-toggle"
          aria-pressed={shown}
          onClick={() => setShown((value) => !value)}
        >
          Show
        </button>
      }
    >
      {capsLock ? (
        <span className="field-warning" role="status">
          Caps Lock is on.
        </span>
      ) : null}
      {children}
    </TextField>
  );
}
