import { defaultRangeExtractor, type Range, useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, useCallback, useEffect, useRef, useState } from 'react';
import type { EntrySummary, MatchRange } from '../../../../shared/api.ts';
import { moodColorVar, moodLabel } from '../../../../shared/mood-palette.ts';
import type { JournalRow } from '../../screens/journal/journal-rows.ts';
import { dayHeaderLabel, timeLabel } from '../../../../shared/day-labels.ts';
import { Highlighted } from '../highlight/Highlighted.tsx';
import { snippetAround } from '../highlight/highlight-pieces.ts';
import './entry-list.css';

/** Row heights in pixels; fixed so 10,000 rows lay out without measuring each one. */
export const DAY_ROW_HEIGHT = 44;
export const ENTRY_ROW_HEIGHT = 84;
const EXCERPT_LENGTH = 160;
/** When the rendered rows come this close to the last loaded one, the next page is asked for. */
const LOAD_AHEAD_ROWS = 20;

export interface EntryListProps {
  rows: readonly JournalRow[];
  /** How many entries the whole list holds, loaded or not (screen readers only hear the rendered ones). */
  entryCount: number;
  selectedId: string | null;
  onSelect(summary: EntrySummary): void;
  /** The user scrolled near the last loaded row: time to load the next page. */
  onNearEnd(): void;
  sectionTitle(section: string | null): string | null;
}

function nextEntryIndex(rows: readonly JournalRow[], from: number, step: number): number {
  for (let index = from + step; index >= 0 && index < rows.length; index += step) {
    if (rows[index]?.kind === 'entry') return index;
  }
  return from;
}

/**
 * The journal's entries as a virtual list: only the rows in view (plus a few) exist in the DOM,
 * so ten thousand entries scroll as smoothly as ten. One entry is tabbable at a time; the arrow
 * keys, Home, End, Page Up and Page Down move between entries.
 */
