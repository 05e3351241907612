/**
 * Journals written before drafts became device-local keep the draft inside the (synced) document.
 * At the first unlock it moves to this device's draft file; the journal's next write drops it.
 */
import type { JournalDocument } from '../journal/journal-document.ts';
import type { Draft } from '../../shared/domain.ts';

/** Where the device keeps its draft (the vault's `drafts()`: the key stays inside the vault). */
export interface DraftSlot {
  read(): Promise<Draft | null>;
  save(draft: Draft): Promise<void>;
}

/**
 * Moves `document.draft` into `store` (unless the store already holds a draft saved later), and
 * returns the document without it. `moved` says the journal needs writing to finish the move.
 * The draft file is written first, so a crash in between leaves the draft in both places, never
 * in neither; running this again is harmless.
 */
export async function moveDraftOut(
  document: JournalDocument,
  store: DraftSlot,
): Promise<{ document: JournalDocument; moved: boolean }> {
  const draft = document.draft;
  if (!draft) return { document, moved: false };
  const local = await store.read().catch(() => null);
  if (!local || local.savedAt < draft.savedAt) await store.save(draft);
  return { document: { ...document, draft: null }, moved: true };
}
