/**
 * Journals written before drafts became device-local keep the draft inside the (synced) document.
 * At the first unlock it moves to this device's draft file; the journal's next write drops it.
 */
import type { JournalDocument } from '../journal/journal-document.ts';
import type { DraftStore } from './draft-store.ts';

/**
 * Moves `document.draft` into `store` (unless the store already holds a draft saved later), and
 * returns the document without it. `moved` says the journal needs writing to finish the move.
 * The draft file is written first, so a crash in between leaves the draft in both places, never
 * in neither; running this again is harmless.
 */
export async function moveDraftOut(
  document: JournalDocument,
  store: DraftStore,
  dataKey: Buffer,
): Promise<{ document: JournalDocument; moved: boolean }> {
  const draft = document.draft;
  if (!draft) return { document, moved: false };
  const local = await store.read(dataKey).catch(() => null);
  if (!local || local.savedAt < draft.savedAt) await store.save(draft, dataKey);
  return { document: { ...document, draft: null }, moved: true };
}
