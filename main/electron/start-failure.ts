/**
 * When the shell fails to start: a plain message for a dialog, and a log line that names what
 * failed without anything personal (no entry text can be in a start-up error, but paths and
 * messages could carry a user name, so only the error's kind and code are logged).
 */
import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

export const START_LOG_FILE_NAME = 'start-errors.log';

/** Exit code after a failed start (non-zero, distinct from a crash's). */
export const START_FAILED_EXIT_CODE = 3;

/** The error's kind and system code only: never its message, stack or any path. */
export function describeStartError(error: unknown): string {
  const kind = error instanceof Error ? error.name || 'Error' : typeof error;
  const code =
    typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
      ? error.code
      : null;
  const safeCode = code && /^[A-Z0-9_]{1,40}$/.test(code) ? ` ${code}` : '';
  return `${kind.replace(/[^A-Za-z0-9_]/g, '').slice(0, 40) || 'Error'}${safeCode}`;
}

/** One log line: when, which version, and the error's kind. */
export function startLogLine(error: unknown, when: Date, appVersion: string): string {
  const version = /^[0-9A-Za-z.+-]{1,40}$/.test(appVersion) ? appVersion : 'unknown';
  return `${when.toISOString()} Interlude ${version} failed to start: ${describeStartError(error)}\n`;
}

/** The dialog's text: what happened, that the journal is untouched, what to do, where the log is. */
export function startFailureMessage(logPath: string | null): {
  title: string;
  message: string;
  detail: string;
} {
  return {
    title: 'Interlude could not start',
    message: 'Interlude could not start. Your journal was not changed.',
    detail:
      'Try opening Interlude again. If this keeps happening, restart your computer, and check that ' +
      'there is free disk space.' +
      (logPath ? `\n\nA note of what failed (nothing you wrote is in it) is in:\n${logPath}` : ''),
  };
}

/** Appends the log line in `directory`; returns the log's path, or null when it cannot be written. */
export async function writeStartLog(directory: string, line: string): Promise<string | null> {
  const logPath = path.join(directory, START_LOG_FILE_NAME);
  try {
    await mkdir(directory, { recursive: true, mode: 0o700 });
    await appendFile(logPath, line, { mode: 0o600 });
    return logPath;
  } catch {
    return null;
  }
}
