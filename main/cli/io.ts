import type { ScryptParams } from '../vault/kdf.ts';

/**
 * What a CLI command may touch of the outside world, passed in so commands can be tested
 * without spawning processes.
 */
export interface CliIo {
  /** Writes to standard output (the caller adds no newline). */
  stdout(text: string): void;
  /** Writes to standard error: one plain line per error, never a stack trace. */
  stderr(text: string): void;
  /** Reads all of standard input (for `add` with the body on stdin). */
  readStdin(): Promise<string>;
  /** True when standard input is a terminal (someone typing), false for a pipe or a file. */
  stdinIsTerminal: boolean;
  /**
   * Opens $VISUAL (else $EDITOR) on a private temp file holding `initial` and returns what was
   * saved; null when neither variable is set.
   */
  editText(initial: string): Promise<string | null>;
  /** True when standard error is a terminal, so a long command may show its progress there. */
  stderrIsTerminal?: boolean;
  /** Asks for a secret on the terminal without echo; rejects when there is no TTY. */
  promptSecret(question: string): Promise<string>;
  env: Readonly<Record<string, string | undefined>>;
  /**
   * Where this device keeps its own records (the journal revisions it has seen), shared with the
   * app. Defaults to the app's data folder; tests give a folder of their own.
   */
  deviceDataDir?: string;
  /** The day and time "now", injectable for tests. */
  now(): Date;
  /**
   * Test-only: cheaper scrypt parameters for the vaults commands create and open (see
   * main/vault/test-kdf.ts). Never set outside tests, so real vaults get the design's parameters.
   */
  vaultKdfParams?: ScryptParams;
}

/** A CLI command: receives its own arguments (after the command name) and returns the exit code. */
export type CliCommandRun = (argv: string[], io: CliIo) => Promise<number>;
