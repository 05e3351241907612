/** The rules for what the vault stores: the document as JSON text, and the passphrases it accepts. */
import { InterludeError } from '../../shared/errors.ts';

/** Passphrases are at least this long (the UI adds a strength meter). */
export const MINIMUM_PASSPHRASE_LENGTH = 8;
const MAXIMUM_PASSPHRASE_LENGTH = 1024;

/** Refuses a new passphrase that is too short or too long. */
export function assertNewPassphrase(passphrase: string): void {
  if (typeof passphrase !== 'string' || passphrase.length < MINIMUM_PASSPHRASE_LENGTH) {
    throw new InterludeError(
      'INVALID_INPUT',
      `The new passphrase is too short: use at least ${MINIMUM_PASSPHRASE_LENGTH} characters.`,
    );
  }
  if (passphrase.length > MAXIMUM_PASSPHRASE_LENGTH) {
    throw new InterludeError(
      'INVALID_INPUT',
      `The new passphrase is too long: use at most ${MAXIMUM_PASSPHRASE_LENGTH} characters.`,
    );
  }
}

/** The document as JSON text; refuses what JSON cannot hold. */
export function serialise(document: unknown): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(document);
  } catch (error) {
    throw new InterludeError(
      'INTERNAL',
      'Interlude could not prepare the journal for saving. Nothing was saved.',
      {
        cause: error,
      },
    );
  }
  if (json === undefined) {
    throw new InterludeError('INTERNAL', 'Interlude was asked to save an empty journal. Nothing was saved.');
  }
  return json;
}

/** The decrypted JSON text as a value; VAULT_DAMAGED when it does not parse. */
export function parseDocument(plaintext: Buffer): unknown {
  try {
    return JSON.parse(plaintext.toString('utf8'));
  } catch {
    throw new InterludeError(
      'VAULT_DAMAGED',
      'The journal file is damaged: its contents are not readable. Interlude did not change it. Restore a recent backup.',
    );
  }
}
