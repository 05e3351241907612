import { useMemo, useRef, useState } from 'react';
import { dayOf } from '../../../../shared/dates.ts';
import type { Entry } from '../../../../shared/domain.ts';
import { messageOf } from '../../api-client.ts';
import { longDayLabel } from '../../../../shared/day-labels.ts';
import { EntryList } from '../../components/entry-list/EntryList.tsx';
import { useCoreMutation, useCoreQuery } from '../../data/core-query.ts';
import { LoadFailure } from '../../data/LoadFailure.tsx';
import type { ScreenProps } from '../../navigation.ts';
import { Button } from '../../ui/Button.tsx';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { EntryReader } from './EntryReader.tsx';
import { OtherVersion } from './OtherVersion.tsx';
import { JournalCalendar } from './JournalCalendar.tsx';
import { JournalTrash } from './JournalTrash.tsx';
import { JournalFilters } from './JournalFilters.tsx';
import { EMPTY_FILTER_FORM, type FilterForm, filterFromForm, isFiltering } from './filter-form.ts';
import { journalRows } from './journal-rows.ts';
import { sectionCatalogue } from './section-titles.ts';
import { useJournalListing } from './use-journal-listing.ts';
import { useSettled } from './use-settled.ts';
import '../../styles/journal.css';

const TYPING_SETTLE_MS = 200;

function matchVerb(count: number): string {
  return count === 1 ? 'matches' : 'match';
}

function countLabel(count: number): string {
  return count === 1 ? '1 entry' : `${count.toLocaleString()} entries`;
}

