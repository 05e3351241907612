/**
 * The journal service: entries, drafts, settings, the contact log, prompts and packs, over an
 * unlocked vault. The decrypted document lives here, in memory, only while the vault is unlocked;
 * every change is written (encrypted) before the call returns, so an acknowledged change survives
 * a crash.
 */
import { randomUUID } from 'node:crypto';
import { Low } from 'lowdb';
import type { z } from 'zod';
import type {
  ApiParsedArg,
  CareCard,
  EntryPage,
  EntrySummary,
  HardDateHeadsUp,
  MoodTrends,
  OnThisDay,
  PackWithProgress,
  PromptOfDay,
  SearchHit,
  TrashedEntry,
  WrittenToday,
} from '../../shared/api.ts';
import { dayOf } from '../../shared/dates.ts';
import type {
  Contact,
  Draft,
  DraftInputSchema,
  Entry,
  EntryChanges,
  EntryInputSchema,
  HardDate,
  HardDateInput,
  Pack,
  SectionStage,
  Settings,
  SettingsPatch,
} from '../../shared/domain.ts';
import { InterludeError } from '../../shared/errors.ts';
import { SerialQueue } from '../../shared/serial-queue.ts';
import { articleToPack, importArticle } from '../importer/import-article.ts';
import { moodTrends } from './mood/mood-trends.ts';
import { BUILTIN_PACK } from '../prompts/builtin-pack.ts';
import { choosePrompt } from '../prompts/today.ts';
import { spacePeriodOn } from '../../shared/space-period.ts';
import { type MergeReport, mergeJournalDocuments } from '../sync/merge-journal.ts';
import { moveDraftOut } from '../sync/draft-migration.ts';
import { newWriterId } from '../sync/record-version.ts';
import { stampChanges } from '../sync/stamp-changes.ts';
import type { UnlockResult, Vault } from '../vault/vault.ts';
import { careCardFor } from './care-rule.ts';
import { entryPage, filteredEntries, matchesFilter, rankedPage } from './entry-pages.ts';
import { changedEntry, definedOnly, type ParsedEntryFilter, newEntry } from './entry-records.ts';
import { entrySummary } from './entry-summary.ts';
import { hardDateHeadsUps, sortedHardDates } from './hard-dates.ts';
import { onThisDay, writtenToday } from './on-this-day.ts';
import { matchRanges } from './search/match-ranges.ts';
import { type FullSearchHit, createSearchIndex, type SearchIndex } from './search/search-index.ts';
import {
  hasExpired,
  isTrashed,
  liveEntries,
  moveToTrash,
  purgeTrash,
  restoreFromTrash,
  trashListing,
  withoutExpired,
} from './trash.ts';
import { type JournalDocument, loadJournalDocument, newJournalDocument } from './journal-document.ts';

export interface JournalServiceOptions {
  vault: Vault;
  /** The clock; injectable so tests can stand on any day. */
  now?: () => Date;
  /**
   * Called when a merge brought something into the open journal that this session did not have
   * (another device's or process's changes), so the screens can read again.
   */
  onMerged?: (report: MergeReport) => void;
  /**
   * When set, the search index is folded in small slices starting this long after an unlock,
   * once the first screen has had its answers, so the first search finds it ready. The app sets
   * it; a CLI command, which searches at once or not at all, does not.
   */
  prepareSearchAfterMs?: number;
}

/** The longest slice of folding between two turns of the event loop, so IPC stays responsive. */
const SEARCH_PREPARE_SLICE_MS = 8;

interface OpenJournal {
  db: Low<JournalDocument>;
  /**
   * Made after unlocking (folded in slices once the first screen is answered) or by the first
   * search, never during the unlock: folding 10,000 entries takes time opening should not pay.
   * Kept up to date once made.
   */
  index: SearchIndex | null;
  /** Who stamps this session's changes (docs/sync.md): fresh for every unlock. */
  writer: string;
}

type EntryInput = z.output<typeof EntryInputSchema>;
type DraftInput = z.output<typeof DraftInputSchema>;

export class JournalService {
  readonly #vault: Vault;
  readonly #now: () => Date;
  readonly #onMerged: (report: MergeReport) => void;
  readonly #prepareSearchAfterMs: number | null;
  #open: OpenJournal | null = null;
  /** Changes run one after another: each reads the state the previous one left. */
  readonly #changes = new SerialQueue();

