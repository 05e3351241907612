import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { installFakeInterlude } from '../../app/testing/fake-interlude.ts';
import { TextSizeSettings } from './TextSizeSettings.tsx';

afterEach(() => {
  cleanup();
  document.documentElement.removeAttribute('data-text-size');
});

it('makes the text larger at once, in three steps, and remembers the choice', async () => {
  const fake = installFakeInterlude({}, { unlocked: true });
  render(<TextSizeSettings settings={fake.state.settings} onSaved={() => undefined} />);
  expect(screen.getAllByRole('radio').map((radio) => radio.parentElement?.textContent)).toEqual([
    'Small',
    'Medium',
    'Large',
  ]);
  expect(screen.getByRole('radio', { name: 'Medium' })).toHaveProperty('checked', true);
  fireEvent.click(screen.getByRole('radio', { name: 'Large' }));
  expect(document.documentElement.getAttribute('data-text-size')).toBe('large');
  await waitFor(() => expect(fake.state.settings.textSize).toBe('large'));
  fireEvent.click(screen.getByRole('radio', { name: 'Medium' }));
  expect(document.documentElement.hasAttribute('data-text-size')).toBe(false);
});
