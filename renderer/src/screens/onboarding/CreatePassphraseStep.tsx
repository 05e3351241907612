import { type FormEvent, useState } from 'react';
import { messageOf } from '../../api-client.ts';
import { useCoreMutation } from '../../data/core-query.ts';
import { Button } from '../../ui/Button.tsx';
import { NewPassphraseFields, newPassphraseReady } from '../../ui/NewPassphraseFields.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { usePassphraseStrength } from '../../ui/PassphraseStrength.tsx';
import { Spinner } from '../../ui/Spinner.tsx';

/** Step 1: choose the passphrase (twice), then create the vault. Hands the recovery key on. */
export function CreatePassphraseStep({ onCreated }: { onCreated(recoveryKey: string): void }) {
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const creation = useCoreMutation('createVault');
  const creating = creation.isPending;
  const [failure, setFailure] = useState('');
  const strength = usePassphraseStrength(passphrase);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setShowErrors(true);
    setFailure('');
    if (!newPassphraseReady(passphrase, repeat, strength)) return;
    try {
      const { recoveryKey } = await creation.mutateAsync({ passphrase });
      onCreated(recoveryKey);
    } catch (error) {
      setFailure(messageOf(error));
    }
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <p className="steps">Step 1 of 4</p>
      <PageHeading>Create your journal</PageHeading>
      <p>
        Interlude keeps what you write on this computer only, encrypted with a passphrase that you choose.
        Nothing is sent anywhere.
      </p>
      <Notice tone="warning" title="Nobody can reset your passphrase">
        <p>
          Not us, not anyone: without your passphrase, your journal cannot be opened. Next you will get a
          recovery key, which opens it if you ever forget the passphrase. Lose both, and the journal is gone
          for good.
        </p>
      </Notice>
      <NewPassphraseFields
        passphrase={passphrase}
        repeat={repeat}
        onPassphraseChange={setPassphrase}
        onRepeatChange={setRepeat}
        strength={strength}
        showErrors={showErrors}
        autoFocus
      />
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      <div className="onboarding-actions">
        <Button type="submit" variant="primary" busy={creating}>
          Create journal
        </Button>
        {creating ? <Spinner label="Creating your journal…" /> : null}
      </div>
    </form>
  );
}