  constructor(options: JournalServiceOptions) {
    this.#vault = options.vault;
    this.#now = options.now ?? (() => new Date());
    this.#onMerged = options.onMerged ?? (() => {});
    this.#prepareSearchAfterMs = options.prepareSearchAfterMs ?? null;
  }

  get isOpen(): boolean {
    return this.#open !== null;
  }

  today(): string {
    return dayOf(this.#now());
  }

  // ----- Opening and closing -----

  /** Creates a new vault with an empty journal, and opens it. */
  async create(passphrase: string): Promise<{ recoveryKey: string }> {
    const document = newJournalDocument(this.today(), this.#now());
    const { recoveryKey } = await this.#vault.create(passphrase, document);
    this.#attach(document);
    return { recoveryKey };
  }

  /** Opens the journal; says when the file is older than this device saw, or a new recovery key was issued. */
  async unlock(passphrase: string): Promise<Omit<UnlockResult, 'document'>> {
    const { document, ...notices } = await this.#vault.unlock(passphrase);
    this.#attachOrLock(document);
    // An older file than this device saw is not written until the user chooses to open it
    // (a write would also silence the warning next time): the caller then calls finishOpening().
    if (!notices.olderThanSeen) await this.finishOpening();
    return notices;
  }

  async unlockWithRecoveryKey(recoveryKey: string, newPassphrase: string): Promise<{ recoveryKey: string }> {
    const { recoveryKey: fresh, document } = await this.#vault.unlockWithRecoveryKey(
      recoveryKey,
      newPassphrase,
    );
    this.#attachOrLock(document);
    await this.finishOpening();
    return { recoveryKey: fresh };
  }

  /** Waits for pending writes, then drops every decrypted value and zeroes the keys. */
  async lock(): Promise<void> {
    await this.#changes.idle();
    this.#open = null;
    this.#vault.setMergeBeforeWrite(null);
    this.#vault.lock();
  }

  /** A journal from before device drafts keeps its draft inside: it moves to this device now. */
  async finishOpening(): Promise<void> {
    await this.#removeExpiredTrash();
    const drafts = this.#vault.drafts();
    const document = this.#read();
    if (!drafts || !document.draft) return;
    const { moved } = await moveDraftOut(document, drafts);
    if (moved) await this.#change((current) => ({ document: { ...current, draft: null }, result: null }));
  }

  #attachOrLock(raw: unknown): void {
    try {
      this.#attach(loadJournalDocument(raw));
    } catch (error) {
      this.#vault.lock();
      throw error;
    }
  }

