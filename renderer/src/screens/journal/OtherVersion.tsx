import type { Entry } from '../../../../shared/domain.ts';
import { longDayLabel, timeLabel } from '../../../../shared/day-labels.ts';
import { messageOf } from '../../api-client.ts';
import { useCoreMutation, useCoreQuery } from '../../data/core-query.ts';
import { Button } from '../../ui/Button.tsx';
import { Notice } from '../../ui/Notice.tsx';

interface OtherVersionProps {
  /** "The other version": an entry edited differently on two devices (it has `conflict`). */
  entry: Entry & { conflict: { of: string } };
  /** Called once a choice was saved, with what to tell the user. */
  onSettled(message: string): void;
}

function VersionText({ title, entry }: { title: string; entry: Entry }) {
  return (
    <section className="other-version-side" aria-label={title}>
      <h3>{title}</h3>
      <p className="muted">Last edited {timeLabel(entry.updatedAt)}</p>
      <div className="entry-reader-body">{entry.body.trim() ? entry.body : 'No words, just the mood.'}</div>
    </section>
  );
}

/**
 * The two texts of an entry edited differently on two devices, side by side, and the choice:
 * keep one (the other is deleted) or keep both as separate entries. Nothing is removed until
 * the user chooses.
 */
export function OtherVersion({ entry, onSettled }: OtherVersionProps) {
  const original = useCoreQuery('getEntry', { id: entry.conflict.of });
  const resolve = useCoreMutation('resolveOtherVersion');

  async function choose(keep: 'other' | 'original' | 'both') {
    try {
      await resolve.mutateAsync({ id: entry.id, keep });
      onSettled(
        keep === 'both'
          ? 'Both versions are kept, as two entries.'
          : keep === 'other'
            ? 'The other version is now the entry; the earlier text was deleted.'
            : 'The original is kept; the other version was deleted.',
      );
    } catch {
      // The mutation's error is shown below.
    }
  }

  return (
    <section className="other-version" aria-labelledby="other-version-title">
      <h2 id="other-version-title">Edited on two devices</h2>
      <p>
        This entry from {longDayLabel(entry.day)} was changed on two devices before they synced, so both texts
        were kept. Choose what stays.
      </p>
      <div className="row other-version-sides">
        {original.data ? <VersionText title="The entry" entry={original.data} /> : null}
        <VersionText title="The other version" entry={entry} />
      </div>
      {original.isError ? (
        <p className="muted">The original was deleted on another device; only this version is left.</p>
      ) : null}
      {resolve.isError ? (
        <Notice tone="error">
          <p>{messageOf(resolve.error)}</p>
        </Notice>
      ) : null}
      <div className="row">
        <Button variant="primary" disabled={resolve.isPending} onClick={() => void choose('other')}>
          Keep the other version
        </Button>
        {original.data ? (
          <Button disabled={resolve.isPending} onClick={() => void choose('original')}>
            Keep the entry
          </Button>
        ) : null}
        <Button disabled={resolve.isPending} onClick={() => void choose('both')}>
          Keep both
        </Button>
      </div>
    </section>
  );
}
