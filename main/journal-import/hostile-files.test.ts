/**
 * Files that are broken, cut short, disguised or built to hurt: each gets a plain message that
 * names what is wrong, and nothing in them reaches further than the import itself.
 */
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fixture, importFailure } from './test-journal.ts';

describe('cut short or damaged', () => {
  it('calls a cut-short JSON export damaged, even when the user named the app', async () => {
    const whole = new TextDecoder().decode(await fixture('dayone-journal.json'));
    const cut = strToU8(whole.slice(0, Math.floor(whole.length / 2)));
    for (const format of [undefined, 'dayone', 'jrnl', 'minidiary'] as const) {
      const failure = await importFailure(cut, 'Journal.json', { format });
      expect(failure.code).toBe('INVALID_INPUT');
      expect(failure.message).toMatch(/damaged or incomplete.*perhaps it was cut short/);
    }
  });
});
