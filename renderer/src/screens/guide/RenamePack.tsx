import { type FormEvent, useState } from 'react';
import type { Pack } from '../../../../shared/domain.ts';
import { messageOf } from '../../api-client.ts';
import { useCoreMutation } from '../../data/core-query.ts';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/Field.tsx';

interface RenamePackProps {
  pack: Pack;
  onRenamed?(pack: Pack): void;
}

/** A "Rename" button that opens a small form for an imported pack's title. */
export function RenamePack({ pack, onRenamed }: RenamePackProps) {
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(pack.title);
  const renaming = useCoreMutation('renamePack');
  const saving = renaming.isPending;
  const [error, setError] = useState<string | null>(null);

  if (!editing) {
    return (
      <Button
        size="small"
        onClick={() => {
          setTitle(pack.title);
          setError(null);
          setEditing(true);
        }}
      >
        Rename
      </Button>
    );
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (title.trim() === '') {
      setError('Give the pack a name.');
      return;
    }
    setError(null);
    try {
      // Not `onRenamed?.(await ...)`: without a listener that would skip the rename itself.
      const renamed = await renaming.mutateAsync({ id: pack.id, title: title.trim() });
      onRenamed?.(renamed);
      setEditing(false);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }

  return (
    <form className="rename-pack" onSubmit={(event) => void onSubmit(event)}>
      <TextField
        label="Pack name"
        value={title}
        maxLength={300}
        autoFocus
        error={error ?? undefined}
        onChange={(event) => setTitle(event.currentTarget.value)}
      />
      <div className="rename-pack-actions">
        <Button type="submit" variant="primary" size="small" busy={saving}>
          Save name
        </Button>
        <Button size="small" onClick={() => setEditing(false)} disabled={saving}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
