import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { NewPassphraseFields, newPassphraseReady } from './NewPassphraseFields.tsx';
import { usePassphraseStrength } from './PassphraseStrength.tsx';

afterEach(cleanup);

function Harness({ initial }: { initial: string }) {
  const [passphrase, setPassphrase] = useState(initial);
  const [repeat, setRepeat] = useState(initial);
  const strength = usePassphraseStrength(passphrase);
  return (
    <>
      <NewPassphraseFields
        passphrase={passphrase}
        repeat={repeat}
        onPassphraseChange={setPassphrase}
        onRepeatChange={setRepeat}
        strength={strength}
        showErrors
      />
      <p>{newPassphraseReady(passphrase, repeat, strength) ? 'ready' : 'not ready'}</p>
    </>
  );
}

describe('the passphrase strength meter (real zxcvbn dictionaries, loaded lazily)', () => {
  it('rates a common password as weak and refuses it, with advice', async () => {
    render(<Harness initial="password123" />);
    await waitFor(() => expect(screen.getByText('Very weak')).toBeTruthy(), { timeout: 15_000 });
    expect(screen.getByText('This is a commonly used password.')).toBeTruthy();
    expect(screen.getByText('not ready')).toBeTruthy();
    expect(screen.getByText(/Choose a stronger passphrase/)).toBeTruthy();
  });

  it('accepts a long passphrase of unrelated words', async () => {
    render(<Harness initial="correct horse battery staple" />);
    await waitFor(() => expect(screen.getByText('Very strong')).toBeTruthy(), { timeout: 15_000 });
    expect(screen.getByText('ready')).toBeTruthy();
  });
});
