import { type FormEvent, useState } from 'react';
import { call, messageOf } from '../../api-client.ts';
import { Button } from '../../ui/Button.tsx';
import { PassphraseField } from '../../ui/PassphraseField.tsx';
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
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<{ tone: 'success' | 'error'; message: string } | null>(null);
  const strength = usePassphraseStrength(next);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setShowErrors(true);
    setResult(null);
    if (!current || !newPassphraseReady(next, repeat, strength)) return;
    setSaving(true);
    try {
      await call('changePassphrase', { current, next });
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
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
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
        <Button type="submit" variant="primary" busy={saving}>
          Change passphrase
        </Button>
        {saving ? <Spinner label="Changing your passphrase…" /> : null}
      </div>
    </form>
  );
}
