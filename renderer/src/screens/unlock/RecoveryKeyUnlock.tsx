import { type FormEvent, useState } from 'react';
import { messageOf } from '../../api-client.ts';
import { useCoreMutation } from '../../data/core-query.ts';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/Field.tsx';
import { NewPassphraseFields, newPassphraseReady } from '../../ui/NewPassphraseFields.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { usePassphraseStrength } from '../../ui/PassphraseStrength.tsx';
import { Spinner } from '../../ui/Spinner.tsx';
import { NewRecoveryKey } from './NewRecoveryKey.tsx';

export interface RecoveryKeyUnlockProps {
  onUnlocked(): void;
  onBack(): void;
}

/**
 * The forgotten-passphrase path: the recovery key and a new passphrase open the journal; the old
 * recovery key is then replaced, so the new one is shown (once) before the journal opens.
 */
export function RecoveryKeyUnlock({ onUnlocked, onBack }: RecoveryKeyUnlockProps) {
  const [recoveryKey, setRecoveryKey] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const unlocking = useCoreMutation('unlockWithRecoveryKey');
  const opening = unlocking.isPending;
  const [failure, setFailure] = useState('');
  const [newKey, setNewKey] = useState<string | null>(null);
  const strength = usePassphraseStrength(passphrase);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setShowErrors(true);
    setFailure('');
    if (!recoveryKey.trim() || !newPassphraseReady(passphrase, repeat, strength)) return;
    try {
      const result = await unlocking.mutateAsync({
        recoveryKey: recoveryKey.trim(),
        newPassphrase: passphrase,
      });
      setRecoveryKey('');
      setPassphrase('');
      setRepeat('');
      setNewKey(result.recoveryKey);
    } catch (error) {
      setFailure(messageOf(error));
    }
  }

  if (newKey) {
    return (
      <NewRecoveryKey recoveryKey={newKey} onDone={onUnlocked}>
        <p>
          Your journal is open and your new passphrase is set. It was re-encrypted, with the backups on this
          computer, so the old passphrase and the old recovery key open nothing written from now on (copies
          made elsewhere before today, such as a sync service’s version history, still open with them). Here
          is your new recovery key, shown only now. Keep it somewhere private and safe, away from this
          computer.
        </p>
      </NewRecoveryKey>
    );
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <PageHeading focusOnMount>Use your recovery key</PageHeading>
      <p>Type the recovery key you saved when you created your journal, then choose a new passphrase.</p>
      <TextField
        label="Recovery key"
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="characters"
        value={recoveryKey}
        onChange={(event) => setRecoveryKey(event.target.value)}
        error={showErrors && !recoveryKey.trim() ? 'Type your recovery key.' : undefined}
      />
      <NewPassphraseFields
        passphrase={passphrase}
        repeat={repeat}
        onPassphraseChange={setPassphrase}
        onRepeatChange={setRepeat}
        strength={strength}
        showErrors={showErrors}
        label="New passphrase"
        repeatLabel="Repeat the new passphrase"
      />
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      <div className="onboarding-actions">
        <Button type="submit" variant="primary" busy={opening}>
          Open my journal
        </Button>
        <Button variant="quiet" onClick={onBack} disabled={opening}>
          Back to the passphrase
        </Button>
        {opening ? <Spinner label="Opening your journal…" /> : null}
      </div>
    </form>
  );
}
