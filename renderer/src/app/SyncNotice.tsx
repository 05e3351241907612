import { type FormEvent, useState } from 'react';
import { messageOf } from '../api-client.ts';
import { useCoreMutation, useCoreQuery } from '../data/core-query.ts';
import { Button } from '../ui/Button.tsx';
import { TextField } from '../ui/Field.tsx';
import { Notice } from '../ui/Notice.tsx';

/** The passphrase another device locked its copy with, asked once, to merge that copy. */
function OtherPassphraseForm() {
  const [passphrase, setPassphrase] = useState('');
  const merge = useCoreMutation('mergeWaitingCopies');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!passphrase) return;
    merge.mutate({ passphrase }, { onSettled: () => setPassphrase('') });
  }

  return (
    <form className="sync-notice-form" onSubmit={submit}>
      <TextField
        label="Passphrase used on the other device"
        hint="Only to open that copy and merge it. Your own passphrase stays as it is."
        type="password"
        autoComplete="off"
        value={passphrase}
        onChange={(event) => setPassphrase(event.target.value)}
        error={merge.isError ? messageOf(merge.error) : undefined}
      />
      <Button type="submit" size="small" disabled={!passphrase || merge.isPending}>
        Merge that copy
      </Button>
    </form>
  );
}

/**
 * What sync did since the unlock ("Merged changes from another device: 3 entries."), or why a
 * copy from another device waits, above every screen until the user dismisses it.
 */
export function SyncNotice() {
  const status = useCoreQuery('vaultStatus', undefined).data;
  const notice = status?.syncNotice ?? null;
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (!notice || notice === dismissed) return null;
  return (
    <div className="sync-notice">
      <Notice
        tone={status?.copiesWaiting ? 'warning' : 'info'}
        actions={
          <Button size="small" variant="quiet" onClick={() => setDismissed(notice)}>
            Dismiss
          </Button>
        }
      >
        <p>{notice}</p>
        {status?.copiesWaiting ? <OtherPassphraseForm /> : null}
      </Notice>
    </div>
  );
}
