/**
 * Recognising the copies sync clients leave beside a file when two devices changed it at once.
 * Names alone cannot prove a file is a copy of our journal (OneDrive's `journal-LAPTOP` looks like
 * any file with a hyphen), so a name only makes a candidate; the vault id inside decides.
 */
import path from 'node:path';

export const SYNC_CLIENTS = ['syncthing', 'dropbox', 'nextcloud', 'onedrive', 'icloud', 'interlude'] as const;
export type SyncClient = (typeof SYNC_CLIENTS)[number];

export interface ConflictName {
  /** The client whose naming the file follows ('interlude' for copies Interlude itself saved beside). */
  client: SyncClient;
  /** The device the client names, when it does (Dropbox's user, OneDrive's computer, Syncthing's short id). */
  device?: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The name's stem and extension: `journal` and `.interlude` for `journal.interlude`. */
function splitName(journalName: string): { stem: string; extension: string } {
  const extension = path.extname(journalName);
  return { stem: extension ? journalName.slice(0, -extension.length) : journalName, extension };
}

/** Each client's pattern, with the journal's stem (S) and extension (E) escaped in. */
function patternsFor(journalName: string): { client: SyncClient; pattern: RegExp }[] {
  const { stem, extension } = splitName(journalName);
  const S = escapeRegExp(stem);
  const E = escapeRegExp(extension);
  return [
    // journal.sync-conflict-20261201-101500-ABCDEF7.interlude
    {
      client: 'syncthing',
      pattern: new RegExp(`^${S}\\.sync-conflict-\\d{8}-\\d{6}-(?<device>[A-Z0-9]{7})${E}$`),
    },
    // journal (Laptop's conflicted copy 2026-12-01).interlude, optionally followed by " (1)"
    {
      client: 'dropbox',
      pattern: new RegExp(
        `^${S} \\((?<device>.+?)['\u2019]s conflicted copy \\d{4}-\\d{2}-\\d{2}(?: \\(\\d+\\))?\\)(?: \\(\\d+\\))?${E}$`,
      ),
    },
    // journal (conflicted copy 2026-12-01 101500).interlude; older ownCloud: journal_conflict-20261201-101500.interlude
    {
      client: 'nextcloud',
      pattern: new RegExp(
        `^(?:${S} \\(conflicted copy (?:(?<device>.+?) )?\\d{4}-\\d{2}-\\d{2} \\d{6}\\)|${S}_conflict-\\d{8}-\\d{6})${E}$`,
      ),
    },
    // journal.conflict-2026-12-01T10-15-00-000Z.interlude (what Interlude 1 saved beside a changed file)
    {
      client: 'interlude',
      pattern: new RegExp(`^${S}\\.conflict-\\d{4}-\\d{2}-\\d{2}T[\\dZ-]+?(?:-\\d+)?${E}$`),
    },
    // journal-LAPTOP.interlude, journal-LAPTOP-2.interlude (a Windows computer name: up to 15 characters)
    {
      client: 'onedrive',
      pattern: new RegExp(`^${S}-(?<device>[A-Za-z0-9][A-Za-z0-9_-]{0,14}?)(?:-\\d+)?${E}$`),
    },
    // journal 2.interlude
    { client: 'icloud', pattern: new RegExp(`^${S} (?:[2-9]|[1-9]\\d+)${E}$`) },
  ];
}

/** A recogniser for the conflict copies of `journalName` (a bare file name), built once per folder scan. */
export function conflictNameRecogniser(journalName: string): (candidate: string) => ConflictName | null {
  const patterns = patternsFor(journalName);
  return (candidate) => {
    if (candidate === journalName) return null;
    for (const { client, pattern } of patterns) {
      const match = pattern.exec(candidate);
      if (!match) continue;
      const device = match.groups?.device;
      return device ? { client, device } : { client };
    }
    return null;
  };
}

/** Which client's conflict copy of `journalName` the file `candidate` looks like, or null (bare names). */
export function recogniseConflictName(journalName: string, candidate: string): ConflictName | null {
  return conflictNameRecogniser(journalName)(candidate);
}
