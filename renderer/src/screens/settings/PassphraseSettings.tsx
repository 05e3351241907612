import { type FormEvent, useState } from 'react';
import { messageOf } from '../../api-client.ts';
import { useCoreMutation } from '../../data/core-query.ts';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/Field.tsx';
import { NewPassphraseFields, newPassphraseReady } from '../../ui/NewPassphraseFields.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { usePassphraseStrength } from '../../ui/PassphraseStrength.tsx';
import { Spinner } from '../../ui/Spinner.tsx';

/** Changes the passphrase (the recovery key keeps working). */
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
          'Your passphrase is changed. Use the new one next time you unlock. Your recovery key still works.',
      });
    } catch (error) {
      setResult({ tone: 'error', message: messageOf(error) });
    }
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <TextField
        label="Current passphrase"
        type="password"
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
