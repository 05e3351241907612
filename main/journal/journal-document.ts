/**
 * The journal document: the plain JSON stored inside the vault. It is validated on every load,
 * and older documents are migrated forward one version at a time.
 */
import { z } from 'zod';
import {
  ContactSchema,
  type Day,
  DraftSchema,
  EntrySchema,
  HardDateSchema,
  PackSchema,
  type Settings,
  SettingsSchema,
  StoredDaySchema,
} from '../../shared/domain.ts';
import { InterludeError } from '../../shared/errors.ts';
import { emptySyncState, SyncStateSchema } from '../sync/sync-state.ts';

export const CURRENT_SCHEMA_VERSION = 2;

// What a journal already holds may carry any real date (earlier versions took any year): it must
// still open. New days are held to 1900–2100 where they enter (shared/domain.ts DaySchema).
export const JournalDocumentSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  createdAt: z.iso.datetime(),
  settings: SettingsSchema.extend({ spaceStart: StoredDaySchema }),
  entries: z.array(EntrySchema.extend({ day: StoredDaySchema })),
  draft: DraftSchema.extend({ day: StoredDaySchema }).nullable(),
  contacts: z.array(ContactSchema.extend({ day: StoredDaySchema })),
  /** Imported prompt packs (the built-in pack ships with the app and is not stored). */
  packs: z.array(PackSchema),
  /**
   * Versions and tombstones for merging with another device's copy (format 2). Optional so that
   * code building documents by hand keeps working; missing means "nothing stamped yet".
   */
  sync: SyncStateSchema.optional(),
  /** Dates the user expects to be hard. Added after format 1 shipped, so older documents lack it. */
  hardDates: z.array(HardDateSchema).default([]),
});
export type JournalDocument = z.infer<typeof JournalDocumentSchema>;

export const DEFAULT_SPACE_LENGTH_DAYS = 30;
export const DEFAULT_AUTO_LOCK_MINUTES = 5;

/** Settings for a new journal: the space period starts today and lasts 30 days. */
export function defaultSettings(today: Day): Settings {
  return {
    spaceStart: today,
    spaceLengthDays: DEFAULT_SPACE_LENGTH_DAYS,
    autoLockMinutes: DEFAULT_AUTO_LOCK_MINUTES,
    theme: 'system',
    pdfPageSize: 'A4',
  };
}

export function newJournalDocument(today: Day, now: Date): JournalDocument {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: now.toISOString(),
    settings: defaultSettings(today),
    entries: [],
    draft: null,
    contacts: [],
    packs: [],
    sync: emptySyncState(),
    hardDates: [],
  };
}

/** A step that turns a document of version `from` into one of version `from + 1`. */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations by the version they upgrade from.
 * - 1 → 2: records gain sync versions and tombstones (docs/sync.md). Records written before
 *   carry no version, which the merge reads as "never edited since"; nothing else changes. The
 *   version number itself is the point: an Interlude that predates merging would drop the
 *   tombstones on its next save and bring deleted entries back, so it must refuse the file.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: (document) => ({ ...document, schemaVersion: 2, sync: emptySyncState() }),
};

/**
 * Brings a decrypted document up to the current version and validates it. Refuses documents
 * from a newer Interlude (it could not save them without losing what it does not understand).
 */
export function loadJournalDocument(
  raw: unknown,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  currentVersion = CURRENT_SCHEMA_VERSION,
): JournalDocument {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new InterludeError(
      'VAULT_DAMAGED',
      'The journal opened, but its contents are not a journal. Restore a backup.',
    );
  }
  let document = raw as Record<string, unknown>;
  const storedVersion = document.schemaVersion;
  if (typeof storedVersion !== 'number' || !Number.isInteger(storedVersion) || storedVersion < 1) {
    throw new InterludeError(
      'VAULT_DAMAGED',
      'The journal opened, but its contents have no known format. Restore a backup.',
    );
  }
  let version = storedVersion;
  if (version > currentVersion) {
    throw new InterludeError(
      'UNSUPPORTED_VERSION',
      'This journal was saved by a newer version of Interlude. Update Interlude to open it; nothing was changed.',
    );
  }
  while (version < currentVersion) {
    const migrate = migrations[version];
    if (!migrate) {
      throw new InterludeError(
        'UNSUPPORTED_VERSION',
        `Interlude cannot upgrade a journal from format ${version}.`,
      );
    }
    document = migrate(document);
    version = version + 1;
    if (document.schemaVersion !== version) {
      throw new InterludeError('INTERNAL', `The upgrade to format ${version} did not complete.`);
    }
  }
  // Tests exercise the chain with a pretend newer version; the app always validates the real schema.
  const schema =
    currentVersion === CURRENT_SCHEMA_VERSION
      ? JournalDocumentSchema
      : JournalDocumentSchema.extend({ schemaVersion: z.literal(currentVersion) });
  const parsed = schema.safeParse(document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InterludeError(
      'VAULT_DAMAGED',
      `The journal opened, but part of it is not valid (${issue?.path.join('.') || 'document'}). Restore a backup.`,
    );
  }
  return parsed.data as JournalDocument;
}