  #attach(document: JournalDocument): void {
    const db = new Low<JournalDocument>(this.#vault.adapter as Low<JournalDocument>['adapter'], document);
    db.data = document;
    const open: OpenJournal = { db, index: null, writer: newWriterId() };
    this.#open = open;
    this.#prepareSearchLater(open);
    // Runs inside the vault's write, inside #change: the merge becomes the journal in memory too.
    this.#vault.setMergeBeforeWrite((ours, theirs) => {
      const merged = mergeJournalDocuments(ours as JournalDocument, loadJournalDocument(theirs), this.#now());
      if (this.#open === open) {
        open.db.data = merged.document;
        if (merged.report.changedOurs) open.index = null;
      }
      if (merged.report.changedOurs) this.#onMerged(merged.report);
      return merged.document;
    });
  }

  /** Throws LOCKED unless the journal is open. */
  assertOpen(): void {
    this.#require();
  }

  #require(): OpenJournal {
    if (!this.#open) throw new InterludeError('LOCKED', 'The journal is locked. Unlock it to continue.');
    return this.#open;
  }

  #read(): JournalDocument {
    return this.#require().db.data;
  }

  /**
   * Applies a change and saves it. The change builds a new document rather than editing the
   * current one, so a failed save leaves memory exactly as it is on disk. A file another device or
   * process changed meanwhile is merged by the vault before sealing (memory then holds the merge).
   * The exception is KEY_CHANGED_ELSEWHERE: the file was sealed under another passphrase, and the
   * vault saved our document beside it, so memory keeps it; the next saves go to that same copy.
   */
  #change<T>(
    apply: (document: JournalDocument) => { document: JournalDocument; result: T },
    /** Runs after the save, before any later change (removing the device's draft of a saved entry). */
    afterSave?: () => Promise<void>,
  ): Promise<T> {
    return this.#serially(async () => {
      const open = this.#require();
      const previous = open.db.data;
      const { document, result } = apply(previous);
      open.db.data = stampChanges(previous, document, open.writer, this.#now());
      try {
        await open.db.write();
      } catch (error) {
        if (!(error instanceof InterludeError && error.code === 'KEY_CHANGED_ELSEWHERE'))
          open.db.data = previous;
        throw error;
      }
      await afterSave?.();
      return result;
    });
  }

  #serially<T>(run: () => Promise<T>): Promise<T> {
    return this.#changes.run(run);
  }

  // ----- Sync (docs/sync.md) -----

  /**
   * Merges `theirs`, the decrypted document another device or process left in the journal file,
   * into the open journal, and writes the result back when the file lacks anything of ours. The
   * vault calls this whenever it finds the file changed since it last read or wrote it.
   */
  mergeFromDisk(theirs: unknown): Promise<MergeReport> {
    return this.#serially(() => this.#merge(theirs, (report) => report.differsFromTheirs));
  }

  /** Reads the journal file as it is now and merges it (the watcher's "changed"); null when it is gone or unchanged. */
  syncFromDisk(): Promise<MergeReport | null> {
    return this.#serially(async () => {
      this.#require();
      // The watcher also fires for our own saves: those leave nothing to merge.
      if (!(await this.#vault.changedOnDisk())) return null;
      const theirs = await this.#vault.adapter.read();
      return theirs === null ? null : this.#merge(theirs, (report) => report.differsFromTheirs);
    });
  }

  /**
   * Merges a copy found beside the journal file (a sync client's conflict copy) and saves, so that
   * the journal file holds everything in the copy before the copy is set aside. That takes a write
   * also when the copy brought nothing new to memory but the file lacks it: the file changed since
   * we last read it (merged before the write), or it is sealed under another passphrase and this
   * session saves beside it (the write fails with KEY_CHANGED_ELSEWHERE, so the copy stays; it may
   * be this session's own copy, which holds the only saved version of what was written here).
   */
  mergeCopy(copy: unknown): Promise<MergeReport> {
    return this.#serially(() =>
      this.#merge(copy, async (report) => report.changedOurs || (await this.#vault.changedOnDisk())),
    );
  }

  async #merge(
    theirs: unknown,
    mustWrite: (report: MergeReport) => boolean | Promise<boolean>,
  ): Promise<MergeReport> {
    const open = this.#require();
    const merged = mergeJournalDocuments(open.db.data, loadJournalDocument(theirs), this.#now());
    // Memory keeps the merge even if writing it fails: it holds both versions, the disk only one.
    open.db.data = merged.document;
    if (merged.report.changedOurs) {
      open.index = null;
      this.#onMerged(merged.report);
    }
    if (await mustWrite(merged.report)) await open.db.write();
    return merged.report;
  }

  // ----- Entries -----

  /** One page of the journal's summaries, newest first; the trash stays out. */
  listEntries(page: ApiParsedArg<'listEntries'>): EntryPage<EntrySummary> {
    return entryPage(liveEntries(this.#read().entries), page, (entry) => entrySummary(entry));
  }

  /** Every live entry that passes the filter, whole, newest first: for the command line. */
  allEntries(filter: ParsedEntryFilter): Entry[] {
    return filteredEntries(liveEntries(this.#read().entries), filter);
  }

  /** Every tag used in the journal (outside the trash), one spelling each (the first met), in alphabetical order. */
  listTags(): string[] {
    const byKey = new Map<string, string>();
    for (const entry of liveEntries(this.#read().entries)) {
      for (const tag of entry.tags) {
        const key = tag.toLocaleLowerCase();
        if (!byKey.has(key)) byKey.set(key, tag);
      }
    }
    return [...byKey.values()].sort((a, b) => a.localeCompare(b));
  }

  getEntry(id: string): Entry {
    const entry = this.#read().entries.find((candidate) => candidate.id === id && !isTrashed(candidate));
    if (!entry)
      throw new InterludeError('NOT_FOUND', 'That entry no longer exists. It may have been deleted.');
    return entry;
  }

  /**
   * Saves a new entry: one journal write, then the device's draft of a new entry is removed (so
   * it is never saved twice; a crash in between leaves the draft, never loses the entry).
   */
  async createEntry(input: EntryInput): Promise<Entry> {
    const entry = newEntry(input, randomUUID(), this.#now());
    await this.#change(
      (document) => ({
        document: {
          ...document,
          entries: [...document.entries, entry],
          draft: document.draft?.entryId ? document.draft : null,
        },
        result: null,
      }),
      () => this.#dropDeviceDraft((draft) => !draft.entryId),
    );
    this.#require().index?.upsert(entry);
    return entry;
  }

  /** Saves changes to an entry; a draft of those changes goes in the same write. */
  async updateEntry(id: string, changes: EntryChanges): Promise<Entry> {
    const updated = await this.#change(
      (document) => {
        const index = document.entries.findIndex((entry) => entry.id === id && !isTrashed(entry));
        const current = document.entries[index];
        if (!current)
          throw new InterludeError('NOT_FOUND', 'That entry no longer exists. It may have been deleted.');
        const entry = changedEntry(current, changes, this.#now());
        const entries = document.entries.slice();
        entries[index] = entry;
        const draft = document.draft?.entryId === id ? null : document.draft;
        return { document: { ...document, entries, draft }, result: entry };
      },
      () => this.#dropDeviceDraft((draft) => draft.entryId === id),
    );
    this.#require().index?.upsert(updated);
    return updated;
  }

  /** Moves the entry to the trash, where it stays 30 days (see trash.ts). */
  async deleteEntry(id: string): Promise<void> {
    await this.#change(
      (document) => {
        const entries = moveToTrash(document.entries, id, this.#now());
        const draft = document.draft?.entryId === id ? null : document.draft;
        return { document: { ...document, entries, draft }, result: null };
      },
      () => this.#dropDeviceDraft((draft) => draft.entryId === id),
    );
    this.#require().index?.remove(id);
  }

  /**
   * Settles "the other version" of an entry edited differently on two devices, in one write:
   * its text replaces the original's ('other'), it is removed ('original'), or it stays as an
   * entry of its own ('both'). Nothing else is touched.
   */
  async resolveOtherVersion(id: string, keep: 'other' | 'original' | 'both'): Promise<void> {
    await this.#change((document) => {
      const other = document.entries.find((entry) => entry.id === id);
      if (!other?.conflict) {
        throw new InterludeError(
          'NOT_FOUND',
          'That version is no longer waiting for a choice. It may have been settled on another device.',
        );
      }
      const originalId = other.conflict.of;
      const { conflict: _settled, ...standalone } = other;
      const entries = document.entries.flatMap((entry): Entry[] => {
        if (entry.id === id) return keep === 'both' ? [standalone] : [];
        if (entry.id !== originalId || keep !== 'other') return [entry];
        const { id: _id, createdAt: _created, ...content } = standalone;
        return [{ ...entry, ...content, updatedAt: this.#now().toISOString() }];
      });
      // An original deleted meanwhile: keeping "the other" keeps it as an entry of its own.
      const originalGone = !document.entries.some((entry) => entry.id === originalId);
      return {
        document: {
          ...document,
          entries: originalGone && keep === 'other' ? [...entries, standalone] : entries,
        },
        result: null,
      };
    });
    this.#require().index = null;
  }

  /** The ids of every entry, for an import to tell which of its entries are already here. */
  entryIds(): ReadonlySet<string> {
    const document = this.#read();
    return new Set([
      ...document.entries.map((entry) => entry.id),
      ...Object.keys(document.sync?.entries.deleted ?? {}),
    ]);
  }

  /**
   * The text and last change of every entry not in the trash, for an import to tell an entry changed
   * in the other app since it was imported from one that was not.
   */
  entryVersions(): ReadonlyMap<string, { body: string; updatedAt: string }> {
    const live = this.#read().entries.filter((entry) => !entry.deletedAt);
    return new Map(live.map((entry) => [entry.id, { body: entry.body, updatedAt: entry.updatedAt }]));
  }

  /**
   * Adds imported entries in one write (one encryption and one fsync for thousands of entries),
   * leaving out any whose id is already in the journal. Returns how many were added.
   */
  async addImportedEntries(entries: readonly Entry[]): Promise<number> {
    const added = await this.#change((document) => {
      // An imported entry the user deleted leaves a tombstone: importing again must not bring it back.
      const present = this.entryIds();
      const fresh = entries.filter((entry) => !present.has(entry.id));
      return { document: { ...document, entries: [...document.entries, ...fresh] }, result: fresh.length };
    });
    // Rebuilt on the next search: re-indexing in one go is cheaper than thousands of upserts.
    if (added > 0) this.#require().index = null;
    return added;
  }

  /** One page of search results that pass the filter, best first, each with its match ranges. */
  searchEntries(search: ApiParsedArg<'searchEntries'>): EntryPage<SearchHit> {
    const { terms, found } = this.#index().rank(search.query);
    const passing = found.filter(({ entry }) => matchesFilter(entry, search.filter));
    return rankedPage(passing, search, ({ entry, score }) => {
      const matches = matchRanges(entry, terms);
      const firstInBody = matches.find((match) => match.field === 'body');
      return { summary: entrySummary(entry, firstInBody?.start ?? 0), score, matches };
    });
  }

  /** The best `limit` results, with whole entries: for the command line. */
  searchAll(query: string, limit: number): FullSearchHit[] {
    return this.#index().search(query, limit);
  }

  #prepareSearchLater(open: OpenJournal): void {
    const delay = this.#prepareSearchAfterMs;
    if (delay === null) return;
    const slice = () => {
      // Locked, or a search already folded everything: nothing left to do.
      if (this.#open !== open) return;
      open.index ??= createSearchIndex(liveEntries(open.db.data.entries), { deferred: true });
      if (!open.index.prepare(SEARCH_PREPARE_SLICE_MS)) setTimeout(slice, 0).unref?.();
    };
    setTimeout(slice, delay).unref?.();
  }

  #index(): SearchIndex {
    const open = this.#require();
    open.index ??= createSearchIndex(liveEntries(open.db.data.entries));
    return open.index;
  }

  // ----- Drafts -----

  /**
   * The draft being written. It lives in this device's draft file (docs/sync.md), never in the
   * synced journal; only a vault without a data folder keeps it in the document.
   */
  async getDraft(): Promise<Draft | null> {
    this.#require();
    const drafts = this.#vault.drafts();
    if (!drafts) return this.#read().draft;
    // A draft file this key cannot open (damaged) stays on disk; Today starts blank rather than failing.
    return drafts.read().catch(() => null);
  }

  /** Autosave: one small write to the device's draft file, not a rewrite of the journal. */
  saveDraft(input: DraftInput): Promise<Draft> {
    const draft: Draft = { ...input, savedAt: this.#now().toISOString() };
    const drafts = this.#vault.drafts();
    if (!drafts) return this.#change((document) => ({ document: { ...document, draft }, result: draft }));
    return this.#serially(async () => {
      this.#require();
      await drafts.save(draft);
      return draft;
    });
  }

  discardDraft(): Promise<null> {
    const drafts = this.#vault.drafts();
    if (!drafts)
      return this.#change((document) => ({ document: { ...document, draft: null }, result: null }));
    return this.#serially(async () => {
      await drafts.remove();
      return null;
    });
  }

  async #dropDeviceDraft(saved: (draft: Draft) => boolean): Promise<void> {
    const drafts = this.#vault.drafts();
    const draft = drafts ? await drafts.read().catch(() => null) : null;
    if (draft && saved(draft)) await drafts!.remove();
  }

  // ----- Settings -----

  getSettings(): Settings {
    return this.#read().settings;
  }

  updateSettings(patch: SettingsPatch): Promise<Settings> {
    return this.#change((document) => {
      const settings = { ...document.settings, ...definedOnly(patch) };
      return { document: { ...document, settings }, result: settings };
    });
  }

  // ----- Prompts and packs -----

  #packs(document: JournalDocument): Pack[] {
    return [BUILTIN_PACK, ...document.packs];
  }

  #answeredPromptIds(document: JournalDocument): Set<string> {
    const ids = new Set<string>();
    for (const entry of liveEntries(document.entries)) if (entry.prompt) ids.add(entry.prompt.promptId);
    return ids;
  }

  todayPrompt(offset: number): PromptOfDay {
    const document = this.#read();
    const today = this.today();
    const space = spacePeriodOn(document.settings, today);
    const answered = this.#answeredPromptIds(document);
    // Today's own answers keep their place, so the prompt the user just wrote about stays put.
    const answeredToday = liveEntries(document.entries)
      .filter((entry) => entry.day === today && entry.prompt)
      .map((entry) => entry.prompt!.promptId);
    const choice = choosePrompt({
      packs: this.#packs(document),
      space,
      answeredPromptIds: answered,
      answeredTodayPromptIds: answeredToday,
      day: today,
      offset,
    });
    return {
      pack: { id: choice.pack.id, title: choice.pack.title },
      section: { id: choice.section.id, title: choice.section.title, stage: choice.section.stage },
      prompt: choice.prompt,
      space,
      offset: choice.offset,
      candidates: choice.candidates,
      answered: choice.answered,
    };
  }

  listPacks(): PackWithProgress[] {
    const document = this.#read();
    const answered = this.#answeredPromptIds(document);
    return this.#packs(document).map((pack) => ({
      ...pack,
      answeredPromptIds: pack.sections.flatMap((section) =>
        section.prompts.filter((prompt) => answered.has(prompt.id)).map((prompt) => prompt.id),
      ),
    }));
  }

  /**
   * Imports an article as a pack. The same article (the same content once normalised) is never
   * added twice: without `replace` that fails with DUPLICATE, naming the pack it would repeat; with
   * it, the existing pack is replaced under its own id, so entries keep pointing at its prompts.
   */
  async importArticle(fileName: string, content: string, replace = false): Promise<Pack> {
    this.#require();
    const article = importArticle({ fileName, content });
    const importedAt = this.#now().toISOString();
    return this.#change((document) => {
      const existing = document.packs.find((pack) => pack.fingerprint === article.fingerprint);
      if (existing && !replace) {
        throw new InterludeError(
          'DUPLICATE',
          `This article is already in your guide, as “${existing.title}”. You can replace that pack with this import, or keep the one you have.`,
        );
      }
      const imported = articleToPack(article, {
        id: existing?.id ?? `import-${randomUUID().slice(0, 8)}`,
        importedAt,
      });
      // Entries name their section by id alone, so an imported pack's sections carry the pack's id.
      const pack: Pack = {
        ...imported,
        sections: imported.sections.map((section) => ({ ...section, id: `${imported.id}/${section.id}` })),
      };
      const packs = existing
        ? document.packs.map((candidate) => (candidate === existing ? pack : candidate))
        : [...document.packs, pack];
      return { document: { ...document, packs }, result: pack };
    });
  }

  /** Renames an imported pack; the built-in guide keeps its name. */
  renamePack(id: string, title: string): Promise<Pack> {
    return this.#changePack(id, (pack) => ({ ...pack, title }));
  }

  /** Moves a section of an imported pack to another stage of the space period. */
  setSectionStage(packId: string, sectionId: string, stage: SectionStage): Promise<Pack> {
    return this.#changePack(packId, (pack) => {
      if (!pack.sections.some((section) => section.id === sectionId)) {
        throw new InterludeError('NOT_FOUND', 'That section is not in this prompt pack any more.');
      }
      return {
        ...pack,
        sections: pack.sections.map((section) =>
          section.id === sectionId ? { ...section, stage } : section,
        ),
      };
    });
  }

  #changePack(id: string, change: (pack: Pack) => Pack): Promise<Pack> {
    return this.#change((document) => {
      if (id === BUILTIN_PACK.id) {
        throw new InterludeError(
          'INVALID_INPUT',
          'The built-in guide follows its article as it is: its name and stages cannot be changed.',
        );
      }
      const current = document.packs.find((pack) => pack.id === id);
      if (!current)
        throw new InterludeError('NOT_FOUND', 'That prompt pack is not in your journal any more.');
      const changed = change(current);
      const packs = document.packs.map((pack) => (pack === current ? changed : pack));
      return { document: { ...document, packs }, result: changed };
    });
  }

  removePack(id: string): Promise<null> {
    return this.#change((document) => {
      if (id === BUILTIN_PACK.id) {
        throw new InterludeError('INVALID_INPUT', 'The built-in guide cannot be removed.');
      }
      const packs = document.packs.filter((pack) => pack.id !== id);
      if (packs.length === document.packs.length) {
        throw new InterludeError('NOT_FOUND', 'That prompt pack is not in your journal any more.');
      }
      return { document: { ...document, packs }, result: null };
    });
  }

  // ----- Mood and the contact log -----

  moodTrends(range: MoodTrends['range']): MoodTrends {
    const document = this.#read();
    return moodTrends({
      entries: liveEntries(document.entries),
      contacts: document.contacts,
      settings: document.settings,
      today: this.today(),
      range,
    });
  }

  listContacts(): Contact[] {
    return this.#read().contacts;
  }

  logContact(contact: Contact): Promise<Contact[]> {
    return this.#change((document) => {
      const contacts = [...document.contacts.filter((c) => c.day !== contact.day), contact].sort((a, b) =>
        a.day < b.day ? -1 : 1,
      );
      return { document: { ...document, contacts }, result: contacts };
    });
  }

  removeContact(day: string): Promise<Contact[]> {
    return this.#change((document) => {
      const contacts = document.contacts.filter((c) => c.day !== day);
      return { document: { ...document, contacts }, result: contacts };
    });
  }

  /** The whole decrypted document, for exports: the trash stays behind. */
  snapshot(): JournalDocument {
    const document = this.#read();
    return { ...document, entries: liveEntries(document.entries) };
  }

  // ----- The trash -----

  listTrash(): TrashedEntry[] {
    return trashListing(withoutExpired(this.#read().entries, this.#now()));
  }

  async restoreEntry(id: string): Promise<Entry> {
    const entry = await this.#change((document) => {
      const restored = restoreFromTrash(document.entries, id);
      return { document: { ...document, entries: restored.entries }, result: restored.entry };
    });
    this.#require().index?.upsert(entry);
    return entry;
  }

  /** Removes trashed entries for good: one, or (without an id) the whole trash. */
  purgeTrash(id?: string): Promise<number> {
    return this.#change((document) => {
      const { entries, removedIds } = purgeTrash(document.entries, id === undefined ? undefined : [id]);
      return { document: { ...document, entries }, result: removedIds.length };
    });
  }

  async #removeExpiredTrash(): Promise<void> {
    const now = this.#now();
    if (!this.#read().entries.some((entry) => hasExpired(entry, now))) return;
    await this.#change((document) => ({
      document: { ...document, entries: withoutExpired(document.entries, now) },
      result: null,
    }));
  }

  // ----- Hard dates, on this day, writing comfort, care -----

  listHardDates(): HardDate[] {
    return sortedHardDates(this.#read().hardDates);
  }

  addHardDate(input: HardDateInput): Promise<HardDate[]> {
    const hardDate: HardDate = { ...input, id: randomUUID() };
    return this.#change((document) => {
      const hardDates = sortedHardDates([...document.hardDates, hardDate]);
      return { document: { ...document, hardDates }, result: hardDates };
    });
  }

  removeHardDate(id: string): Promise<HardDate[]> {
    return this.#change((document) => {
      const hardDates = document.hardDates.filter((hardDate) => hardDate.id !== id);
      if (hardDates.length === document.hardDates.length) {
        throw new InterludeError('NOT_FOUND', 'That date is not in your list any more.');
      }
      return { document: { ...document, hardDates }, result: sortedHardDates(hardDates) };
    });
  }

  hardDateHeadsUps(): HardDateHeadsUp[] {
    return hardDateHeadsUps(this.#read().hardDates, this.today());
  }

  onThisDay(): OnThisDay {
    const document = this.#read();
    return onThisDay({
      entries: liveEntries(document.entries),
      settings: document.settings,
      hardDates: document.hardDates,
      today: this.today(),
    });
  }

  writtenToday(): WrittenToday {
    return writtenToday(liveEntries(this.#read().entries), this.today());
  }

  careCard(): CareCard | null {
    const document = this.#read();
    return careCardFor(liveEntries(document.entries), this.today(), document.settings.careCardDismissedOn);
  }

  async dismissCareCard(): Promise<void> {
    await this.updateSettings({ careCardDismissedOn: this.today() });
  }
}
