import { useEffect, useMemo, useRef, useState } from 'react';
import type { PackWithProgress } from '../../../../shared/api.ts';
import type { Entry } from '../../../../shared/domain.ts';
import { call, messageOf } from '../../api-client.ts';
import { longDayLabel } from '../../components/day-labels/day-labels.ts';
import { EntryList } from '../../components/entry-list/EntryList.tsx';
import type { ScreenProps } from '../../navigation.ts';
import { Button } from '../../ui/Button.tsx';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { EntryReader } from './EntryReader.tsx';
import { JournalFilters } from './JournalFilters.tsx';
import { EMPTY_FILTER_FORM, type FilterForm, filterFromForm, isFiltering } from './journal-filter.ts';
import { journalRows } from './journal-rows.ts';
import { sectionCatalogue } from './section-titles.ts';
import { useJournalListing, useSettled } from './use-journal-listing.ts';
import '../../styles/journal.css';

const TYPING_SETTLE_MS = 200;

function matchVerb(count: number): string {
  return count === 1 ? 'matches' : 'match';
}

function countLabel(count: number): string {
  return count === 1 ? '1 entry' : `${count.toLocaleString()} entries`;
}

/** Every entry, grouped by day, with search, filters, reading, editing and deleting. */
export function JournalScreen({ navigate, write }: ScreenProps) {
  const [query, setQuery] = useState('');
  const [form, setForm] = useState<FilterForm>(EMPTY_FILTER_FORM);
  const [version, setVersion] = useState(0);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [pendingDelete, setPendingDelete] = useState<Entry | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [packs, setPacks] = useState<PackWithProgress[]>([]);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const settledQuery = useSettled(query, TYPING_SETTLE_MS);
  const settledForm = useSettled(form, TYPING_SETTLE_MS);
  const filter = useMemo(() => filterFromForm(settledForm), [settledForm]);
  const filtering = isFiltering(settledForm);
  const listing = useJournalListing(filter, settledQuery, version);
  const rows = useMemo(() => journalRows(listing.items), [listing.items]);
  const catalogue = useMemo(() => sectionCatalogue(packs), [packs]);

  // Tags to suggest, gathered whenever the whole journal is on show.
  const [knownTags, setKnownTags] = useState<string[]>([]);
  useEffect(() => {
    if (listing.status !== 'ready' || listing.searched || filtering) return;
    const tags = new Set<string>();
    for (const { entry } of listing.items) for (const tag of entry.tags) tags.add(tag);
    setKnownTags([...tags].sort((a, b) => a.localeCompare(b)));
  }, [listing, filtering]);

  useEffect(() => {
    call('listPacks').then(setPacks, () => {
      // Without packs, sections show no titles and cannot be filtered; the entries are still all here.
    });
  }, []);

  const selected = listing.items.find((item) => item.entry.id === selectedId) ?? null;
  const nothingWritten =
    listing.status === 'ready' && !listing.searched && !filtering && listing.items.length === 0;

  async function confirmDelete() {
    if (!pendingDelete) return;
    setDeleting(true);
    try {
      await call('deleteEntry', { id: pendingDelete.id });
      setSelectedId(null);
      setNotice({ tone: 'success', text: `The entry from ${longDayLabel(pendingDelete.day)} was deleted.` });
      setVersion((value) => value + 1);
      headingRef.current?.focus();
    } catch (error) {
      setNotice({ tone: 'error', text: messageOf(error) });
    } finally {
      setDeleting(false);
      setPendingDelete(null);
    }
  }

  function clearAll() {
    setQuery('');
    setForm(EMPTY_FILTER_FORM);
  }

  let status = '';
  if (listing.status === 'partial') {
    status = 'Showing your latest entries; the older ones are on their way…';
  } else if (listing.status === 'ready') {
    if (listing.searched) {
      status =
        listing.items.length === 0
          ? `No entries match “${settledQuery.trim()}”${filtering ? ' with these filters' : ''}.`
          : `${countLabel(listing.items.length)} ${matchVerb(listing.items.length)} “${settledQuery.trim()}”${listing.truncated ? ' (the best matches are shown)' : ''}.`;
    } else if (filtering) {
      status =
        listing.items.length === 0
          ? 'No entries match these filters.'
          : `${countLabel(listing.items.length)} ${matchVerb(listing.items.length)} these filters.`;
    } else if (listing.items.length > 0) {
      status = `${countLabel(listing.items.length)} in your journal.`;
    }
  }

  return (
    <div className="journal-screen">
      <h1 ref={headingRef} tabIndex={-1}>
        Journal
      </h1>
      {notice ? (
        <Notice tone={notice.tone}>
          <p>{notice.text}</p>
        </Notice>
      ) : null}
      {nothingWritten ? (
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
          {listing.status === 'error' ? (
            <Notice
              tone="error"
              actions={<Button onClick={() => setVersion((value) => value + 1)}>Try again</Button>}
            >
              <p>{listing.error}</p>
            </Notice>
          ) : null}
          <div className="journal-body">
            <div className="journal-list-pane">
              {rows.length > 0 ? (
                <EntryList
                  rows={rows}
                  entryCount={listing.items.length}
                  selectedId={selectedId}
                  onSelect={(entry) => setSelectedId(entry.id)}
                  sectionTitle={catalogue.titleOf}
                />
              ) : listing.status === 'ready' ? (
                <div className="journal-no-match">
                  <p>Nothing here matches. Try fewer or other words, or widen the filters.</p>
                </div>
              ) : null}
            </div>
            <div className="journal-reader-pane">
              {selected ? (
                <EntryReader
                  entry={selected.entry}
                  matches={selected.matches ?? []}
                  section={catalogue.titleOf(selected.entry)}
                  onEdit={() => write({ kind: 'edit', entryId: selected.entry.id })}
                  onDelete={() => setPendingDelete(selected.entry)}
                />
              ) : rows.length > 0 ? (
                <p className="journal-reader-hint muted">Choose an entry to read it here.</p>
              ) : null}
            </div>
          </div>
        </>
      )}
      {pendingDelete ? (
        <ConfirmDialog
          title="Delete this entry?"
          confirmLabel="Delete entry"
          cancelLabel="Keep it"
          tone="danger"
          busy={deleting}
          onConfirm={() => void confirmDelete()}
          onCancel={() => setPendingDelete(null)}
        >
          <p>
            The entry from {longDayLabel(pendingDelete.day)} will be removed from your journal. You cannot
            undo this here.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
