import { type FormEvent, useState } from 'react';
import { messageOf } from '../../api-client.ts';
import { useCoreMutation } from '../../data/core-query.ts';
import { Button } from '../../ui/Button.tsx';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { PassphraseField } from '../../ui/PassphraseField.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { RecoveryKeyPanel } from '../../ui/RecoveryKeyPanel.tsx';

/** Issues a new recovery key (the old one stops working) and shows it once. */
export function RecoveryKeySettings() {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState('');
  const [confirming, setConfirming] = useState(false);
  const issuing = useCoreMutation('newRecoveryKey');
  const [newKey, setNewKey] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!passphrase) {
      setError('Type your passphrase.');
      return;
    }
    setError('');
    setConfirming(true);
  }

  async function issue() {
    try {
      const result = await issuing.mutateAsync({ passphrase });
      setPassphrase('');
      setNewKey(result.recoveryKey);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setConfirming(false);
    }
  }

  if (newKey) {
    return (
      <div className="stack">
        <Notice tone="success" title="Your new recovery key">
          <p>
            The old key no longer works. This one is shown only now: keep it somewhere private and safe, away
            from this computer.
          </p>
        </Notice>
        <RecoveryKeyPanel recoveryKey={newKey} />
        <div className="row">
          <Button variant="primary" onClick={() => setNewKey(null)}>
            I have saved it
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <p className="muted">
        If you have lost your recovery key, or think someone else may have seen it, issue a new one. The old
        key stops working at once.
      </p>
      <PassphraseField
        label="Your passphrase"
        autoComplete="current-password"
        spellCheck={false}
        value={passphrase}
        onChange={(event) => setPassphrase(event.target.value)}
        error={error || undefined}
      />
      <div className="row">
        <Button type="submit">Issue a new recovery key</Button>
      </div>
      {confirming ? (
        <ConfirmDialog
          title="Issue a new recovery key?"
          confirmLabel="Issue new key"
          busy={issuing.isPending}
          onConfirm={() => void issue()}
          onCancel={() => setConfirming(false)}
        >
          <p>Your current recovery key will stop working. Make sure you can save the new one now.</p>
        </ConfirmDialog>
      ) : null}
    </form>
  );
}
