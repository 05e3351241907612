import type { LockReason } from '../../../../shared/api.ts';
import { type FormEvent, useRef, useState } from 'react';
import type { BackupInfo } from '../../../../shared/api.ts';
import { ApiFailure, messageOf } from '../../api-client.ts';
import { useCoreMutation } from '../../data/core-query.ts';
import { Button } from '../../ui/Button.tsx';
import { PassphraseField } from '../../ui/PassphraseField.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { Spinner } from '../../ui/Spinner.tsx';
import { describeBackup } from './backups.ts';
import { DamagedVaultRestore } from './DamagedVaultRestore.tsx';
import { NewRecoveryKey } from './NewRecoveryKey.tsx';
import { RecoveryKeyUnlock } from './RecoveryKeyUnlock.tsx';
import { WriterWaitNotice } from '../../components/writer-wait/WriterWaitNotice.tsx';
import '../onboarding/onboarding.css';
import { DRAFT_KEPT_WORDS, lockReasonWords } from './lock-reason.ts';

type Problem = { kind: 'wrong' | 'damaged' | 'older' | 'other'; message: string } | null;

function problemKind(code: string | null): NonNullable<Problem>['kind'] {
  if (code === 'WRONG_PASSPHRASE') return 'wrong';
  if (code === 'VAULT_DAMAGED') return 'damaged';
  if (code === 'OLDER_THAN_SEEN') return 'older';
  return 'other';
}

export interface UnlockScreenProps {
  onUnlocked(): void;
  /** A message from what led here (a restored backup, for instance). */
  notice?: string;
  /** Why the journal locked, when it locked while in use (absent when the app just started). */
  lockReason?: LockReason;
}

/** The unlock screen: the passphrase, or the recovery-key path; restore when the file is damaged. */
export function UnlockScreen({ onUnlocked, notice, lockReason }: UnlockScreenProps) {
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  const [passphrase, setPassphrase] = useState('');
  const unlocking = useCoreMutation('unlock');
  const opening = unlocking.isPending;
  const [problem, setProblem] = useState<Problem>(null);
  const [restored, setRestored] = useState<BackupInfo | null>(null);
  /** A version-1 journal was updated on opening and has a new recovery key to show once. */
  const [migratedKey, setMigratedKey] = useState<string | null>(null);
  const fieldRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    await open(false);
  }

  async function open(openOlder: boolean) {
    if (!passphrase) {
      setProblem({ kind: 'other', message: 'Type your passphrase to open your journal.' });
      fieldRef.current?.focus();
      return;
    }
    setProblem(null);
    try {
      const { recoveryKey } = await unlocking.mutateAsync({
        passphrase,
        ...(openOlder ? { openOlder } : {}),
      });
      setPassphrase('');
      if (recoveryKey) setMigratedKey(recoveryKey);
      else onUnlocked();
    } catch (error) {
      const kind = problemKind(error instanceof ApiFailure ? error.code : null);
      setProblem({ kind, message: messageOf(error) });
      if (kind === 'wrong') {
        fieldRef.current?.focus();
        fieldRef.current?.select();
      }
    }
  }

  return (
    <main className="center-page">
      <div className="center-card">
        {migratedKey ? (
          <NewRecoveryKey recoveryKey={migratedKey} onDone={onUnlocked}>
            <p>
              Your journal was updated to Interlude’s current file format, with new keys. Your old recovery
              key no longer works: here is the new one, shown only now. Keep it somewhere private and safe,
              away from this computer.
            </p>
          </NewRecoveryKey>
        ) : mode === 'recovery' ? (
          <RecoveryKeyUnlock onUnlocked={onUnlocked} onBack={() => setMode('passphrase')} />
        ) : (
          <form className="stack" onSubmit={submit} noValidate>
            <PageHeading>Unlock your journal</PageHeading>
            {lockReason ? (
              <div className="unlock-reason">
                <p>{lockReasonWords(lockReason)}</p>
                <p className="muted">{DRAFT_KEPT_WORDS}</p>
              </div>
            ) : null}
            {notice && !restored ? <Notice tone="success">{notice}</Notice> : null}
            {restored ? (
              <Notice tone="success" title="Backup restored">
                <p>
                  Your journal is back as it was on {describeBackup(restored)}. Unlock it with the passphrase
                  you had then.
                </p>
              </Notice>
            ) : null}
            <PassphraseField
              ref={fieldRef}
              label="Passphrase"
              autoComplete="current-password"
              spellCheck={false}
              autoFocus
              value={passphrase}
              onChange={(event) => setPassphrase(event.target.value)}
              aria-invalid={problem?.kind === 'wrong' ? true : undefined}
            />
            {problem ? <Notice tone="error">{problem.message}</Notice> : null}
            {problem?.kind === 'older' ? (
              <div className="onboarding-actions">
                <Button variant="quiet" onClick={() => void open(true)} disabled={opening}>
                  Open it anyway
                </Button>
              </div>
            ) : null}
            {problem?.kind === 'damaged' || problem?.kind === 'older' ? (
              <DamagedVaultRestore
                onRestored={(backup) => {
                  setProblem(null);
                  setRestored(backup);
                  fieldRef.current?.focus();
                }}
              />
            ) : null}
            <div className="onboarding-actions">
              <Button type="submit" variant="primary" busy={opening}>
                Unlock
              </Button>
              {opening ? <Spinner label="Opening your journal…" /> : null}
            </div>
            <WriterWaitNotice />
            <p className="muted">
              Forgot your passphrase?{' '}
              <Button variant="quiet" onClick={() => setMode('recovery')} disabled={opening}>
                Use your recovery key
              </Button>
            </p>
          </form>
        )}
      </div>
    </main>
  );
}
