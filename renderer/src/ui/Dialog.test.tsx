import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from './Dialog.tsx';

afterEach(cleanup);

function Harness({ open }: { open: boolean }) {
  return (
    <>
      <button type="button">Restore…</button>
      {open ? (
        <ConfirmDialog title="Sure?" confirmLabel="Yes" onConfirm={() => {}} onCancel={() => {}} />
      ) : null}
    </>
  );
}

describe('ConfirmDialog', () => {
  it('opens with Cancel focused, so Enter never confirms something destructive by accident', () => {
    render(
      <ConfirmDialog
        title="Restore this backup?"
        confirmLabel="Restore"
        onConfirm={vi.fn()}
        onCancel={vi.fn()}
      >
        <p>Your journal goes back to how it was.</p>
      </ConfirmDialog>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Restore this backup?' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
  });

  it('cancels on Escape and confirms on the confirm button', () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    render(<ConfirmDialog title="Delete?" confirmLabel="Delete" onConfirm={onConfirm} onCancel={onCancel} />);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('keeps Tab inside the dialog', () => {
    render(<ConfirmDialog title="Delete?" confirmLabel="Delete" onConfirm={vi.fn()} onCancel={vi.fn()} />);
    const confirm = screen.getByRole('button', { name: 'Delete' });
    confirm.focus();
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Tab' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
  });

  it('gives focus back to where it was when it closes', () => {
    const { rerender } = render(<Harness open={false} />);
    const opener = screen.getByRole('button', { name: 'Restore…' });
    opener.focus();
    rerender(<Harness open />);
    expect(document.activeElement).not.toBe(opener);
    rerender(<Harness open={false} />);
    expect(document.activeElement).toBe(opener);
  });
});
