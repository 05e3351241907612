/**
 * What a journal document carries so that two copies of it merge: a version per entry, contact
 * and pack, tombstones for deletions, and a stamp per settings field. It lives beside the records
 * (`document.sync`) rather than inside them, so entries cross IPC and exports exactly as before.
 */
import { z } from 'zod';
import { SettingsSchema } from '../../shared/domain.ts';
import { StoredVersionSchema, WriterIdSchema } from './record-version.ts';

/** How long a deletion is remembered. A copy that has been offline longer may bring a deleted record back. */
export const TOMBSTONE_RETENTION_DAYS = 180;

/** A deleted record: no content (what the user deleted is gone), only when and which version. */
export const TombstoneSchema = z.object({
  deletedAt: z.iso.datetime(),
  version: StoredVersionSchema,
});
export type Tombstone = z.infer<typeof TombstoneSchema>;

/** Versions of the live records of one kind, by record id, and tombstones of the deleted ones. */
const RecordSetSchema = z.object({
  versions: z.record(z.string().min(1).max(200), StoredVersionSchema).default({}),
  deleted: z.record(z.string().min(1).max(200), TombstoneSchema).default({}),
});
export type RecordSetState = z.infer<typeof RecordSetSchema>;

export const SETTINGS_FIELDS = SettingsSchema.keyof().options;
export type SettingsField = (typeof SETTINGS_FIELDS)[number];

/** When a settings field was last changed, and by which writer: per field, the newest wins. */
export const FieldStampSchema = z.object({ at: z.iso.datetime(), by: WriterIdSchema });
export type FieldStamp = z.infer<typeof FieldStampSchema>;

export const SyncStateSchema = z.object({
  entries: RecordSetSchema.default({ versions: {}, deleted: {} }),
  /** Keyed by the contact's day (the log holds at most one contact per day). */
  contacts: RecordSetSchema.default({ versions: {}, deleted: {} }),
  packs: RecordSetSchema.default({ versions: {}, deleted: {} }),
  /** Dates the user expects to be hard (added with the trash, issue 14). */
  hardDates: RecordSetSchema.default({ versions: {}, deleted: {} }),
  settings: z.partialRecord(z.enum(SETTINGS_FIELDS), FieldStampSchema).default({}),
});
export type SyncState = z.infer<typeof SyncStateSchema>;
export type RecordKind = 'entries' | 'contacts' | 'packs' | 'hardDates';

export function emptySyncState(): SyncState {
  return {
    entries: { versions: {}, deleted: {} },
    contacts: { versions: {}, deleted: {} },
    packs: { versions: {}, deleted: {} },
    hardDates: { versions: {}, deleted: {} },
    settings: {},
  };
}

/** A document's sync state; documents written before it existed have none, which means "empty". */
export function syncStateOf(document: { sync?: SyncState | undefined }): SyncState {
  return document.sync ?? emptySyncState();
}
