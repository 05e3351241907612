/** A CliIo for tests: collects output, answers prompts from a list, and uses the cheap test KDF. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { InterludeError } from '../../shared/errors.ts';
import { TEST_SCRYPT_PARAMS } from '../vault/test-kdf.ts';
import type { CliIo } from './io.ts';

export interface TestIo extends CliIo {
  out: () => string;
  err: () => string;
  /** The questions prompts asked, in order. */
  questions: string[];
}

/** `answers` are typed at successive prompts; with none left, the prompt fails as without a terminal. */
export function createTestIo(
  options: {
    env?: Record<string, string | undefined>;
    answers?: string[];
    now?: Date;
    deviceDataDir?: string;
    stdinIsTerminal?: boolean;
    /** Stands in for the user's editor: gets the file's text, returns what they saved (null: no editor set). */
    editor?: (initial: string) => string | null;
  } = {},
): TestIo {
  let out = '';
  let err = '';
  const answers = [...(options.answers ?? [])];
  const questions: string[] = [];
  return {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    readStdin: async () => '',
    stdinIsTerminal: options.stdinIsTerminal ?? false,
    editText: async (initial) => options.editor?.(initial) ?? null,
    promptSecret: async (question) => {
      questions.push(question);
      const answer = answers.shift();
      if (answer === undefined) throw new Error('no terminal');
      return answer;
    },
    env: options.env ?? {},
    now: () => options.now ?? new Date(),
    deviceDataDir: options.deviceDataDir ?? mkdtempSync(path.join(tmpdir(), 'interlude-device-')),
    vaultKdfParams: TEST_SCRYPT_PARAMS,
    out: () => out,
    err: () => err,
    questions,
  };
}

/** Throws if a command printed more or less than one plain line on stderr, or a stack trace. */
export function expectOnePlainErrorLine(stderr: string): string {
  const lines = stderr.split('\n').filter((line) => line !== '');
  if (lines.length !== 1 || /^\s+at /m.test(stderr)) {
    throw new InterludeError('INTERNAL', `expected one plain error line, got: ${JSON.stringify(stderr)}`);
  }
  return lines[0]!;
}
