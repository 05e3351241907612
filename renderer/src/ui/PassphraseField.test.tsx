import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { PassphraseField } from './PassphraseField.tsx';

afterEach(cleanup);

function Field() {
  const [value, setValue] = useState('');
  return (
    <PassphraseField label="Passphrase" value={value} onChange={(event) => setValue(event.target.value)} />
  );
}

describe('a passphrase field', () => {
  it('hides what is typed until the user asks to see it', () => {
    render(<Field />);
    const input = screen.getByLabelText('Passphrase');
    expect(input.getAttribute('type')).toBe('password');
    const toggle = screen.getByRole('button', { name: 'Show' });
    fireEvent.click(toggle);
    expect(input.getAttribute('type')).toBe('text');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(toggle);
    expect(input.getAttribute('type')).toBe('password');
  });

  it('warns while Caps Lock is on, and says it to screen readers with the field', () => {
    render(<Field />);
    const input = screen.getByLabelText('Passphrase');
    fireEvent.keyDown(input, { key: 'A', modifierCapsLock: true });
    const warning = screen.getByText('Caps Lock is on.');
    expect(input.getAttribute('aria-describedby')).toContain(warning.parentElement?.id);
    fireEvent.keyUp(input, { key: 'CapsLock', modifierCapsLock: false });
    expect(screen.queryByText('Caps Lock is on.')).toBeNull();
  });
});
