import { useDeferredValue, useEffect, useState } from 'react';
import {
  isStrongEnough,
  loadStrengthChecker,
  MINIMUM_LENGTH,
  type StrengthChecker,
  type StrengthVerdict,
  strengthLabel,
} from './passphrase-strength.ts';
import './ui.css';

export interface PassphraseStrengthState {
  /** 'loading' until the dictionaries arrive; 'unavailable' if they could not be loaded. */
  status: 'loading' | 'ready' | 'unavailable';
  verdict: StrengthVerdict | null;
  /** True when the passphrase may be used. */
  acceptable: boolean;
}

/** Measures a new passphrase as it is typed, loading the strength checker on first use. */
export function usePassphraseStrength(passphrase: string): PassphraseStrengthState {
  const [checker, setChecker] = useState<StrengthChecker | null>(null);
  const [status, setStatus] = useState<PassphraseStrengthState['status']>('loading');
  const deferred = useDeferredValue(passphrase);

  useEffect(() => {
    let active = true;
    loadStrengthChecker().then(
      (loaded) => {
        if (!active) return;
        setChecker(() => loaded);
        setStatus('ready');
      },
      () => {
        if (active) setStatus('unavailable');
      },
    );
    return () => {
      active = false;
    };
  }, []);

  const verdict = checker && deferred ? checker(deferred) : null;
  // Judge the passphrase as typed, not the deferred copy, so Continue never accepts stale input.
  const current = checker && passphrase !== deferred ? checker(passphrase) : verdict;
  const acceptable =
    status === 'loading' ? false : isStrongEnough(passphrase, status === 'ready' ? current : null);
  return { status, verdict, acceptable };
}

/** The strength meter: five bars, a word for the score, and zxcvbn's advice when there is any. */
export function PassphraseStrength({
  passphrase,
  state,
}: {
  passphrase: string;
  state: PassphraseStrengthState;
}) {
  if (!passphrase) {
    return (
      <p className="field-hint">
        Use at least {MINIMUM_LENGTH} characters. A few unrelated words make a strong passphrase that is easy
        to remember.
      </p>
    );
  }
  if (state.status === 'loading') return <p className="field-hint">Checking strength…</p>;
  if (state.status === 'unavailable' || !state.verdict) {
    return (
      <p className="field-hint">
        {state.acceptable ? 'Long enough.' : 'Make it longer: at least 14 characters, or several words.'}
      </p>
    );
  }
  const { score, warning, suggestions } = state.verdict;
  return (
    <div className="strength" data-score={score}>
      <div className="strength-bar" aria-hidden="true">
        <span />
        <span />
        <span />
        <span />
        <span />
      </div>
      <p className="field-hint">
        Strength: <strong>{strengthLabel(score)}</strong>
        {state.acceptable ? '' : ' — not strong enough yet.'}
      </p>
      {warning ? <p className="field-hint">{warning}</p> : null}
      {!state.acceptable && suggestions.length > 0 ? (
        <p className="field-hint">{suggestions.join(' ')}</p>
      ) : null}
    </div>
  );
}
