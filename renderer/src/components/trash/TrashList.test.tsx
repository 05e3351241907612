import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TrashedEntry } from '../../../../shared/api.ts';
import { sampleEntry } from '../testing/sample-entry.ts';
import { TrashList } from './TrashList.tsx';

afterEach(cleanup);

const item: TrashedEntry = {
  entry: sampleEntry({ id: 'a', day: '2026-03-02', body: 'Deleted by mistake.' }),
  deletedAt: '2026-03-10T12:00:00.000Z',
  removedOn: '2026-04-09',
};

function renderTrash(items: TrashedEntry[] = [item]) {
  const handlers = { onRestore: vi.fn(), onDeleteForever: vi.fn(), onEmpty: vi.fn() };
  render(<TrashList items={items} {...handlers} />);
  return handlers;
}

describe('the trash', () => {
  it('restores an entry in one click and says when it would go for good', () => {
    const { onRestore } = renderTrash();
    expect(screen.getByText(/Removed for good on/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    expect(onRestore).toHaveBeenCalledWith(item);
  });

  it('asks before deleting forever or emptying, and does nothing on Cancel', () => {
    const { onDeleteForever, onEmpty } = renderTrash();
    fireEvent.click(screen.getByRole('button', { name: 'Empty the trash' }));
    const dialog = screen.getByRole('dialog', { name: 'Empty the trash?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onEmpty).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Delete forever' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete forever' }));
    expect(onDeleteForever).toHaveBeenCalledWith(item);
  });

  it('says so when it is empty', () => {
    renderTrash([]);
    expect(screen.getByText('The trash is empty.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Empty the trash' })).toBeNull();
  });
});
