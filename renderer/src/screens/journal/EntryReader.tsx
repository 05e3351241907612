import type { MatchRange } from '../../../../shared/api.ts';
import type { Entry } from '../../../../shared/domain.ts';
import { moodColorVar, moodLabel } from '../../../../shared/mood-palette.ts';
import { longDayLabel, timeLabel } from '../../../../shared/day-labels.ts';
import { Highlighted } from '../../components/highlight/Highlighted.tsx';
import { Button } from '../../ui/Button.tsx';

interface EntryReaderProps {
  entry: Entry;
  matches: readonly MatchRange[];
  section: string | null;
  onEdit(): void;
  onDelete(): void;
}

function rangesFor(matches: readonly MatchRange[], field: MatchRange['field'], index?: number) {
  return matches.filter((match) => match.field === field && (index === undefined || match.index === index));
}

/** One entry, in full, with its search matches marked and the ways to edit or delete it. */
export function EntryReader({ entry, matches, section, onEdit, onDelete }: EntryReaderProps) {
  const edited = entry.updatedAt !== entry.createdAt;
  return (
    <article className="entry-reader" aria-labelledby="entry-reader-title">
      <header className="entry-reader-header">
        <h2 id="entry-reader-title">{longDayLabel(entry.day)}</h2>
        <p className="muted entry-reader-meta">
          Written at {timeLabel(entry.createdAt)}
          {edited ? ` · edited ${timeLabel(entry.updatedAt)}` : ''}
          {section ? ` · ${section}` : ''}
        </p>
      </header>
      {entry.mood ? (
        <p className="entry-reader-mood">
          <span
            className="mood-dot"
            style={{ backgroundColor: moodColorVar(entry.mood) }}
            aria-hidden="true"
          />
          Mood: {moodLabel(entry.mood)}
        </p>
      ) : null}
      {entry.prompt ? (
        <blockquote className="entry-reader-prompt">
          <Highlighted text={entry.prompt.text} ranges={rangesFor(matches, 'prompt')} />
        </blockquote>
      ) : null}
      {entry.body.trim() ? (
        <div className="entry-reader-body" data-testid="entry-body">
          <Highlighted text={entry.body} ranges={rangesFor(matches, 'body')} />
        </div>
      ) : (
        <p className="muted">You saved a mood without words that day.</p>
      )}
      {entry.emotions.length || entry.tags.length ? (
        <ul className="entry-reader-chips" aria-label="Feelings and tags">
          {entry.emotions.map((emotion) => (
            <li key={`emotion:${emotion}`} className="chip">
              {emotion}
            </li>
          ))}
          {entry.tags.map((tag, index) => (
            <li key={`tag:${tag}`} className="chip chip--tag">
              #<Highlighted text={tag} ranges={rangesFor(matches, 'tags', index)} />
            </li>
          ))}
        </ul>
      ) : null}
      <div className="row entry-reader-actions">
        <Button variant="primary" onClick={onEdit}>
          Edit
        </Button>
        <Button variant="danger" onClick={onDelete}>
          Delete
        </Button>
      </div>
    </article>
  );
}
