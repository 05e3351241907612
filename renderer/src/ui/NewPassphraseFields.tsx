import { PassphraseField } from './PassphraseField.tsx';
import { PassphraseStrength, type PassphraseStrengthState } from './PassphraseStrength.tsx';

export interface NewPassphraseFieldsProps {
  passphrase: string;
  repeat: string;
  onPassphraseChange(value: string): void;
  onRepeatChange(value: string): void;
  strength: PassphraseStrengthState;
  /** Show problems only once the user has tried to continue. */
  showErrors: boolean;
  label?: string;
  repeatLabel?: string;
  autoFocus?: boolean;
}

/** Whether a new passphrase and its repetition may be submitted. */
export function newPassphraseReady(passphrase: string, repeat: string, strength: PassphraseStrengthState) {
  return strength.acceptable && passphrase === repeat;
}

/** A new passphrase typed twice, with the strength meter under the first field. */
export function NewPassphraseFields({
  passphrase,
  repeat,
  onPassphraseChange,
  onRepeatChange,
  strength,
  showErrors,
  label = 'Passphrase',
  repeatLabel = 'Repeat the passphrase',
  autoFocus = false,
}: NewPassphraseFieldsProps) {
  const weak = showErrors && strength.status !== 'loading' && !strength.acceptable;
  const mismatch = showErrors && repeat !== passphrase;
  return (
    <>
      <PassphraseField
        label={label}
        autoComplete="new-password"
        spellCheck={false}
        autoFocus={autoFocus}
        value={passphrase}
        onChange={(event) => onPassphraseChange(event.target.value)}
        error={weak ? 'Choose a stronger passphrase: add another word or two.' : undefined}
      >
        <PassphraseStrength passphrase={passphrase} state={strength} />
      </PassphraseField>
      <PassphraseField
        label={repeatLabel}
        autoComplete="new-password"
        spellCheck={false}
        value={repeat}
        onChange={(event) => onRepeatChange(event.target.value)}
        error={mismatch ? 'The two passphrases are not the same. Type it again.' : undefined}
      />
    </>
  );
}
