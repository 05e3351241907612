import { useState } from 'react';
import { messageOf } from '../../api-client.ts';
import { TrashList } from '../../components/trash/TrashList.tsx';
import { useCoreMutation, useCoreQuery } from '../../data/core-query.ts';
import { LoadFailure } from '../../data/LoadFailure.tsx';
import { Notice } from '../../ui/Notice.tsx';

/** The Journal's trash: deleted entries for 30 days, to restore, delete forever, or empty. */
export function JournalTrash() {
  const trash = useCoreQuery('listTrash', undefined);
  const restore = useCoreMutation('restoreEntry');
  const deleteForever = useCoreMutation('deleteForever');
  const empty = useCoreMutation('emptyTrash');
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  async function run(action: () => Promise<unknown>, done: string) {
    try {
      await action();
      setNotice({ tone: 'success', text: done });
    } catch (error) {
      setNotice({ tone: 'error', text: messageOf(error) });
    }
  }

  if (trash.isError) return <LoadFailure error={trash.error} onRetry={() => void trash.refetch()} />;
  if (!trash.data) return <p className="screen-loading">Opening the trash…</p>;
  return (
    <div className="stack">
      {notice ? (
        <Notice tone={notice.tone}>
          <p>{notice.text}</p>
        </Notice>
      ) : null}
      <TrashList
        items={trash.data}
        onRestore={(item) =>
          void run(() => restore.mutateAsync({ id: item.entry.id }), 'The entry is back in your journal.')
        }
        onDeleteForever={(item) =>
          void run(() => deleteForever.mutateAsync({ id: item.entry.id }), 'The entry was deleted for good.')
        }
        onEmpty={() => void run(() => empty.mutateAsync(undefined), 'The trash was emptied.')}
      />
    </div>
  );
}
