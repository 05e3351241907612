/**
 * The lowdb adapter over a vault. It throws on every failure and returns null only when there is
 * no file: lowdb reads null as "new database", and the next write would wipe the journal.
 */
import type { Adapter } from 'lowdb';

export interface DocumentStore {
  /** The document as it is on disk now, decrypted; null when there is no file. */
  readCurrentDocument(): Promise<unknown | null>;
  write(document: unknown): Promise<void>;
}

/** `new Low(vaultAdapter(vault), defaultData)`. */
export function vaultAdapter(store: DocumentStore): Adapter<unknown> {
  return {
    read: () => store.readCurrentDocument(),
    write: (data: unknown) => store.write(data),
  };
}
