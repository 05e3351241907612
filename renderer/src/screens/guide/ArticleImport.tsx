import { type ChangeEvent, useId, useState } from 'react';
import type { Pack } from '../../../../shared/domain.ts';
import { ApiFailure, messageOf } from '../../api-client.ts';
import { useCoreMutation } from '../../data/core-query.ts';
import { Button } from '../../ui/Button.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { Spinner } from '../../ui/Spinner.tsx';
import { ARTICLE_ACCEPT, readArticleFile } from './article-file.ts';

interface ArticleImportProps {
  onImported(pack: Pack): void;
}

type ImportState =
  | { status: 'idle' }
  | { status: 'working' }
  | { status: 'failed'; message: string }
  /** The article is in the journal already: offer to replace that pack, never add a second one. */
  | { status: 'duplicate'; message: string; fileName: string; content: string }
  | { status: 'done'; pack: Pack; replaced: boolean };

/** Turns an article saved as a file into a pack of prompts, kept inside the encrypted journal. */
export function ArticleImport({ onImported }: ArticleImportProps) {
  const id = useId();
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const importing = useCoreMutation('importArticle');

  async function onChange(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setState({ status: 'working' });
    try {
      const read = await readArticleFile(file);
      if (!read.ok) {
        setState({ status: 'failed', message: read.message });
        return;
      }
      await importFile(file.name, read.content, false);
    } catch (error) {
      setState({ status: 'failed', message: messageOf(error) });
    } finally {
      // Choosing the same file again (after fixing it) must fire another change.
      input.value = '';
    }
  }

  async function importFile(fileName: string, content: string, replace: boolean) {
    setState({ status: 'working' });
    try {
      const pack = await importing.mutateAsync({ fileName, content, replace });
      setState({ status: 'done', pack, replaced: replace });
      onImported(pack);
    } catch (error) {
      if (error instanceof ApiFailure && error.code === 'DUPLICATE') {
        setState({ status: 'duplicate', message: error.message, fileName, content });
      } else {
        setState({ status: 'failed', message: messageOf(error) });
      }
    }
  }

  const prompts =
    state.status === 'done'
      ? state.pack.sections.reduce((sum, section) => sum + section.prompts.length, 0)
      : 0;
  return (
    <section className="section article-import" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Import an article</h2>
      <p id={`${id}-hint`}>
        Found an article that helps? Interlude can turn it into prompts, one group for each of its sections.
        The file is read on this computer and its prompts are kept inside your encrypted journal.
      </p>
      <div className="field">
        <label htmlFor={`${id}-file`} className="field-label">
          Article file
        </label>
        <span className="field-hint" id={`${id}-formats`}>
          Text (.txt), Markdown (.md) or a saved web page (.html), up to 2 MB.
        </span>
        <input
          id={`${id}-file`}
          type="file"
          accept={ARTICLE_ACCEPT}
          onChange={(event) => void onChange(event)}
          disabled={state.status === 'working'}
          aria-describedby={`${id}-hint ${id}-formats`}
        />
      </div>
      <div className="article-import-result">
        {state.status === 'working' ? <Spinner label="Reading the article…" /> : null}
        {state.status === 'failed' ? (
          <Notice tone="error">
            <p>{state.message}</p>
          </Notice>
        ) : null}
        {state.status === 'duplicate' ? (
          <Notice
            tone="warning"
            actions={
              <>
                <Button
                  variant="primary"
                  onClick={() => void importFile(state.fileName, state.content, true)}
                >
                  Replace it
                </Button>
                <Button onClick={() => setState({ status: 'idle' })}>Keep the one I have</Button>
              </>
            }
          >
            <p>{state.message}</p>
          </Notice>
        ) : null}
        {state.status === 'done' ? (
          <Notice tone="success">
            <p>
              “{state.pack.title}” was {state.replaced ? 'replaced in' : 'added to'} the guide:{' '}
              {state.pack.sections.length} {state.pack.sections.length === 1 ? 'section' : 'sections'} with{' '}
              {prompts} {prompts === 1 ? 'prompt' : 'prompts'}.
            </p>
          </Notice>
        ) : null}
      </div>
    </section>
  );
}