/** Every entry, grouped by day, a page at a time, with search, filters, reading, editing and deleting. */
export function JournalScreen({ navigate, write, journalFocus = null }: ScreenProps) {
  const [query, setQuery] = useState('');
  const [form, setForm] = useState<FilterForm>(() =>
    journalFocus?.kind === 'day'
      ? { ...EMPTY_FILTER_FORM, from: journalFocus.day, to: journalFocus.day }
      : EMPTY_FILTER_FORM,
  );
  const [selectedId, setSelectedId] = useState<string | null>(
    journalFocus?.kind === 'entry' ? journalFocus.entryId : null,
  );
  const [pendingDelete, setPendingDelete] = useState<Entry | null>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string; undoId?: string } | null>(
    null,
  );
  const [view, setView] = useState<'entries' | 'calendar' | 'trash'>('entries');
  const headingRef = useRef<HTMLHeadingElement>(null);

  const settledQuery = useSettled(query, TYPING_SETTLE_MS);
  const settledForm = useSettled(form, TYPING_SETTLE_MS);
  const filter = useMemo(() => filterFromForm(settledForm), [settledForm]);
  const filtering = isFiltering(settledForm);
  const listing = useJournalListing(filter, settledQuery);
  const rows = useMemo(() => journalRows(listing.items), [listing.items]);
  // Without packs, sections show no titles and cannot be filtered; the entries are still all here.
  const packs = useCoreQuery('listPacks', undefined).data;
  const catalogue = useMemo(() => sectionCatalogue(packs ?? []), [packs]);
  const knownTags = useCoreQuery('listTags', undefined).data ?? [];
  const deletion = useCoreMutation('deleteEntry');
  const restore = useCoreMutation('restoreEntry');
  // The core's day (its clock decides what "today" is everywhere else too).
  const coreToday = useCoreQuery('writtenToday', undefined).data?.day;

  /** Moving on (another entry, other words, another view) puts away the last action's notice. */
  function select(id: string | null) {
    setSelectedId(id);
    setNotice(null);
  }

  function openDay(day: string) {
    setQuery('');
    setForm({ ...EMPTY_FILTER_FORM, from: day, to: day });
    setView('entries');
    setNotice(null);
  }

  async function undoDelete(id: string) {
    try {
      await restore.mutateAsync({ id });
      setNotice({ tone: 'success', text: 'The entry is back in your journal.' });
      setSelectedId(id);
    } catch (error) {
      setNotice({ tone: 'error', text: messageOf(error) });
    }
  }

  const selectedItem = listing.items.find((item) => item.summary.id === selectedId) ?? null;
  const selected = useCoreQuery('getEntry', { id: selectedId ?? '' }, { enabled: selectedItem !== null });
  const nothingWritten = listing.status === 'ready' && !listing.searched && !filtering && listing.total === 0;

  async function confirmDelete() {
    if (!pendingDelete) return;
    try {
      await deletion.mutateAsync({ id: pendingDelete.id });
      setSelectedId(null);
      setNotice({
        tone: 'success',
        text: `The entry from ${longDayLabel(pendingDelete.day)} was moved to the trash.`,
        undoId: pendingDelete.id,
      });
      headingRef.current?.focus();
    } catch (error) {
      setNotice({ tone: 'error', text: messageOf(error) });
    } finally {
      setPendingDelete(null);
    }
  }

  function clearAll() {
    setQuery('');
    setForm(EMPTY_FILTER_FORM);
  }

  const { total } = listing;
  let status = '';
  if (listing.status === 'ready') {
    if (listing.searched) {
      status =
        total === 0
          ? `No entries match “${settledQuery.trim()}”${filtering ? ' with these filters' : ''}.`
          : `${countLabel(total)} ${matchVerb(total)} “${settledQuery.trim()}”.`;
    } else if (filtering) {
      status =
        total === 0
          ? 'No entries match these filters.'
          : `${countLabel(total)} ${matchVerb(total)} these filters.`;
    } else if (total > 0) {
      status = `${countLabel(total)} in your journal.`;
    }
  }

  return (
    <div className="journal-screen">
      <h1 ref={headingRef} tabIndex={-1}>
        Journal
      </h1>
      {notice ? (
        <Notice
          tone={notice.tone}
          actions={
            notice.undoId ? (
              <Button size="small" onClick={() => void undoDelete(notice.undoId ?? '')}>
                Undo
              </Button>
            ) : undefined
          }
        >
          <p>{notice.text}</p>
        </Notice>
      ) : null}
      <nav className="row journal-views" aria-label="Journal views">
        {(
          [
            ['entries', 'Entries'],
            ['calendar', 'Calendar'],
            ['trash', 'Trash'],
          ] as const
        ).map(([name, label]) => (
          <Button
            key={name}
            size="small"
            variant={view === name ? 'primary' : 'quiet'}
            aria-pressed={view === name}
            onClick={() => {
              setView(name);
              if (name !== view) setNotice(null);
            }}
          >
            {label}
          </Button>
        ))}
      </nav>
      {view === 'trash' ? (
        <JournalTrash />
      ) : view === 'calendar' ? (
        <JournalCalendar today={coreToday ?? dayOf(new Date())} onOpenDay={openDay} />
      ) : nothingWritten ? (
        <section className="journal-empty section" aria-labelledby="journal-empty-title">
          <h2 id="journal-empty-title">Your journal is waiting for its first entry</h2>
          <p>
            Everything you write stays on this computer, encrypted. Your entries gather here, grouped by day,
            so you can look back and see how far you have come.
          </p>
          <p>A few honest lines are enough. Today’s page has a gentle prompt to start from.</p>
          <div className="row">
            <Button variant="primary" onClick={() => navigate('today')}>
              Write today’s entry
            </Button>
            <Button onClick={() => navigate('guide')}>Browse the guide’s prompts</Button>
          </div>
        </section>
      ) : (
        <>
          <JournalFilters
            query={query}
            onQueryChange={setQuery}
            form={form}
            onFormChange={setForm}
            sections={catalogue.groups}
            knownTags={knownTags}
          />
          <div className="journal-status-row">
            <p className="journal-status muted" role="status">
              {status}
            </p>
            {filtering || query ? (
              <Button variant="quiet" size="small" onClick={clearAll}>
                Clear search and filters
              </Button>
            ) : null}
          </div>
          {listing.status === 'error' ? <LoadFailure error={listing.error} onRetry={listing.retry} /> : null}
          <div className="journal-body">
            <div className="journal-list-pane">
              {rows.length > 0 ? (
                <EntryList
                  rows={rows}
                  entryCount={total}
                  selectedId={selectedId}
                  onSelect={(summary) => select(summary.id)}
                  onNearEnd={listing.loadMore}
                  sectionTitle={catalogue.titleOf}
                />
              ) : listing.status === 'ready' ? (
                <div className="journal-no-match">
                  <p>Nothing here matches. Try fewer or other words, or widen the filters.</p>
                </div>
              ) : null}
            </div>
            <div className="journal-reader-pane">
              {selectedItem && selected.data?.conflict ? (
                <OtherVersion
                  entry={{ ...selected.data, conflict: selected.data.conflict }}
                  onSettled={(text) => {
                    setSelectedId(null);
                    setNotice({ tone: 'success', text });
                    headingRef.current?.focus();
                  }}
                />
              ) : selectedItem && selected.data ? (
                <EntryReader
                  entry={selected.data}
                  matches={selectedItem.matches ?? []}
                  section={catalogue.titleOf(selected.data.section, selected.data.prompt?.packId)}
                  onEdit={() => write({ kind: 'edit', entryId: selectedItem.summary.id })}
                  onDelete={() => setPendingDelete(selected.data)}
                />
              ) : selectedItem && selected.isError ? (
                <LoadFailure error={selected.error} onRetry={() => void selected.refetch()} />
              ) : rows.length > 0 && !selectedItem ? (
                <p className="journal-reader-hint muted">Choose an entry to read it here.</p>
              ) : null}
            </div>
          </div>
        </>
      )}
      {pendingDelete ? (
        <ConfirmDialog
          title="Move this entry to the trash?"
          confirmLabel="Move to trash"
          cancelLabel="Keep it"
          tone="danger"
          busy={deletion.isPending}
          onConfirm={() => void confirmDelete()}
          onCancel={() => setPendingDelete(null)}
        >
          <p>
            The entry from {longDayLabel(pendingDelete.day)} moves to the trash, where it stays for 30 days
            before it is removed for good. You can restore it from there.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
