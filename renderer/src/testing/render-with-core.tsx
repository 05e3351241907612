/** Renders a screen as the app does: inside the session's query client over `window.interlude`. */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { CoreQueryProvider } from '../data/CoreQueryProvider.tsx';

/** The rendered screen, and a spy on the session's one LOCKED handler. */
export function renderWithCore(ui: ReactElement) {
  const onLocked = vi.fn();
  const rendered = render(<CoreQueryProvider onLocked={onLocked}>{ui}</CoreQueryProvider>);
  return { ...rendered, onLocked };
}
