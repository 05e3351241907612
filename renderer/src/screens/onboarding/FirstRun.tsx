import { useState } from 'react';
import { pickGroupToCheck } from '../../ui/recovery-key.ts';
import { ConfirmRecoveryKeyStep } from './ConfirmRecoveryKeyStep.tsx';
import { CreatePassphraseStep } from './CreatePassphraseStep.tsx';
import { RecoveryKeyStep } from './RecoveryKeyStep.tsx';
import { SpacePeriodStep } from './SpacePeriodStep.tsx';
import './onboarding.css';

type Step =
  | { name: 'passphrase' }
  | { name: 'recovery-key'; recoveryKey: string; groupNumber: number }
  | { name: 'confirm-key'; recoveryKey: string; groupNumber: number }
  | { name: 'space-period' };

/** Picks a group to ask for; never the first, which people remember without having saved the key. */
/**
 * The first run: passphrase, recovery key, checking the key, space period. The vault exists
 * (and is unlocked) from the end of step 1; `onFinished` opens the app on Today.
 */
export function FirstRun({ onFinished }: { onFinished(): void }) {
  const [step, setStep] = useState<Step>({ name: 'passphrase' });

  return (
    <main className="center-page">
      <div className="center-card">
        {step.name === 'passphrase' ? (
          <CreatePassphraseStep
            onCreated={(recoveryKey) =>
              setStep({ name: 'recovery-key', recoveryKey, groupNumber: pickGroupToCheck(recoveryKey) })
            }
          />
        ) : null}
        {step.name === 'recovery-key' ? (
          <RecoveryKeyStep
            recoveryKey={step.recoveryKey}
            onSaved={() => setStep({ ...step, name: 'confirm-key' })}
          />
        ) : null}
        {step.name === 'confirm-key' ? (
          <ConfirmRecoveryKeyStep
            recoveryKey={step.recoveryKey}
            groupNumber={step.groupNumber}
            // The key leaves renderer memory as soon as it has been checked.
            onConfirmed={() => setStep({ name: 'space-period' })}
            onShowAgain={() => setStep({ ...step, name: 'recovery-key' })}
          />
        ) : null}
        {step.name === 'space-period' ? <SpacePeriodStep onDone={onFinished} /> : null}
      </div>
    </main>
  );
}