export function EntryList({
  rows,
  entryCount,
  selectedId,
  onSelect,
  onNearEnd,
  sectionTitle,
}: EntryListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const selectedIndex = rows.findIndex((row) => row.kind === 'entry' && row.item.summary.id === selectedId);
  const firstEntryIndex = rows.findIndex((row) => row.kind === 'entry');
  const [focusIndex, setFocusIndex] = useState(-1);
  const [focusPending, setFocusPending] = useState(false);
  const tabbableIndex =
    focusIndex >= 0 && rows[focusIndex]?.kind === 'entry'
      ? focusIndex
      : selectedIndex >= 0
        ? selectedIndex
        : firstEntryIndex;

  // The tabbable entry always stays rendered, so Tab can reach the list after scrolling away.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (tabbableIndex >= 0 && !indexes.includes(tabbableIndex)) {
        indexes.push(tabbableIndex);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [tabbableIndex],
  );

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (rows[index]?.kind === 'day' ? DAY_ROW_HEIGHT : ENTRY_ROW_HEIGHT),
    getItemKey: (index) => {
      const row = rows[index];
      if (!row) return index;
      return row.kind === 'day' ? row.key : `entry:${row.item.summary.id}`;
    },
    overscan: 6,
    rangeExtractor,
  });

  const lastRendered = virtualizer.getVirtualItems().at(-1)?.index ?? -1;
  useEffect(() => {
    if (rows.length > 0 && lastRendered >= rows.length - LOAD_AHEAD_ROWS) onNearEnd();
  }, [lastRendered, rows.length, onNearEnd]);

  useEffect(() => {
    if (!focusPending) return;
    const target = scrollRef.current?.querySelector<HTMLButtonElement>(
      `[data-row-index="${focusIndex}"] button`,
    );
    if (target) {
      target.focus();
      setFocusPending(false);
    }
  });

  function moveFocus(event: KeyboardEvent<HTMLDivElement>) {
    const current = Number(
      (event.target as HTMLElement).closest('[data-row-index]')?.getAttribute('data-row-index'),
    );
    if (!Number.isInteger(current)) return;
    let target = current;
    if (event.key === 'ArrowDown') target = nextEntryIndex(rows, current, 1);
    else if (event.key === 'ArrowUp') target = nextEntryIndex(rows, current, -1);
    else if (event.key === 'Home') target = nextEntryIndex(rows, -1, 1);
    else if (event.key === 'End') target = nextEntryIndex(rows, rows.length, -1);
    else if (event.key === 'PageDown' || event.key === 'PageUp') {
      const step = event.key === 'PageDown' ? 1 : -1;
      for (let moves = 0; moves < 6; moves++) target = nextEntryIndex(rows, target, step);
    } else return;
    event.preventDefault();
    if (target === current) return;
    virtualizer.scrollToIndex(target, { align: 'auto' });
    setFocusIndex(target);
    setFocusPending(true);
  }

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: arrow keys bubble here from the entry buttons inside.
    <div ref={scrollRef} className="entry-list" onKeyDown={moveFocus} data-testid="entry-list">
      <ul aria-label="Entries" className="entry-list-inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <li
              key={item.key}
              data-row-index={item.index}
              className={row.kind === 'day' ? 'entry-list-day' : 'entry-list-entry'}
              style={{ height: item.size, transform: `translateY(${item.start}px)` }}
              aria-setsize={row.kind === 'entry' ? entryCount : undefined}
              aria-posinset={row.kind === 'entry' ? row.position : undefined}
            >
              {row.kind === 'day' ? (
                <h3 className="entry-list-day-title">
                  {dayHeaderLabel(row.day)}
                  <span className="muted"> · {row.count === 1 ? '1 entry' : `${row.count} entries`}</span>
                </h3>
              ) : (
                <EntryRow
                  summary={row.item.summary}
                  matches={row.item.matches ?? []}
                  selected={row.item.summary.id === selectedId}
                  tabbable={item.index === tabbableIndex}
                  section={sectionTitle(row.item.summary.section)}
                  onSelect={() => {
                    setFocusIndex(item.index);
                    onSelect(row.item.summary);
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

interface EntryRowProps {
  summary: EntrySummary;
  matches: readonly MatchRange[];
  selected: boolean;
  tabbable: boolean;
  section: string | null;
  onSelect(): void;
}

/** The body's matches, moved to offsets in the excerpt (matches outside it are dropped). */
function excerptMatches(summary: EntrySummary, matches: readonly MatchRange[]) {
  const { excerptOffset, excerpt } = summary;
  return matches
    .filter((match) => match.field === 'body' && match.start >= excerptOffset)
    .map((match) => ({
      start: match.start - excerptOffset,
      end: Math.min(excerpt.length, match.end - excerptOffset),
    }))
    .filter((range) => range.end > range.start);
}

function EntryRow({ summary, matches, selected, tabbable, section, onSelect }: EntryRowProps) {
  const snippet = snippetAround(summary.excerpt, excerptMatches(summary, matches), EXCERPT_LENGTH);
  const cutBefore = snippet.cutBefore || summary.excerptOffset > 0;
  const textAfter = summary.excerptOffset + summary.excerpt.length < summary.bodyLength;
  // A search that found the entry by a tag says so: the highlighted text alone would not show why.
  const matchedTags = [
    ...new Set(
      matches.flatMap((match) =>
        match.field === 'tags' && match.index !== undefined ? (summary.tags[match.index] ?? []) : [],
      ),
    ),
  ];
  return (
    <button
      type="button"
      className="entry-row"
      aria-current={selected ? 'true' : undefined}
      tabIndex={tabbable ? 0 : -1}
      onClick={onSelect}
      data-testid="entry-row"
    >
      <span className="entry-row-meta">
        <span>{timeLabel(summary.createdAt)}</span>
        {summary.mood ? (
          <span className="mood-tag">
            <span
              className="mood-dot"
              style={{ backgroundColor: moodColorVar(summary.mood) }}
              aria-hidden="true"
            />
            {moodLabel(summary.mood)}
          </span>
        ) : null}
        {section ? <span className="entry-row-section">{section}</span> : null}
        {summary.otherVersionOf ? (
          <span className="entry-row-section">Edited on two devices: the other version</span>
        ) : null}
        {matchedTags.map((tag) => (
          <span key={tag} className="entry-row-tag-match">
            Tag: <mark>{tag}</mark>
          </span>
        ))}
      </span>
      <span className="entry-row-excerpt">
        {summary.excerpt.trim() === '' ? (
          <span className="muted">{summary.prompt ?? 'No words, just the mood.'}</span>
        ) : (
          <>
            {cutBefore ? '…' : ''}
            <Highlighted text={snippet.text} ranges={snippet.ranges} />
            {snippet.cutAfter || textAfter ? '…' : ''}
          </>
        )}
      </span>
    </button>
  );
}
