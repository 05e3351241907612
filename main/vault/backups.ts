/**
 * Backups: encrypted copies of the vault file in a `backups/` folder beside it. The first unlock
 * of each day saves a daily copy, and a weekly and a monthly one when the week or month has none
 * yet; the folder keeps 7 daily, 4 weekly and 12 monthly copies. Restores and conflicts save
 * their own copies, so nothing is ever replaced without a way back.
 */
import { lstat, mkdir, open, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { BackupInfo, BackupKind } from '../../shared/api.ts';
import { InterludeError } from '../../shared/errors.ts';
import {
  isMissingFileError,
  PRIVATE_DIRECTORY_MODE,
  removeStaleTempFiles,
  toIoError,
  writeFileDurably,
} from './durable-write.ts';
import { OPEN_HERE_WITHOUT_WAITING, readBoundedFile, VAULT_FILE_MAX_BYTES } from './read-bounded-file.ts';

export const BACKUP_EXTENSION = '.interlude';

/** How many copies of each kind the folder keeps (conflict copies are never pruned). */
export const BACKUP_RETENTION: Readonly<Record<BackupKind, number>> = Object.freeze({
  daily: 7,
  weekly: 4,
  monthly: 12,
  'before-restore': 12,
  conflict: Number.POSITIVE_INFINITY,
});

const BACKUP_KINDS = Object.keys(BACKUP_RETENTION) as BackupKind[];
/** Where a version-2 file keeps its revision (see format.ts); read without a key, only to order backups. */
const REVISION_AT = 31;
const REVISION_END = 39;
const ID_TAIL = /^(daily|weekly|monthly|before-restore|conflict)\.(\d{4}-[0-9A-Z-]+)\.interlude$/;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** The local calendar day, e.g. 2025-01-31. */
export function localDayStamp(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The ISO 8601 week of the local calendar day, e.g. 2025-W05. */
export function isoWeekStamp(date: Date): string {
  const day = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${pad(week)}`;
}

/** The local calendar month, e.g. 2025-01. */
export function monthStamp(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}`;
}

/** An instant, safe in file names on every system, e.g. 2025-01-31T09-05-00-000Z. */
export function instantStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** The part of the vault's file name that prefixes its backups: `journal` for `journal.interlude`. */
export function backupStemFor(vaultPath: string): string {
  const base = path.basename(vaultPath);
  return base.endsWith(BACKUP_EXTENSION) && base.length > BACKUP_EXTENSION.length
    ? base.slice(0, -BACKUP_EXTENSION.length)
    : base;
}

interface ParsedId {
  kind: BackupKind;
  stamp: string;
}

export class BackupStore {
  readonly directory: string;
  readonly stem: string;

  constructor(directory: string, vaultPath: string) {
    this.directory = directory;
    this.stem = backupStemFor(vaultPath);
  }

  private parseId(id: string): ParsedId | null {
    if (!id.startsWith(`${this.stem}.`)) return null;
    const match = ID_TAIL.exec(id.slice(this.stem.length + 1));
    return match ? { kind: match[1] as BackupKind, stamp: match[2]! } : null;
  }

  private idFor(kind: BackupKind, stamp: string): string {
    return `${this.stem}.${kind}.${stamp}${BACKUP_EXTENSION}`;
  }

  /** A file where the backups folder should be: not ours to move, so the user is told to. */
  private notAFolder(error: unknown): InterludeError | null {
    const code = (error as { code?: string }).code;
    return code === 'ENOTDIR' || code === 'EEXIST'
      ? new InterludeError(
          'IO_ERROR',
          `${this.directory} is a file, not the backups folder. Move it elsewhere so Interlude can keep backups there.`,
          { cause: error },
        )
      : null;
  }

  private async names(): Promise<string[]> {
    try {
      return await readdir(this.directory);
    } catch (error) {
      if (isMissingFileError(error)) return [];
      throw this.notAFolder(error) ?? toIoError(error, 'read the backups folder', this.directory);
    }
  }

  /** Every backup of this vault, newest first. */
  async list(): Promise<BackupInfo[]> {
    const backups: BackupInfo[] = [];
    for (const id of await this.names()) {
      const parsed = this.parseId(id);
      if (!parsed) continue;
      try {
        // lstat: Interlude never makes links here, and one could point anywhere (or at a FIFO).
        const info = await lstat(path.join(this.directory, id));
        if (!info.isFile()) continue;
        backups.push({ id, kind: parsed.kind, createdAt: info.mtime.toISOString(), sizeBytes: info.size });
      } catch {
        // Removed while we looked.
      }
    }
    return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  }

  /**
   * The path of an existing backup. Refuses anything that is not the plain name of one of this
   * vault's backups, so an id can never reach outside the folder.
   */
  async pathOf(id: string): Promise<{ path: string; info: BackupInfo }> {
    const notFound = new InterludeError(
      'NOT_FOUND',
      'There is no backup with that name. List the backups to see them.',
    );
    if (path.basename(id) !== id || id.includes('/') || id.includes('\\') || !this.parseId(id))
      throw notFound;
    const info = (await this.list()).find((backup) => backup.id === id);
    if (!info) throw notFound;
    return { path: path.join(this.directory, id), info };
  }

  /** Reads a backup's bytes. */
  async read(id: string): Promise<{ bytes: Buffer; info: BackupInfo }> {
    const { path: file, info } = await this.pathOf(id);
    try {
      const { bytes } = await readBoundedFile(file, {
        maxBytes: VAULT_FILE_MAX_BYTES,
        what: 'a backup',
        followLinks: false,
      });
      return { bytes, info };
    } catch (error) {
      throw toIoError(error, 'read the backup', file);
    }
  }

  /** Saves a copy of the given kind; names that would collide get a counter. Returns its id. */
  async save(kind: BackupKind, bytes: Buffer, stamp: string): Promise<string> {
    await this.ensureDirectory();
    const existing = new Set(await this.names());
    let id = this.idFor(kind, stamp);
    for (let counter = 2; existing.has(id); counter++) id = this.idFor(kind, `${stamp}-${counter}`);
    await writeFileDurably(path.join(this.directory, id), bytes);
    return id;
  }

  /**
   * The first-unlock-of-the-day copies: a daily one unless today already has one, plus a weekly
   * and a monthly one when none exists yet for this week or month. Then prunes. Returns the ids made.
   */
  async takeDailyBackups(bytes: Buffer, now: Date): Promise<string[]> {
    const present = new Set(await this.names());
    const wanted: [BackupKind, string][] = [
      ['daily', localDayStamp(now)],
      ['weekly', isoWeekStamp(now)],
      ['monthly', monthStamp(now)],
    ];
    if (present.has(this.idFor('daily', localDayStamp(now)))) return [];
    await this.ensureDirectory();
    const made: string[] = [];
    for (const [kind, stamp] of wanted) {
      const id = this.idFor(kind, stamp);
      if (present.has(id)) continue;
      await writeFileDurably(path.join(this.directory, id), bytes);
      made.push(id);
    }
    await this.prune(now, new Set(made));
    return made;
  }

  /**
   * Deletes the oldest copies of each kind beyond what BACKUP_RETENTION keeps, never one of
   * `keep` (the copies just written). Copies are ordered by what they hold, not by the dates in
   * their names, so a clock that jumped cannot make a new copy look old or an old one look new:
   * first the journal revision inside, then the file's time (a time in the future counts as now).
   */
  async prune(now: Date, keep: ReadonlySet<string> = new Set()): Promise<void> {
    const namesByKind = new Map<BackupKind, string[]>(BACKUP_KINDS.map((kind) => [kind, []]));
    for (const name of await this.names()) {
      const parsed = this.parseId(name);
      if (parsed && parsed.kind !== 'conflict') namesByKind.get(parsed.kind)!.push(name);
    }
    for (const [kind, names] of namesByKind) {
      if (names.length <= BACKUP_RETENTION[kind]) continue;
      const list: { id: string; revision: number; time: number }[] = [];
      for (const name of names) {
        const order = await this.orderOf(name, now);
        if (order) list.push({ id: name, ...order });
      }
      list.sort((a, b) => b.revision - a.revision || b.time - a.time || b.id.localeCompare(a.id));
      let kept = 0;
      for (const backup of list) {
        if (keep.has(backup.id) || kept < BACKUP_RETENTION[kind]) {
          kept++;
          continue;
        }
        await rm(path.join(this.directory, backup.id), { force: true });
      }
    }
  }

  /** A backup's journal revision (from its header; 0 for version 1) and file time, capped at now. */
  private async orderOf(name: string, now: Date): Promise<{ revision: number; time: number } | null> {
    const file = path.join(this.directory, name);
    try {
      // Never through a link, and never waiting on a FIFO: such a name is not a backup to prune.
      const handle = await open(file, OPEN_HERE_WITHOUT_WAITING);
      try {
        const info = await handle.stat();
        if (!info.isFile()) return null;
        const head = Buffer.alloc(REVISION_END);
        const { bytesRead } = await handle.read(head, 0, REVISION_END, 0);
        const isVersion2 = bytesRead === REVISION_END && head.readUInt16BE(8) === 2;
        const revision = isVersion2 ? Number(head.readBigUInt64BE(REVISION_AT)) : 0;
        return { revision, time: Math.min(info.mtimeMs, now.getTime()) };
      } finally {
        await handle.close();
      }
    } catch {
      return null; // Removed while we looked.
    }
  }

  /** Removes temp files that interrupted backups left behind. */
  removeStaleTempFiles(now: Date): Promise<number> {
    return removeStaleTempFiles(
      this.directory,
      (name) =>
        name.startsWith(`${this.stem}.`) && /\.interlude\.(\d+|saving-[0-9a-f]{16}(\.\d+)?)$/.test(name),
      now,
    );
  }

  private async ensureDirectory(): Promise<void> {
    try {
      await mkdir(this.directory, { recursive: true, mode: PRIVATE_DIRECTORY_MODE });
    } catch (error) {
      throw this.notAFolder(error) ?? toIoError(error, 'create the backups folder', this.directory);
    }
  }
}
