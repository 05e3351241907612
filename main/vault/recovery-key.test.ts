import { describe, expect, it } from 'vitest';
import { InterludeError } from '../../shared/errors.ts';
import { formatRecoveryKey, generateRecoveryKey, parseRecoveryKey } from './recovery-key.ts';

function codeOf(action: () => unknown): string {
  try {
    action();
    return 'OK';
  } catch (error) {
    return error instanceof InterludeError ? error.code : String(error);
  }
}

describe('recovery keys', () => {
  it('are shown as 7 groups of 4 characters with no look-alike letters', () => {
    for (let i = 0; i < 200; i++) {
      expect(formatRecoveryKey(generateRecoveryKey())).toMatch(
        /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){6}$/,
      );
    }
  });

  it('read back to the same 128 bits however they are typed', () => {
    const key = generateRecoveryKey();
    const shown = formatRecoveryKey(key);
    for (const typed of [
      shown,
      shown.toLowerCase(),
      shown.replaceAll('-', ' '),
      ` ${shown.replaceAll('-', '')}\n`,
      shown.replaceAll('0', 'O').replaceAll('1', 'l'),
    ]) {
      expect(parseRecoveryKey(typed).equals(key)).toBe(true);
    }
  });

  it('catch a single mistyped character or a swapped pair as a typo', () => {
    const shown = formatRecoveryKey(generateRecoveryKey()).replaceAll('-', '');
    let caught = 0;
    let tried = 0;
    for (let index = 0; index < shown.length; index++) {
      const replacement = shown[index] === 'X' ? 'Y' : 'X';
      const typo = shown.slice(0, index) + replacement + shown.slice(index + 1);
      tried++;
      if (codeOf(() => parseRecoveryKey(typo)) === 'WRONG_RECOVERY_KEY') caught++;
    }
    // 12 check bits: a typo slips through with probability 1/4096 per try.
    expect(caught).toBeGreaterThanOrEqual(tried - 1);
  });

  it('refuse text of the wrong length or with letters outside the alphabet', () => {
    expect(codeOf(() => parseRecoveryKey(''))).toBe('WRONG_RECOVERY_KEY');
    expect(codeOf(() => parseRecoveryKey('ABCD-EFGH'))).toBe('WRONG_RECOVERY_KEY');
    expect(codeOf(() => parseRecoveryKey('UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU'))).toBe('WRONG_RECOVERY_KEY');
  });
});
