import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { renderWithCore } from '../../testing/render-with-core.tsx';
import { testCore } from '../../testing/test-core.ts';
import { TextSizeSettings } from './TextSizeSettings.tsx';

afterEach(() => {
  cleanup();
  document.documentElement.removeAttribute('data-text-size');
});

it('makes the text larger at once, in three steps, and remembers the choice', async () => {
  await testCore().seed();
  renderWithCore(<TextSizeSettings settings={await testCore().core('getSettings')} />);
  expect(screen.getAllByRole('radio').map((radio) => radio.parentElement?.textContent)).toEqual([
    'Small',
    'Medium',
    'Large',
  ]);
  expect(screen.getByRole('radio', { name: 'Medium' })).toHaveProperty('checked', true);
  fireEvent.click(screen.getByRole('radio', { name: 'Large' }));
  expect(document.documentElement.getAttribute('data-text-size')).toBe('large');
  await waitFor(async () => expect((await testCore().core('getSettings')).textSize).toBe('large'));
  fireEvent.click(screen.getByRole('radio', { name: 'Medium' }));
  expect(document.documentElement.hasAttribute('data-text-size')).toBe(false);
});
