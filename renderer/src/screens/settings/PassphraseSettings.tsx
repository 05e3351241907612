import { type FormEvent, useState } from 'react';
import { messageOf } from '../../api-client.ts';
import { useCoreMutation } from '../../data/core-query.ts';
import { Button } from '../../ui/Button.tsx';
import { PassphraseField } from '../../ui/PassphraseField.tsx';
import { NewPassphraseFields, newPassphraseReady } from '../../ui/NewPassphraseFields.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { usePassphraseStrength } from '../../ui/PassphraseStrength.tsx';
import { Spinner } from '../../ui/Spinner.tsx';

/** Changes the passphrase: the journal and its backups here are re-encrypted; the recovery key keeps working. */
export function PassphraseSettings() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const change = useCoreMutation('changePassphrase');
  const [result, setResult] = useState<{ tone: 'success' | 'error'; message: string } | null>(null);
  const strength = usePassphraseStrength(next);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setShowErrors(true);
    setResult(null);
    if (!current || !newPassphraseReady(next, repeat, strength)) return;
    try {
      await change.mutateAsync({ current, next });
      setCurrent('');
      setNext('');
      setRepeat('');
      setShowErrors(false);
      setResult({
        tone: 'success',
        message:
          'Your passphrase is changed, and the journal and the backups on this computer were re-encrypted. ' +
          'Use the new passphrase next time you unlock. Your recovery key still works. Copies made before today ' +
          'elsewhere (a sync service’s version history, a USB stick) still open with the old passphrase: delete them ' +
          'if someone else knows it.',
      });
    } catch (error) {
      setResult({ tone: 'error', message: messageOf(error) });
    }
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <div className="muted">
        <p>When you change your passphrase:</p>
        <ul>
          <li>your recovery key keeps working;</li>
          <li>entries written from now on cannot be opened with the old passphrase;</li>
          <li>the backups on this computer are re-encrypted, so the old passphrase no longer opens them;</li>
          <li>
            copies made elsewhere before today (a sync service’s version history, a USB stick, another
            computer) still open with the old passphrase.
          </li>
        </ul>
      </div>
      <PassphraseField
        label="Current passphrase"
        autoComplete="current-password"
        spellCheck={false}
        value={current}
        onChange={(event) => setCurrent(event.target.value)}
        error={showErrors && !current ? 'Type your current passphrase.' : undefined}
      />
      <NewPassphraseFields
        passphrase={next}
        repeat={repeat}
        onPassphraseChange={setNext}
        onRepeatChange={setRepeat}
        strength={strength}
        showErrors={showErrors}
        label="New passphrase"
        repeatLabel="Repeat the new passphrase"
      />
      {result ? <Notice tone={result.tone}>{result.message}</Notice> : null}
      <div className="row">
        <Button type="submit" variant="primary" busy={change.isPending}>
          Change passphrase
        </Button>
        {change.isPending ? <Spinner label="Changing your passphrase…" /> : null}
      </div>
    </form>
  );
}
