import { useRef, useState } from 'react';
import type { PackWithProgress } from '../../../../shared/api.ts';
import { messageOf } from '../../api-client.ts';
import { useCoreMutation, useCoreQuery } from '../../data/core-query.ts';
import { LoadFailure } from '../../data/LoadFailure.tsx';
import type { ScreenProps } from '../../navigation.ts';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { ArticleImport } from './ArticleImport.tsx';
import { PackView } from './PackView.tsx';
import '../../styles/guide.css';

/** The guide: the built-in pack's sections and prompts, imported packs beside it, and the importer. */
export function GuideScreen({ write }: ScreenProps) {
  const loaded = useCoreQuery('listPacks', undefined);
  const removal = useCoreMutation('removePack');
  const [shownPackId, setShownPackId] = useState<string | null>(null);
  const [pendingRemoval, setPendingRemoval] = useState<PackWithProgress | null>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  async function confirmRemoval() {
    if (!pendingRemoval) return;
    try {
      await removal.mutateAsync({ id: pendingRemoval.id });
      setNotice({ tone: 'success', text: `“${pendingRemoval.title}” was removed from the guide.` });
      setShownPackId(null);
      headingRef.current?.focus();
    } catch (error) {
      setNotice({ tone: 'error', text: messageOf(error) });
    } finally {
      setPendingRemoval(null);
    }
  }

  if (loaded.isPending) {
    return (
      <div className="guide-screen">
        <h1>Guide</h1>
      </div>
    );
  }
  if (loaded.isError) {
    return (
      <div className="guide-screen">
        <h1>Guide</h1>
        <LoadFailure error={loaded.error} onRetry={() => void loaded.refetch()} />
      </div>
    );
  }

  const packs = [...loaded.data].sort((a, b) => Number(b.builtIn) - Number(a.builtIn));
  const shown = packs.find((pack) => pack.id === shownPackId) ?? packs[0];
  return (
    <div className="guide-screen">
      <h1 ref={headingRef} tabIndex={-1}>
        Guide
      </h1>
      <p className="guide-intro">
        Prompts to write from, drawn from the stages of time apart. Pick any that speaks to you today; there
        is no order you must follow.
      </p>
      {notice ? (
        <Notice tone={notice.tone}>
          <p>{notice.text}</p>
        </Notice>
      ) : null}
      <div className="guide-layout">
        <div className="guide-side">
          {packs.length > 1 ? (
            <nav aria-label="Prompt packs" className="pack-picker">
              <ul>
                {packs.map((pack) => (
                  <li key={pack.id}>
                    <button
                      type="button"
                      className="pack-picker-button"
                      aria-current={pack.id === shown?.id ? 'true' : undefined}
                      onClick={() => setShownPackId(pack.id)}
                    >
                      {pack.title}
                      <span className="pack-picker-kind">{pack.builtIn ? 'Built in' : 'Imported'}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          <ArticleImport
            onImported={(pack) => {
              setNotice(null);
              setShownPackId(pack.id);
            }}
          />
        </div>
        <div className="guide-main">
          {shown ? (
            <PackView
              key={shown.id}
              pack={shown}
              onWrite={(section, prompt) =>
                write({
                  kind: 'prompt',
                  prompt: { packId: shown.id, promptId: prompt.id, text: prompt.text },
                  sectionId: section.id,
                })
              }
              onRemove={() => setPendingRemoval(shown)}
            />
          ) : (
            <p className="muted">There are no prompt packs yet. Import an article to make one.</p>
          )}
        </div>
      </div>
      {pendingRemoval ? (
        <ConfirmDialog
          title={`Remove “${pendingRemoval.title}”?`}
          confirmLabel="Remove pack"
          cancelLabel="Keep it"
          tone="danger"
          busy={removal.isPending}
          onConfirm={() => void confirmRemoval()}
          onCancel={() => setPendingRemoval(null)}
        >
          <p>
            Its prompts leave the guide. Entries you wrote from them stay in your journal. You can import the
            article again at any time.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
