import { type ReactNode, useState } from 'react';
import { Button } from '../../ui/Button.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { RecoveryKeyPanel } from '../../ui/RecoveryKeyPanel.tsx';
import { pickGroupToCheck } from '../../ui/recovery-key.ts';
import { ConfirmRecoveryKeyStep } from '../onboarding/ConfirmRecoveryKeyStep.tsx';

export interface NewRecoveryKeyProps {
  recoveryKey: string;
  /** Why there is a new key (a recovery, or a journal updated to the current format). */
  children: ReactNode;
  onDone(): void;
}

/** A newly issued recovery key, shown once, then checked by typing one group back, as in onboarding. */
export function NewRecoveryKey({ recoveryKey, children, onDone }: NewRecoveryKeyProps) {
  const [checking, setChecking] = useState(false);
  const [groupNumber] = useState(() => pickGroupToCheck(recoveryKey));
  if (checking) {
    return (
      <ConfirmRecoveryKeyStep
        recoveryKey={recoveryKey}
        groupNumber={groupNumber}
        stepLabel={null}
        onConfirmed={onDone}
        onShowAgain={() => setChecking(false)}
      />
    );
  }
  return (
    <div className="stack">
      <PageHeading focusOnMount>Your new recovery key</PageHeading>
      {children}
      <RecoveryKeyPanel recoveryKey={recoveryKey} />
      <div className="onboarding-actions">
        <Button variant="primary" onClick={() => setChecking(true)}>
          I have saved it
        </Button>
      </div>
    </div>
  );
}
