/**
 * Errors that cross the API boundary. Electron drops everything but `message` from a thrown
 * error, so the API never throws across IPC: failures travel as `{ code, message }` values.
 */

export const ERROR_CODES = [
  /** No key slot opened with the passphrase given. */
  'WRONG_PASSPHRASE',
  /** The recovery key did not open the recovery slot. */
  'WRONG_RECOVERY_KEY',
  /** The header or the data failed authentication, or the file is truncated. */
  'VAULT_DAMAGED',
  /** A vault from a newer (or unknown) version of Interlude, or with parameters we refuse. */
  'UNSUPPORTED_VERSION',
  /** There is no journal at the vault path yet. */
  'NO_VAULT',
  /** Creating a journal where one already exists. */
  'VAULT_EXISTS',
  /** The journal file is older than the one this device opened last (a rollback); opening it needs a choice. */
  'OLDER_THAN_SEEN',
  /** The journal is locked; unlock it first. */
  'LOCKED',
  /** An argument failed validation; the message names the field. */
  'INVALID_INPUT',
  'NOT_FOUND',
  'IO_ERROR',
  /**
   * The file changed on disk in the moment between reading it and a passphrase change; nothing
   * was changed, and trying again succeeds. (Ordinary saves merge a changed file instead.)
   */
  'CHANGED_ON_DISK',
  /**
   * The journal file was sealed under another key (another device changed the passphrase), so it
   * cannot be merged with ours: ours was saved beside it, and nothing was overwritten.
   */
  'KEY_CHANGED_ELSEWHERE',
  /** An input (an article, an import) is larger than we accept. */
  'TOO_LARGE',
  /** The same thing is already there (an article imported before); the caller may offer to replace it. */
  'DUPLICATE',
  /** The user cancelled (a save dialog, for instance). */
  'CANCELLED',
  /** A bug. The message says so plainly; no internals leak. */
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The shape of every failure that crosses a boundary. Plain data, safe to send as JSON. */
export interface ApiError {
  code: ErrorCode;
  message: string;
}

/** Results are values: either the value, or an error the caller can show. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown inside the core; turned into a Result at the boundary. */
export class InterludeError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InterludeError';
    this.code = code;
  }
}

/**
 * Turns anything thrown into an ApiError. Unknown errors become INTERNAL with a generic
 * message: a raw message could carry a path or, worse, user text.
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof InterludeError) return { code: error.code, message: error.message };
  return {
    code: 'INTERNAL',
    message: 'Something went wrong inside Interlude. Your journal was not changed. Please try again.',
  };
}
