/**
 * What this device remembers about the journals it has opened, so an older copy (restored by a
 * sync client, or put back by someone) is never opened silently: per vault id, the highest
 * revision seen and a hash of that file's header. Nothing personal. One small JSON file, mode
 * 0600, in the app's data folder, shared by the app and the command line.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { PRIVATE_DIRECTORY_MODE, writeFileDurably } from './durable-write.ts';
import { readBoundedFile } from './read-bounded-file.ts';

export const REVISION_FILE_NAME = 'vault-revisions.json';
/** About 130 bytes a journal: room for thousands; anything larger is not our record. */
const MAXIMUM_FILE_BYTES = 1024 * 1024;

const RevisionFileSchema = z.object({
  version: z.literal(1),
  vaults: z.record(
    z.string().regex(/^[0-9a-f]{32}$/),
    z.object({ revision: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  ),
});
type RevisionFile = z.infer<typeof RevisionFileSchema>;

/** An opened file older than the one this device saw last. */
export interface OlderThanSeen {
  fileRevision: number;
  seenRevision: number;
}

export class RevisionStore {
  readonly file: string;

  constructor(file: string) {
    this.file = file;
  }

  private async load(): Promise<RevisionFile> {
    try {
      const { bytes } = await readBoundedFile(this.file, {
        maxBytes: MAXIMUM_FILE_BYTES,
        what: "the device's record of journal revisions",
      });
      return RevisionFileSchema.parse(JSON.parse(bytes.toString('utf8')));
    } catch {
      // A missing or unreadable file (or a FIFO, a device, a huge file) remembers nothing; the next record rewrites it.
      return { version: 1, vaults: {} };
    }
  }

  /** The highest revision this device has seen for the vault, or null. */
  async seen(vaultId: Buffer): Promise<number | null> {
    return (await this.load()).vaults[vaultId.toString('hex')]?.revision ?? null;
  }

  /** Compares an opened file's revision with what this device saw; null when it is not older. */
  async compare(vaultId: Buffer, fileRevision: number): Promise<OlderThanSeen | null> {
    const seenRevision = await this.seen(vaultId);
    return seenRevision !== null && fileRevision < seenRevision ? { fileRevision, seenRevision } : null;
  }

  /**
   * Remembers a revision. It only ever rises, unless `lower` (the user restored a backup on
   * purpose). Re-read right before writing, so another process's record for another vault stays.
   */
  async record(
    vaultId: Buffer,
    revision: number,
    fileDigest: Buffer,
    options: { lower?: boolean } = {},
  ): Promise<void> {
    const state = await this.load();
    const key = vaultId.toString('hex');
    const known = state.vaults[key];
    if (known && known.revision > revision && !options.lower) return;
    if (known && known.revision === revision && known.sha256 === fileDigest.toString('hex')) return;
    state.vaults[key] = { revision, sha256: fileDigest.toString('hex') };
    await mkdir(path.dirname(this.file), { recursive: true, mode: PRIVATE_DIRECTORY_MODE });
    await writeFileDurably(this.file, Buffer.from(`${JSON.stringify(state)}\n`));
  }
}
