import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HardDate } from '../../../../shared/domain.ts';
import { HardDatesEditor, hardDateWhen } from './HardDatesEditor.tsx';

afterEach(cleanup);

const birthday: HardDate = { id: 'b', day: '2025-06-14', label: 'Her birthday', yearly: true };

describe('the hard dates editor', () => {
  it('adds a yearly date with its words, and asks for what is missing first', async () => {
    const onAdd = vi.fn(async () => undefined);
    render(<HardDatesEditor hardDates={[]} onAdd={onAdd} onRemove={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add the date' }));
    expect(screen.getByText(/Give the day a few words/)).toBeTruthy();
    expect(onAdd).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('What is the day?'), { target: { value: '  Our anniversary ' } });
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2024-09-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add the date' }));
    await waitFor(() =>
      expect(onAdd).toHaveBeenCalledWith({ label: 'Our anniversary', day: '2024-09-01', yearly: true }),
    );
  });

  it('lists the dates and removes one', () => {
    const onRemove = vi.fn(async () => undefined);
    render(<HardDatesEditor hardDates={[birthday]} onAdd={vi.fn()} onRemove={onRemove} />);
    expect(screen.getByRole('list', { name: 'Hard dates' }).textContent).toMatch(/Her birthday.*every year/);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Her birthday' }));
    expect(onRemove).toHaveBeenCalledWith(birthday);
  });

  it('writes a one-off date in full', () => {
    expect(hardDateWhen({ ...birthday, yearly: false })).toMatch(/2025/);
    expect(hardDateWhen(birthday)).not.toMatch(/2025/);
  });
});
