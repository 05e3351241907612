import { useId, useState } from 'react';
import { dayOf } from '../../../shared/dates.ts';
import { Button } from './Button.tsx';
import { copyText, recoveryKeyFileText, saveTextFile } from './recovery-key.ts';
import './ui.css';

/** The recovery key, shown once, with Copy and "Save as text file". */
export function RecoveryKeyPanel({ recoveryKey }: { recoveryKey: string }) {
  const [status, setStatus] = useState('');
  const captionId = useId();

  async function copy() {
    const copied = await copyText(recoveryKey);
    setStatus(
      copied
        ? 'Copied. Paste it somewhere safe, then clear your clipboard.'
        : 'Copying did not work here. Select the key and copy it, or save it as a text file.',
    );
  }

  function save() {
    saveTextFile('interlude-recovery-key.txt', recoveryKeyFileText(recoveryKey, dayOf(new Date())));
    setStatus('Saved as interlude-recovery-key.txt. Move it somewhere safe, away from this computer.');
  }

  return (
    <div className="stack">
      <figure className="recovery-key-figure" aria-labelledby={captionId}>
        <figcaption className="field-label" id={captionId}>
          Your recovery key
        </figcaption>
        <p className="recovery-key">{recoveryKey}</p>
      </figure>
      <div className="row">
        <Button onClick={copy}>Copy</Button>
        <Button onClick={save}>Save as text file</Button>
      </div>
      <p className="field-hint" role="status">
        {status}
      </p>
    </div>
  );
}
