import { type FormEvent, useState } from 'react';
import type { Settings } from '../../../../shared/domain.ts';
import { messageOf } from '../../api-client.ts';
import { useCoreMutation } from '../../data/core-query.ts';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/Field.tsx';
import { Notice } from '../../ui/Notice.tsx';

/** How many idle minutes before the journal locks itself (1 to 240). */
export function AutoLockSettings({ settings }: { settings: Settings }) {
  const [minutes, setMinutes] = useState(String(settings.autoLockMinutes));
  const [error, setError] = useState('');
  const saving = useCoreMutation('updateSettings');
  const [result, setResult] = useState<{ tone: 'success' | 'error'; message: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const value = Number(minutes);
    if (!Number.isInteger(value) || value < 1 || value > 240) {
      setError('Enter a whole number of minutes from 1 to 240.');
      return;
    }
    setError('');
    setResult(null);
    try {
      const next = await saving.mutateAsync({ autoLockMinutes: value });
      setResult({
        tone: 'success',
        message: `Saved: your journal locks after ${next.autoLockMinutes} ${next.autoLockMinutes === 1 ? 'minute' : 'minutes'} without use.`,
      });
    } catch (failure) {
      setResult({ tone: 'error', message: messageOf(failure) });
    }
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <TextField
        label="Minutes without use before locking"
        hint="It also locks when the computer sleeps or its screen locks."
        type="number"
        inputMode="numeric"
        min={1}
        max={240}
        className="field--narrow"
        value={minutes}
        onChange={(event) => setMinutes(event.target.value)}
        error={error || undefined}
      />
      {result ? <Notice tone={result.tone}>{result.message}</Notice> : null}
      <div className="row">
        <Button type="submit" variant="primary" busy={saving.isPending}>
          Save auto-lock
        </Button>
      </div>
    </form>
  );
}
