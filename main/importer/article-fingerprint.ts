/**
 * A fingerprint of an article's content, so importing the same article twice is noticed: a hash of
 * its cleaned text (after HTML extraction and letter folding), NFC-normalised, with whitespace runs
 * collapsed and case ignored. The same article saved with other line endings, as another file name,
 * or disguised with other look-alikes has the same fingerprint.
 */
import { createHash } from 'node:crypto';

export function articleFingerprint(cleanedText: string): string {
  const normalised = cleanedText.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  return `sha256:${createHash('sha256').update(normalised).digest('hex')}`;
}
