import { Button } from '../../ui/Button.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { RecoveryKeyPanel } from '../../ui/RecoveryKeyPanel.tsx';

/** Step 2: the recovery key, shown once, to copy or save. */
export function RecoveryKeyStep({ recoveryKey, onSaved }: { recoveryKey: string; onSaved(): void }) {
  return (
    <div className="stack">
      <p className="steps">Step 2 of 4</p>
      <PageHeading focusOnMount>Your recovery key</PageHeading>
      <p>
        If you ever forget your passphrase, this key opens your journal and lets you choose a new one. It is
        shown only now, so keep a copy somewhere private and safe, away from this computer: in a password
        manager, or written on paper.
      </p>
      <RecoveryKeyPanel recoveryKey={recoveryKey} />
      <div className="onboarding-actions">
        <Button variant="primary" onClick={onSaved}>
          I have saved it
        </Button>
      </div>
    </div>
  );
}
