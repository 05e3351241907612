import { type InputHTMLAttributes, type ReactNode, type Ref, useId } from 'react';
import './ui.css';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: ReactNode;
  /** Help shown under the label and linked to the input for screen readers. */
  hint?: ReactNode;
  /** A problem with the value; marks the input invalid and is announced with it. */
  error?: ReactNode;
  /** Extra content under the input (a strength meter, for instance), described by the input. */
  children?: ReactNode;
  /** A control drawn beside the input, inside the field (a "Show" toggle, for instance). */
  addon?: ReactNode;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled input with optional hint and error, wired together with ids for assistive tech. */
export function TextField({
  label,
  hint,
  error,
  children,
  addon,
  className,
  ref,
  ...inputProps
}: TextFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const extraId = children ? `${id}-extra` : undefined;
  const describedBy = [hintId, extraId, errorId].filter(Boolean).join(' ') || undefined;
  const input = (
    <input
      ref={ref}
      id={id}
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
      {...inputProps}
    />
  );
  return (
    <div className={['field', className ?? ''].filter(Boolean).join(' ')}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <span className="field-hint" id={hintId}>
          {hint}
        </span>
      ) : null}
      {addon ? (
        <div className="field-input-row">
          {input}
          {addon}
        </div>
      ) : (
        input
      )}
      {children ? <div id={extraId}>{children}</div> : null}
      {error ? (
        <span className="field-error" id={errorId}>
          {error}
        </span>
      ) : null}
    </div>
  );
}
