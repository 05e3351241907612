/**
 * Where the CLI gets secrets: a file named on the command line, an environment variable, or a
 * prompt on the terminal that does not echo. Secrets are never printed or put in a message.
 */
import { readFile } from 'node:fs/promises';
import { InterludeError } from '../../shared/errors.ts';
import { MINIMUM_PASSPHRASE_LENGTH } from '../vault/vault.ts';
import type { CliIo } from './io.ts';

export const PASSPHRASE_VARIABLE = 'INTERLUDE_PASSPHRASE';
export const NEW_PASSPHRASE_VARIABLE = 'INTERLUDE_NEW_PASSPHRASE';
export const RECOVERY_KEY_VARIABLE = 'INTERLUDE_RECOVERY_KEY';

/** Reads a passphrase file; a single trailing line break (from an editor or `echo`) is not part of it. */
async function readSecretFile(file: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new InterludeError('INVALID_INPUT', `Could not read the passphrase file ${file}. Check the path.`);
  }
  const secret = text.replace(/\r?\n$/, '');
  if (secret === '') throw new InterludeError('INVALID_INPUT', `The passphrase file ${file} is empty.`);
  return secret;
}

async function prompt(io: CliIo, question: string, whereElse: string): Promise<string> {
  try {
    return await io.promptSecret(question);
  } catch (error) {
    if (error instanceof InterludeError) throw error;
    throw new InterludeError('INVALID_INPUT', `No terminal to ask on: ${whereElse}`);
  }
}

/**
 * The passphrase of an existing journal: from --passphrase-file if given, else
 * INTERLUDE_PASSPHRASE, else a prompt that does not echo.
 */
export async function readPassphrase(
  io: CliIo,
  options: { passphraseFile?: string | undefined; question?: string } = {},
): Promise<string> {
  if (options.passphraseFile !== undefined) return readSecretFile(options.passphraseFile);
  const fromEnvironment = io.env[PASSPHRASE_VARIABLE];
  if (fromEnvironment) return fromEnvironment;
  return prompt(
    io,
    options.question ?? 'Passphrase: ',
    `set ${PASSPHRASE_VARIABLE} or use --passphrase-file to give the passphrase.`,
  );
}

function checkNewPassphrase(passphrase: string): string {
  if (passphrase.length < MINIMUM_PASSPHRASE_LENGTH) {
    throw new InterludeError(
      'INVALID_INPUT',
      `The new passphrase is too short: use at least ${MINIMUM_PASSPHRASE_LENGTH} characters. Nothing was changed.`,
    );
  }
  return passphrase;
}

async function promptTwice(io: CliIo, whereElse: string): Promise<string> {
  const first = checkNewPassphrase(await prompt(io, 'New passphrase: ', whereElse));
  const second = await prompt(io, 'Repeat the new passphrase: ', whereElse);
  if (first !== second) {
    throw new InterludeError('INVALID_INPUT', 'The two passphrases you typed differ. Nothing was changed.');
  }
  return first;
}

/**
 * The passphrase for a new journal (`init`): from --passphrase-file, else INTERLUDE_PASSPHRASE,
 * else typed twice at a prompt. At least 8 characters.
 */
export async function readPassphraseForNewVault(
  io: CliIo,
  options: { passphraseFile?: string | undefined } = {},
): Promise<string> {
  if (options.passphraseFile !== undefined)
    return checkNewPassphrase(await readSecretFile(options.passphraseFile));
  const fromEnvironment = io.env[PASSPHRASE_VARIABLE];
  if (fromEnvironment) return checkNewPassphrase(fromEnvironment);
  return promptTwice(io, `set ${PASSPHRASE_VARIABLE} or use --passphrase-file to give the passphrase.`);
}

/** The replacement passphrase (`passwd`, `recover`): INTERLUDE_NEW_PASSPHRASE, else typed twice. */
export async function readNewPassphrase(io: CliIo): Promise<string> {
  const fromEnvironment = io.env[NEW_PASSPHRASE_VARIABLE];
  if (fromEnvironment) return checkNewPassphrase(fromEnvironment);
  return promptTwice(io, `set ${NEW_PASSPHRASE_VARIABLE} to give the new passphrase.`);
}

/** The recovery key (`recover`): INTERLUDE_RECOVERY_KEY, else a prompt that does not echo. */
export async function readRecoveryKey(io: CliIo): Promise<string> {
  const fromEnvironment = io.env[RECOVERY_KEY_VARIABLE];
  if (fromEnvironment) return fromEnvironment;
  return prompt(io, 'Recovery key: ', `set ${RECOVERY_KEY_VARIABLE} to give the recovery key.`);
}
