import { useId, useState } from 'react';
import type { TrashedEntry } from '../../../../shared/api.ts';
import { excerpt } from '../../screens/today/entry-form.ts';
import { Button } from '../../ui/Button.tsx';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { longDayLabel, mediumDayLabel } from '../../../../shared/day-labels.ts';
import './trash.css';

export interface TrashListProps {
  items: readonly TrashedEntry[];
  onRestore(item: TrashedEntry): void;
  onDeleteForever(item: TrashedEntry): void;
  onEmpty(): void;
}

/**
 * The trash: deleted entries, kept 30 days. Restoring is one click; removing for good (one entry,
 * or all) asks first, because that cannot be undone.
 */
export function TrashList({ items, onRestore, onDeleteForever, onEmpty }: TrashListProps) {
  const titleId = useId();
  const [confirm, setConfirm] = useState<TrashedEntry | 'all' | null>(null);
  return (
    <section className="trash" aria-labelledby={titleId}>
      <h2 id={titleId}>Trash</h2>
      <p className="muted">Deleted entries stay here for 30 days, then they are removed for good.</p>
      {items.length === 0 ? (
        <p>The trash is empty.</p>
      ) : (
        <>
          <ul className="trash-list">
            {items.map((item) => (
              <li key={item.entry.id} className="trash-item">
                <div className="trash-item-text">
                  <p className="trash-item-day">{longDayLabel(item.entry.day)}</p>
                  <p>{excerpt(item.entry.body, 120) || 'An entry without words.'}</p>
                  <p className="muted trash-item-until">
                    Removed for good on {mediumDayLabel(item.removedOn)}
                  </p>
                </div>
                <div className="row">
                  <Button size="small" onClick={() => onRestore(item)}>
                    Restore
                  </Button>
                  <Button size="small" variant="quiet" onClick={() => setConfirm(item)}>
                    Delete forever
                  </Button>
                </div>
              </li>
            ))}
          </ul>
          <div className="row">
            <Button variant="danger" onClick={() => setConfirm('all')}>
              Empty the trash
            </Button>
          </div>
        </>
      )}
      {confirm ? (
        <ConfirmDialog
          title={confirm === 'all' ? 'Empty the trash?' : 'Delete this entry forever?'}
          confirmLabel={confirm === 'all' ? 'Empty the trash' : 'Delete forever'}
          tone="danger"
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            if (confirm === 'all') onEmpty();
            else onDeleteForever(confirm);
            setConfirm(null);
          }}
        >
          <p>
            {confirm === 'all'
              ? `${items.length === 1 ? 'The entry' : `All ${items.length} entries`} in the trash will be gone for good. This cannot be undone.`
              : `The entry from ${longDayLabel(confirm.entry.day)} will be gone for good. This cannot be undone.`}
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
