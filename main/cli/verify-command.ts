/** `interlude verify`: opens the journal read-only, decrypts it, checks it, and reports counts. */
import { stat } from 'node:fs/promises';
import { formatVersionOf } from '../vault/format.ts';
import { readVaultFile } from '../vault/vault-file.ts';
import { parseCommandArguments, VAULT_OPTIONS } from './arguments.ts';
import type { CliCommandRun } from './io.ts';
import { findCopiesBesideJournal } from '../sync/copies-beside-journal.ts';
import { olderThanSeenWarning, openVault } from './open-vault.ts';

const USAGE = 'verify [--vault PATH] [--passphrase-file FILE] [--json]';

/** What an inspection of the decrypted document found. */
export interface DocumentReport {
  /** Named counts, e.g. { entries: 120 }. */
  counts: Record<string, number>;
  /** Problems in plain words; any problem makes verify fail. */
  problems: string[];
}

/**
 * The vault's own inspection: the document is opaque to it, so it counts what any JSON document
 * offers (the length of each top-level array) and finds no problems once it has parsed.
 */
export function countTopLevelArrays(document: unknown): DocumentReport {
  if (Array.isArray(document)) return { counts: { items: document.length }, problems: [] };
  const counts: Record<string, number> = {};
  if (document && typeof document === 'object') {
    for (const [key, value] of Object.entries(document)) {
      if (Array.isArray(value)) counts[key] = value.length;
    }
  }
  return { counts, problems: [] };
}

/** The verify command, with `inspect` judging the decrypted document (the journal can pass its schema check). */
export function createVerifyCommand(
  inspect: (document: unknown) => DocumentReport = countTopLevelArrays,
): CliCommandRun {
  return async (argv, io) => {
    const { values } = parseCommandArguments(argv, VAULT_OPTIONS, { usage: USAGE });
    const { vault, document, olderThanSeen } = await openVault(values, io, { readOnly: true });
    let copies: { merge: string[]; unreadable: string[] };
    try {
      // Reported, not merged: verify writes nothing. The next command that writes merges them.
      const scan = await findCopiesBesideJournal(vault);
      copies = { merge: [], unreadable: scan.undecided.map(({ candidate }) => candidate.name) };
      for (const copy of scan.copies) {
        const opens = await vault.openCopy(copy.path).then(
          () => true,
          () => false,
        );
        (opens ? copies.merge : copies.unreadable).push(copy.name);
      }
    } finally {
      vault.lock();
    }
    const report = inspect(document);
    const formatVersion = formatVersionOf((await readVaultFile(vault.path)).bytes);
    // An older copy than this device saw is not sound for the user: entries may be missing.
    if (olderThanSeen) io.stderr(olderThanSeenWarning(olderThanSeen));
    const sizeBytes = (await stat(vault.path)).size;
    const backups = await vault.listBackups();
    const ok = report.problems.length === 0 && !olderThanSeen;
    if (values.json) {
      io.stdout(
        `${JSON.stringify({
          ok,
          path: vault.path,
          formatVersion,
          olderThanSeen,
          sizeBytes,
          counts: report.counts,
          problems: report.problems,
          backups: backups.length,
          conflictCopies: copies,
        })}\n`,
      );
    } else {
      const counts = Object.entries(report.counts).map(([name, count]) => `  ${name}: ${count}`);
      io.stdout(
        [
          olderThanSeen
            ? `The journal at ${vault.path} decrypted and passed authentication, but it is older than the one this device last opened.`
            : ok
              ? `The journal at ${vault.path} is sound: it decrypted, passed authentication and parsed completely.`
              : `The journal at ${vault.path} decrypted, but its contents have problems:`,
          ...report.problems.map((problem) => `  - ${problem}`),
          `  format version ${formatVersion}, ${sizeBytes} bytes`,
          ...counts,
          `  backups: ${backups.length}`,
          ...copies.merge.map(
            (name) => `  conflict copy from a sync service, to merge at the next change: ${name}`,
          ),
          ...copies.unreadable.map(
            (name) =>
              `  conflict copy that this passphrase does not open (changed on another device?), left alone: ${name}`,
          ),
          '',
        ].join('\n'),
      );
    }
    return ok ? 0 : 1;
  };
}
