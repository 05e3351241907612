import { describe, expect, it } from 'vitest';
import { recoveryKeyFileText, recoveryKeyGroups, sameKeyText } from './recovery-key.ts';

describe('recovery key helpers', () => {
  it('splits a printed key into the groups the user copies by hand', () => {
    expect(recoveryKeyGroups('ABCD-EFGH-JKMN')).toEqual(['ABCD', 'EFGH', 'JKMN']);
    expect(recoveryKeyGroups('abcd efgh')).toEqual(['abcd', 'efgh']);
    expect(recoveryKeyGroups('ABCDEFGHJK')).toEqual(['ABCD', 'EFGH', 'JK']);
  });

  it('accepts the typed-back part whatever the case, spaces or dashes', () => {
    expect(sameKeyText(' efgh ', 'EFGH')).toBe(true);
    expect(sameKeyText('EF-GH', 'EFGH')).toBe(true);
    expect(sameKeyText('EFGJ', 'EFGH')).toBe(false);
    expect(sameKeyText('', '')).toBe(false);
  });

  it('writes a file that holds the key and says what it is for', () => {
    const text = recoveryKeyFileText('ABCD-EFGH', '2026-03-10');
    expect(text).toContain('ABCD-EFGH');
    expect(text).toContain('forget your passphrase');
    expect(text).toContain('2026-03-10');
  });
});
