import { type FormEvent, useState } from 'react';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/Field.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { recoveryKeyGroups, sameKeyText } from '../../ui/recovery-key.ts';

export interface ConfirmRecoveryKeyStepProps {
  recoveryKey: string;
  /** Which group (1-based) to ask for; chosen by the caller so it stays the same across visits. */
  groupNumber: number;
  onConfirmed(): void;
  onShowAgain(): void;
  /** The progress line above the heading; onboarding's by default, none elsewhere. */
  stepLabel?: string | null;
}

/** Step 3: the user types one group of the key back, proving they kept it. */
export function ConfirmRecoveryKeyStep({
  recoveryKey,
  groupNumber,
  onConfirmed,
  onShowAgain,
  stepLabel = 'Step 3 of 4',
}: ConfirmRecoveryKeyStepProps) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState('');
  const expected = recoveryKeyGroups(recoveryKey)[groupNumber - 1] ?? '';

  function submit(event: FormEvent) {
    event.preventDefault();
    if (sameKeyText(typed, expected)) onConfirmed();
    else setError(`That is not group ${groupNumber}. Look at the key you saved and try again.`);
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      {stepLabel ? <p className="steps">{stepLabel}</p> : null}
      <PageHeading focusOnMount>Check your recovery key</PageHeading>
      <p>
        To be sure your copy is good, type one group of it from where you saved it. Counting from the left:
      </p>
      <TextField
        label={`Group ${groupNumber} of your recovery key`}
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="characters"
        className="field--narrow"
        value={typed}
        onChange={(event) => {
          setTyped(event.target.value);
          setError('');
        }}
        error={error || undefined}
      />
      <div className="onboarding-actions">
        <Button type="submit" variant="primary">
          Check
        </Button>
        <Button variant="quiet" onClick={onShowAgain}>
          Show the key again
        </Button>
      </div>
    </form>
  );
}
